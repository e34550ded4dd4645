// The teacher's page: the room in a live table (who is online, the lesson
// step, each participant's answer to the chosen expressions), a bar chart of
// the first expression by participant, and pushes of a model or a lesson
// step to everyone. Every request carries the token from the page's address.
extension Assets {
    static let teacherJS = #"""
"use strict";
const $ = id => document.getElementById(id);
const T = {
  token: new URLSearchParams(location.search).get("token") || "",
  room: null, lessons: [], probesShown: false,

  async init() {
    await Biz.loadTexts();
    $("lang").addEventListener("change", async () => { Biz.setLocale($("lang").value); await Biz.loadTexts(); await this.loadLessons(); this.render(); });
    $("apply-probes").addEventListener("click", () => this.applyProbes());
    $("push-model-button").addEventListener("click", () => this.push({ model: $("push-model").value }));
    $("push-step-button").addEventListener("click", () =>
      this.push({ lesson: $("push-lesson").value, step: Math.max(0, (parseInt($("push-step").value, 10) || 1) - 1) }));
    await this.loadLessons();
    await this.refresh();
    setInterval(() => this.refresh(), 2000);
  },

  api(path) { return path + (path.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(this.token); },

  async loadLessons() {
    this.lessons = await (await fetch("/api/lessons?locale=" + Biz.locale)).json();
    $("push-lesson").innerHTML = this.lessons.map(l => `<option value="${Biz.escape(l.key)}">${l.number}. ${Biz.escape(l.title)}</option>`).join("");
  },

  async refresh() {
    const r = await Biz.call("GET", this.api("/api/teacher/room"));
    if (!r.ok) { $("room-count").textContent = r.data ? r.data.error : Biz.t("offline"); return; }
    this.room = r.data;
    if (!this.probesShown) { $("probes").value = this.room.probes.join("\n"); this.probesShown = true; }
    this.render();
  },

  stepText(p) {
    if (!p.lesson) return Biz.t("no-lesson");
    const l = this.lessons.find(x => x.key === p.lesson);
    const name = l ? l.number + ". " + l.title : p.lesson;
    const total = l ? l.steps.length : "?";
    return `${name} · ${Biz.t("step", p.step + 1, total)}${p.stepDone === true ? " ✓" : ""}`;
  },

  render() {
    const room = this.room;
    if (!room) return;
    const online = room.participants.filter(p => p.online).length;
    $("room-count").textContent = `${online} ${Biz.t("connected")} / ${room.participants.length}`;
    $("nobody").hidden = room.participants.length > 0;
    const head = [Biz.t("name"), Biz.t("lesson")].concat(room.probes).concat([Biz.t("errors"), Biz.t("last-run")]);
    document.querySelector("#room thead").innerHTML = "<tr>" + head.map(h => `<th>${Biz.escape(h)}</th>`).join("") + "</tr>";
    document.querySelector("#room tbody").innerHTML = room.participants.map(p => {
      const answers = room.probes.map(expr => {
        const a = p.probes.find(x => x.expression === expr);
        return `<td class="num">${Biz.escape(a && a.text != null ? a.text : Biz.t("no-value"))}</td>`;
      }).join("");
      const when = p.lastRun ? new Date(p.lastRun).toLocaleTimeString(Biz.locale) : Biz.t("no-value");
      return `<tr data-id="${Biz.escape(p.id)}"><td><span class="dot ${p.online ? "on" : ""}" title="${Biz.t(p.online ? "connected" : "away")}"></span>${Biz.escape(p.name)}</td>` +
        `<td>${Biz.escape(this.stepText(p))}</td>${answers}<td class="num">${p.errors}</td><td>${when}</td></tr>`;
    }).join("");
    this.chart();
  },

  // Horizontal bars of the first expression that has a number, one per participant.
  chart() {
    const room = this.room;
    let expr = null, rows = [];
    for (const e of room.probes) {
      rows = room.participants.map(p => ({ name: p.name, a: p.probes.find(x => x.expression === e) }))
        .filter(r => r.a && typeof r.a.number === "number");
      if (rows.length) { expr = e; break; }
    }
    if (!expr) { $("room-chart").innerHTML = ""; $("room-chart").hidden = true; return; }
    $("room-chart").hidden = false;
    const W = 640, bar = 22, gap = 8, left = 150, right = 150, top = 34;
    const H = top + rows.length * (bar + gap) + 10;
    const lo = Math.min(0, ...rows.map(r => r.a.number)), hi = Math.max(0, ...rows.map(r => r.a.number));
    const span = hi - lo || 1, x = v => left + (v - lo) / span * (W - left - right);
    let svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" font-family="sans-serif" font-size="12">`;
    svg += `<text x="8" y="20" font-size="14" font-weight="600">${Biz.escape(Biz.t("chart-of", expr))}</text>`;
    svg += `<line x1="${x(0)}" x2="${x(0)}" y1="${top - 4}" y2="${H - 6}" stroke="#98a2b3"/>`;
    rows.forEach((r, i) => {
      const y = top + i * (bar + gap), v = r.a.number, x0 = Math.min(x(0), x(v)), w = Math.max(1, Math.abs(x(v) - x(0)));
      svg += `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${Biz.escape(r.name)}</text>`;
      svg += `<rect x="${x0}" y="${y}" width="${w}" height="${bar}" fill="${v < 0 ? "#c0262d" : "#1f5fbf"}" rx="2"/>`;
      svg += `<text x="${Math.max(x(v), x(0)) + 6}" y="${y + 15}">${Biz.escape(r.a.text)}</text>`;
    });
    $("room-chart").innerHTML = svg + "</svg>";
  },

  async applyProbes() {
    const probes = $("probes").value.split("\n").map(s => s.trim()).filter(Boolean);
    const r = await Biz.call("POST", this.api("/api/teacher/probes"), { probes });
    $("push-status").textContent = r.ok ? "" : (r.data ? r.data.error : Biz.t("offline"));
    if (r.ok) { this.room = r.data; this.render(); }
  },

  async push(body) {
    const r = await Biz.call("POST", this.api("/api/teacher/push"), body);
    $("push-status").textContent = r.ok ? Biz.t("pushed") + " (#" + r.data.seq + ")" : (r.data ? r.data.error : Biz.t("offline"));
  },
};
T.init();
"""#
}
