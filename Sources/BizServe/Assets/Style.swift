extension Assets {
    static let styleCSS = #"""
:root { --line: 20px; --mono: "DejaVu Sans Mono", Menlo, Consolas, monospace; --accent: #1f5fbf; --err: #c0262d; --ok: #1d7f3a; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #1c1e21; background: #f6f7f9; }
header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #fff; border-bottom: 1px solid #dde1e6; }
header h1 { font-size: 18px; margin: 0; }
.spacer { flex: 1; }
.muted { color: #667085; }
button { font: inherit; padding: 4px 10px; border: 1px solid #c3c9d1; background: #fff; border-radius: 4px; cursor: pointer; }
button:hover { background: #eef2f7; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
select, input, textarea { font: inherit; }
#join { max-width: 420px; margin: 80px auto; padding: 24px; background: #fff; border: 1px solid #dde1e6; border-radius: 8px; display: flex; flex-direction: column; gap: 10px; }
.error-text { color: var(--err); white-space: pre-wrap; }
main#main { display: grid; grid-template-columns: minmax(0, 1fr) 330px; gap: 16px; padding: 12px 16px; }
#toolbar { display: flex; align-items: center; gap: 10px; margin-bottom: 8px; }
.keys { color: #667085; font-size: 12px; }
#status { color: #667085; }
#notice { background: #fff6d6; border: 1px solid #e8d48a; padding: 6px 10px; margin-bottom: 8px; border-radius: 4px; }
#editor-wrap { display: grid; grid-template-columns: 44px minmax(0, 1fr) minmax(180px, 38%); background: #fff; border: 1px solid #dde1e6; border-radius: 6px; overflow: auto; max-height: 70vh; min-height: 240px; }
#gutter, #values, #highlight, #editor { font-family: var(--mono); font-size: 13px; line-height: var(--line); padding: 6px 0; margin: 0; }
#gutter { text-align: right; color: #98a2b3; background: #f9fafb; border-right: 1px solid #eef0f3; padding-right: 8px; user-select: none; }
#gutter div.bad { color: #fff; background: var(--err); }
#code { position: relative; min-width: 0; }
#highlight, #editor { padding-left: 8px; padding-right: 8px; white-space: pre; tab-size: 4; }
#highlight { position: absolute; inset: 0; pointer-events: none; color: #1c1e21; overflow: hidden; }
#editor { position: relative; display: block; width: 100%; border: 0; outline: none; resize: none; background: transparent; color: transparent; caret-color: #1c1e21; overflow: hidden; }
#values { border-left: 1px solid #eef0f3; color: #344054; padding-left: 10px; padding-right: 8px; background: #fcfcfd; }
#values div { white-space: pre; overflow: hidden; text-overflow: ellipsis; height: var(--line); }
#values .v-name { color: #667085; }
#values .v-err { color: var(--err); }
#values .v-ok { color: var(--ok); }
.tok-kw { color: #8a3ab9; font-weight: 600; }
.tok-num { color: #1f5fbf; }
.tok-unit { color: #0b7a75; }
.tok-str { color: #b35c00; }
.tok-com { color: #8a94a6; font-style: italic; }
.tok-err { text-decoration: underline wavy var(--err); text-decoration-skip-ink: none; background: #fde8e8; }
h2 { font-size: 14px; margin: 16px 0 6px; color: #475467; }
#errors pre { background: #fff; border: 1px solid #f1c4c6; border-left: 4px solid var(--err); padding: 8px 10px; margin: 0 0 8px; font-family: var(--mono); font-size: 12.5px; overflow: auto; }
#charts .chart { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 8px; margin-bottom: 10px; }
#charts .chart svg { max-width: 100%; height: auto; }
#charts .chart .muted { font-size: 12px; }
aside { background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 12px; align-self: start; display: flex; flex-direction: column; gap: 8px; }
#lesson-body h3 { margin: 4px 0; font-size: 16px; }
#step-text { margin: 4px 0; }
.task { background: #eef4ff; padding: 6px 8px; border-radius: 4px; }
#step-status.done { color: var(--ok); font-weight: 600; white-space: pre-wrap; }
#step-status.notyet { color: #667085; }
.step-buttons { display: flex; gap: 8px; }
code { font-family: var(--mono); white-space: pre-wrap; }
main#teacher-main { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 16px; padding: 12px 16px; }
table#room { border-collapse: collapse; width: 100%; background: #fff; }
#room th, #room td { border-bottom: 1px solid #eef0f3; padding: 6px 8px; text-align: left; font-variant-numeric: tabular-nums; }
#room th { background: #f9fafb; color: #475467; font-weight: 600; }
#room td.num { font-family: var(--mono); }
.dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; background: #c3c9d1; }
.dot.on { background: var(--ok); }
#room-chart { margin-top: 16px; background: #fff; border: 1px solid #dde1e6; border-radius: 6px; padding: 8px; }
#room-chart svg { width: 100%; height: auto; }
aside textarea { width: 100%; font-family: var(--mono); font-size: 12.5px; }
hr { border: 0; border-top: 1px solid #eef0f3; width: 100%; }
"""#
}
