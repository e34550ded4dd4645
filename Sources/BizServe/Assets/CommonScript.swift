// Shared by both pages: the interface language and its texts (from the
// server's catalog), JSON requests, HTML escaping, and Biz highlighting.
extension Assets {
    static let commonJS = #"""
"use strict";
const Biz = {
  locale: localStorage.getItem("biz.locale") || ((navigator.language || "en").toLowerCase().startsWith("ru") ? "ru" : "en"),
  texts: {},
  async loadTexts() {
    this.texts = await (await fetch("/api/strings?locale=" + this.locale)).json();
    document.documentElement.lang = this.locale;
    document.querySelectorAll("[data-t]").forEach(el => { el.textContent = this.t(el.dataset.t); });
    const title = document.querySelector("h1[data-t]");
    if (title) document.title = title.textContent;
    const lang = document.getElementById("lang");
    if (lang) lang.value = this.locale;
  },
  t(key, ...args) {
    let s = this.texts[key] || key;
    args.forEach((a, i) => { s = s.split("{" + (i + 1) + "}").join(String(a)); });
    return s;
  },
  setLocale(l) { this.locale = l; localStorage.setItem("biz.locale", l); },
  async call(method, path, body, headers) {
    const sep = path.includes("?") ? "&" : "?";
    const opts = { method, headers: Object.assign({ "Content-Type": "application/json" }, headers || {}) };
    if (body !== undefined) opts.body = JSON.stringify(body);
    const r = await fetch(path + sep + "locale=" + this.locale, opts);
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    return { ok: r.ok, status: r.status, data };
  },
  escape(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  },
  keywords: new Set(["fn", "if", "then", "else", "for", "in", "while", "given", "use", "market", "segment", "company", "strategy",
    "competitor", "band", "rate", "expect", "plot", "report", "export", "show", "to", "with", "true", "false", "and", "or", "not",
    "return", "at", "by", "of", "per"]),
  units: /^(RUB|USD|EUR|GBP|CNY|JPY|month|months|year|years|quarter|quarters|week|weeks|day|days)$/,
  // One line of Biz as HTML spans; `marks` are [from, to) column ranges (from 0) to underline as errors.
  highlightLine(line, marks) {
    const tokens = [];
    const re = /(#.*$)|("(?:[^"\\]|\\.)*"?)|(\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?[kKmM]?%?)|([A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё_0-9]*)|(\s+)|(.)/gy;
    let m;
    while ((m = re.exec(line)) !== null) {
      let cls = "";
      if (m[1]) cls = "tok-com"; else if (m[2]) cls = "tok-str"; else if (m[3]) cls = "tok-num";
      else if (m[4]) cls = this.keywords.has(m[4]) ? "tok-kw" : (this.units.test(m[4]) ? "tok-unit" : "");
      tokens.push({ text: m[0], cls, start: m.index });
      if (m[0].length === 0) break;
    }
    let html = "";
    for (const tok of tokens) {
      // Split a token where an error mark starts or ends.
      const cuts = new Set([0, tok.text.length]);
      for (const [a, b] of marks) {
        if (a > tok.start && a < tok.start + tok.text.length) cuts.add(a - tok.start);
        if (b > tok.start && b < tok.start + tok.text.length) cuts.add(b - tok.start);
      }
      const points = [...cuts].sort((x, y) => x - y);
      for (let i = 0; i + 1 < points.length; i++) {
        const piece = tok.text.slice(points[i], points[i + 1]);
        const at = tok.start + points[i];
        const bad = marks.some(([a, b]) => at >= a && at < b);
        const cls = [tok.cls, bad ? "tok-err" : ""].filter(Boolean).join(" ");
        html += cls ? `<span class="${cls}">${this.escape(piece)}</span>` : this.escape(piece);
      }
    }
    return html;
  },
  download(name, type, data) {
    const blob = data instanceof Blob ? data : new Blob([data], { type });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  },
};
"""#
}
