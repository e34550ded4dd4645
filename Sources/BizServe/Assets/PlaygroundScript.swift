// The participant's page: join by name, edit, run (Ctrl-Enter), each line's
// value beside it, errors with carets, charts, lessons step by step, the
// teacher's pushes, downloads of the model and a report.
extension Assets {
    static let playgroundJS = #"""
"use strict";
const $ = id => document.getElementById(id);
const P = {
  secret: localStorage.getItem("biz.secret"),
  session: null, lessons: [], result: null, running: false, pushSeen: 0,

  async init() {
    await Biz.loadTexts();
    $("lang").addEventListener("change", () => this.changeLocale($("lang").value));
    $("join-button").addEventListener("click", () => this.join());
    $("name").addEventListener("keydown", e => { if (e.key === "Enter") this.join(); });
    $("run").addEventListener("click", () => this.run());
    $("editor").addEventListener("keydown", e => this.key(e));
    $("editor").addEventListener("input", () => this.paint());
    $("download-model").addEventListener("click", () => this.downloadModel());
    $("download-report").addEventListener("click", () => this.downloadReport());
    $("lesson-select").addEventListener("change", () => this.chooseLesson($("lesson-select").value));
    $("prev").addEventListener("click", () => this.moveStep(-1));
    $("next").addEventListener("click", () => this.moveStep(1));
    if (!this.secret || !(await this.loadSession())) return this.showJoin();
    await this.start();
  },

  headers() { return { "X-Biz-Session": this.secret || "" }; },

  showJoin() { $("join").hidden = false; $("main").hidden = true; $("name").focus(); },

  async join() {
    const r = await Biz.call("POST", "/api/join", { name: $("name").value, locale: Biz.locale });
    if (!r.ok) { $("join-error").textContent = r.data ? r.data.error : Biz.t("offline"); return; }
    this.secret = r.data.secret;
    localStorage.setItem("biz.secret", this.secret);
    await this.loadSession();
    await this.start();
  },

  async loadSession() {
    const r = await Biz.call("GET", "/api/session", undefined, this.headers());
    if (r.status === 401) { localStorage.removeItem("biz.secret"); this.secret = null; return false; }
    if (!r.ok) return false;
    this.session = r.data;
    return true;
  },

  async start() {
    $("join").hidden = true; $("main").hidden = false;
    $("who").textContent = this.session.name;
    $("editor").value = this.session.source;
    await this.loadLessons();
    this.paint();
    $("editor").focus();
    if (this.session.source.trim()) await this.run();
    setInterval(() => this.poll(), 2000);
  },

  async loadLessons() {
    this.lessons = await (await fetch("/api/lessons?locale=" + Biz.locale)).json();
    const sel = $("lesson-select");
    sel.innerHTML = "";
    const free = document.createElement("option");
    free.value = ""; free.textContent = Biz.t("no-lesson");
    sel.appendChild(free);
    for (const l of this.lessons) {
      const o = document.createElement("option");
      o.value = l.key; o.textContent = l.number + ". " + l.title;
      sel.appendChild(o);
    }
    sel.value = this.session.lesson || "";
    this.showStep();
  },

  lesson() { return this.lessons.find(l => l.key === this.session.lesson); },

  showStep(done) {
    const l = this.lesson();
    $("lesson-body").hidden = !l;
    $("welcome").hidden = !!l;
    if (!l) return;
    const i = Math.min(this.session.step, l.steps.length - 1), s = l.steps[i];
    $("step-count").textContent = Biz.t("step", i + 1, l.steps.length);
    $("step-title").textContent = s.title;
    $("step-text").textContent = s.text;
    $("step-task").textContent = s.task;
    $("step-hint").textContent = s.hint;
    const st = $("step-status");
    if (done === true) { st.className = "done"; st.textContent = Biz.t("step-done") + (s.done ? "\n" + s.done : ""); }
    else if (done === false) { st.className = "notyet"; st.textContent = Biz.t("step-not-yet"); }
    else { st.className = ""; st.textContent = ""; }
    $("prev").disabled = i === 0;
    $("next").disabled = i + 1 >= l.steps.length;
  },

  async setLesson(key, step, pushSeen) {
    const r = await Biz.call("POST", "/api/lesson", { lesson: key || null, step, pushSeen }, this.headers());
    if (r.ok) this.session = r.data;
    $("lesson-select").value = this.session.lesson || "";
    this.showStep();
  },

  async chooseLesson(key) { await this.setLesson(key, 0); if (key) await this.run(); },

  async moveStep(d) {
    await this.setLesson(this.session.lesson, this.session.step + d);
    await this.run();
  },

  key(e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); this.run(); return; }
    if (e.key === "Tab" && !e.shiftKey) { e.preventDefault(); document.execCommand("insertText", false, "  "); }
  },

  async run() {
    const source = $("editor").value;
    this.running = true;
    $("status").textContent = Biz.t("running");
    // The step's verdict belongs to the run that gave it.
    if (this.lesson()) this.showStep();
    const r = await Biz.call("POST", "/api/run", { source, locale: Biz.locale }, this.headers());
    this.running = false;
    if (!r.ok) { $("status").textContent = r.data ? r.data.error : Biz.t("offline"); return; }
    if (r.data.superseded) return;
    this.result = r.data.result;
    this.result.source = source;
    $("status").textContent = Biz.t("ran-in", this.result.milliseconds) + " · " + Biz.t("saved");
    this.paint();
    this.showErrors();
    this.showCharts();
    if (this.lesson()) this.showStep(this.result.stepDone);
  },

  // The gutter, the highlighted code and the value column, one row per line.
  paint() {
    const editor = $("editor"), lines = editor.value.split("\n");
    editor.rows = lines.length + 1;
    const longest = Math.max(20, ...lines.map(l => l.length));
    editor.style.width = "calc(" + (longest + 2) + "ch + 16px)";
    $("highlight").style.width = editor.style.width;
    const res = this.result && this.result.source === editor.value ? this.result : null;
    const marks = {}, bad = new Set(), byLine = {};
    const errs = res ? res.compileErrors.concat(res.lines.filter(l => l.error).map(l => l.error)) : [];
    for (const e of errs) {
      bad.add(e.line);
      const end = e.endLine === e.line ? Math.max(e.endColumn, e.column + 1) : (lines[e.line - 1] || "").length + 1;
      (marks[e.line] = marks[e.line] || []).push([e.column - 1, end - 1]);
    }
    if (res) for (const l of res.lines) byLine[l.line] = l;
    $("gutter").innerHTML = lines.map((_, i) => `<div class="${bad.has(i + 1) ? "bad" : ""}">${i + 1}</div>`).join("");
    $("highlight").innerHTML = lines.map((l, i) => Biz.highlightLine(l, marks[i + 1] || [])).join("\n") + "\n";
    const compileAt = {};
    if (res) for (const e of res.compileErrors) compileAt[e.line] = compileAt[e.line] || e;
    $("values").innerHTML = lines.map((_, i) => {
      const r = byLine[i + 1], c = compileAt[i + 1];
      if (c) return `<div class="v-err" title="${Biz.escape(c.message)}">✗ ${Biz.escape(c.message)}</div>`;
      if (!r) return "<div></div>";
      if (r.error) return `<div class="v-err" title="${Biz.escape(r.error.message)}">✗ ${Biz.escape(r.error.message)}</div>`;
      if (r.holds === true) return `<div class="v-ok">✓</div>`;
      if (r.holds === false) return `<div class="v-err">✗</div>`;
      if (r.value == null) return "<div></div>";
      return `<div title="${Biz.escape(r.value)}">${r.name ? `<span class="v-name">${Biz.escape(r.name)} = </span>` : ""}${Biz.escape(r.value)}</div>`;
    }).join("");
  },

  showErrors() {
    const res = this.result;
    const errs = res.compileErrors.concat(res.lines.filter(l => l.error).map(l => l.error));
    $("errors").innerHTML = errs.map(e => `<pre class="diagnostic">${Biz.escape(e.rendered)}</pre>`).join("");
    $("errors-pane").hidden = errs.length === 0;
    $("stopped").hidden = !res.stopped;
    $("stopped").textContent = res.stopped || "";
  },

  showCharts() {
    const res = this.result;
    let html = res.charts.map(c => `<div class="chart"><div class="muted">${Biz.escape(Biz.t("line", c.line))}</div>${c.svg}</div>`).join("");
    html += res.downloads.map(d =>
      `<div class="chart"><a download="${Biz.escape(d.name)}" href="data:application/octet-stream;base64,${d.base64}">${Biz.escape(d.name)}</a></div>`).join("");
    $("charts").innerHTML = html;
    $("charts-pane").hidden = html === "";
  },

  async poll() {
    const r = await Biz.call("GET", "/api/session", undefined, this.headers());
    if (!r.ok) { if (!this.running) $("status").textContent = Biz.t("offline"); return; }
    this.session = Object.assign(this.session, { queuedAhead: r.data.queuedAhead, running: r.data.running });
    if (this.running) {
      $("status").textContent = r.data.queuedAhead != null ? Biz.t("queued", r.data.queuedAhead) : Biz.t("running");
    }
    const push = r.data.push;
    if (push && push.seq > this.pushSeen) {
      this.pushSeen = push.seq;
      const notes = [];
      if (push.model != null) {
        const ed = $("editor");
        ed.focus(); ed.select();
        // insertText keeps the browser's undo history: Ctrl-Z brings the participant's model back.
        if (!document.execCommand("insertText", false, push.model)) ed.value = push.model;
        notes.push(Biz.t("pushed-model"));
      }
      if (push.lesson != null) {
        if (push.lesson.split("/")[0] !== Biz.locale) { Biz.setLocale(push.lesson.split("/")[0]); await Biz.loadTexts(); }
        this.session.lesson = push.lesson;
        await this.loadLessons();
        await this.setLesson(push.lesson, push.step || 0, push.seq);
        notes.push(Biz.t("pushed-step"));
      } else {
        await Biz.call("POST", "/api/push-seen", { seq: push.seq }, this.headers());
      }
      $("notice").textContent = notes.join(" ");
      $("notice").hidden = false;
      await this.run();
    }
  },

  async changeLocale(l) {
    Biz.setLocale(l);
    await Biz.loadTexts();
    const l0 = this.lesson();
    await this.loadLessonsFor(l0);
    if (this.result) await this.run();
  },

  async loadLessonsFor(previous) {
    this.lessons = await (await fetch("/api/lessons?locale=" + Biz.locale)).json();
    if (previous) {
      const same = this.lessons.find(l => l.number === previous.number);
      await this.setLesson(same ? same.key : null, this.session.step);
    }
    await this.loadLessons();
  },

  fileName(ext) { return (this.session.name.replace(/[^\p{L}\p{N}_-]+/gu, "_") || "model") + ext; },

  downloadModel() { Biz.download(this.fileName(".biz"), "text/plain;charset=utf-8", $("editor").value); },

  // A self-contained HTML page: the model with each line's value, the errors, the charts.
  downloadReport() {
    const res = this.result && this.result.source === $("editor").value ? this.result : null;
    const lines = $("editor").value.split("\n"), byLine = {};
    if (res) for (const l of res.lines) byLine[l.line] = l;
    const rows = lines.map((l, i) => {
      const r = byLine[i + 1];
      const v = r ? (r.error ? "✗ " + r.error.message : (r.value || "")) : "";
      return `<tr><td class="n">${i + 1}</td><td><code>${Biz.escape(l)}</code></td><td>${Biz.escape(v)}</td></tr>`;
    }).join("");
    const errs = res ? res.compileErrors.concat(res.lines.filter(l => l.error).map(l => l.error)) : [];
    const title = Biz.t("report-title", this.session.name);
    const html = `<!doctype html><html lang="${Biz.locale}"><head><meta charset="utf-8"><title>${Biz.escape(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td{border-bottom:1px solid #eee;padding:2px 10px;vertical-align:top}
td.n{color:#999;text-align:right}code,pre{font-family:monospace;white-space:pre}svg{max-width:100%;height:auto}</style></head><body>
<h1>${Biz.escape(title)}</h1><table>${rows}</table>
${errs.map(e => `<pre>${Biz.escape(e.rendered)}</pre>`).join("")}
${res ? res.charts.map(c => `<div>${c.svg}</div>`).join("") : ""}
</body></html>`;
    Biz.download(this.fileName(".html"), "text/html;charset=utf-8", html);
  },
};
P.init();
"""#
}
