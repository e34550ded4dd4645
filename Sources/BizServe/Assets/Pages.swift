// The two pages' HTML. Every word on them is filled in by the scripts from
// /api/strings (the message catalog, ServeText `serve.ui.*`), so the HTML
// itself holds none: `data-t="run"` is the key of a text.

extension Assets {
    /// What both pages start with, up to their <body>.
    static let pageHead = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Biz</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
"""# + "\n"

    static let playgroundHTML = pageHead + #"""
<body class="playground">
<header>
  <h1 data-t="title"></h1>
  <span id="who"></span>
  <span class="spacer"></span>
  <label><span data-t="language"></span>
    <select id="lang"><option value="en">English</option><option value="ru">Русский</option></select></label>
</header>
<div id="join" hidden>
  <label for="name" data-t="join-prompt"></label>
  <input id="name" maxlength="40" autocomplete="off">
  <button id="join-button" data-t="join"></button>
  <div id="join-error" class="error-text"></div>
</div>
<main id="main" hidden>
  <section id="work">
    <div id="toolbar">
      <button id="run" class="primary" data-t="run"></button>
      <span class="keys" data-t="run-keys"></span>
      <span id="status" role="status"></span>
      <span class="spacer"></span>
      <button id="download-model" data-t="download-model"></button>
      <button id="download-report" data-t="download-report"></button>
    </div>
    <div id="notice" hidden></div>
    <div id="editor-wrap">
      <div id="gutter" aria-hidden="true"></div>
      <div id="code">
        <pre id="highlight" aria-hidden="true"></pre>
        <textarea id="editor" spellcheck="false" wrap="off" autocapitalize="off" autocomplete="off"></textarea>
      </div>
      <div id="values"></div>
    </div>
    <div id="stopped" class="error-text" hidden></div>
    <div id="errors-pane" hidden><h2 data-t="errors"></h2><div id="errors"></div></div>
    <div id="charts-pane" hidden><h2 data-t="charts"></h2><div id="charts"></div></div>
  </section>
  <aside id="lesson-pane">
    <label for="lesson-select" data-t="lesson"></label>
    <select id="lesson-select"></select>
    <div id="lesson-body" hidden>
      <div id="step-count" class="muted"></div>
      <h3 id="step-title"></h3>
      <p id="step-text"></p>
      <p class="task"><b data-t="task"></b>: <span id="step-task"></span></p>
      <details><summary data-t="hint"></summary><code id="step-hint"></code></details>
      <div id="step-status"></div>
      <div class="step-buttons"><button id="prev" data-t="previous"></button><button id="next" data-t="next"></button></div>
    </div>
    <p id="welcome" class="muted" data-t="welcome"></p>
  </aside>
</main>
<script src="/assets/common.js"></script>
<script src="/assets/playground.js"></script>
</body>
</html>
"""#

    static let teacherHTML = pageHead + #"""
<body class="teacher">
<header>
  <h1 data-t="teacher-title"></h1>
  <span id="room-count" class="muted"></span>
  <span class="spacer"></span>
  <label><span data-t="language"></span>
    <select id="lang"><option value="en">English</option><option value="ru">Русский</option></select></label>
</header>
<main id="teacher-main">
  <section>
    <h2 data-t="participants"></h2>
    <table id="room"><thead></thead><tbody></tbody></table>
    <p id="nobody" class="muted" data-t="nobody" hidden></p>
    <div id="room-chart"></div>
  </section>
  <aside>
    <label for="probes" data-t="expressions"></label>
    <textarea id="probes" rows="4" spellcheck="false"></textarea>
    <button id="apply-probes" data-t="apply"></button>
    <hr>
    <label for="push-model" data-t="model-to-send"></label>
    <textarea id="push-model" rows="10" spellcheck="false"></textarea>
    <button id="push-model-button" data-t="push-model"></button>
    <hr>
    <label for="push-lesson" data-t="step-to-send"></label>
    <select id="push-lesson"></select>
    <input id="push-step" type="number" min="1" value="1">
    <button id="push-step-button" data-t="push-step"></button>
    <div id="push-status" class="muted"></div>
  </aside>
</main>
<script src="/assets/common.js"></script>
<script src="/assets/teacher.js"></script>
</body>
</html>
"""#
}
