// OZD-Redaktion: line numbers, live findings and preview (debounced), jump to a finding, Ctrl+S.
// Plain JavaScript, no build step, no outside sources.
(function () {
  "use strict";
  var form = document.getElementById("editor");
  if (!form) {
    return;
  }
  var text = document.getElementById("text");
  var gutter = document.getElementById("gutter");
  var list = document.getElementById("befunde");
  var frame = document.getElementById("vorschau");
  var status = document.getElementById("status");
  var spelling = document.getElementById("rechtschreibung");
  var csrf = document.querySelector('meta[name="ozd-csrf"]').getAttribute("content");
  var slug = form.getAttribute("data-slug");
  var timer = null;
  var dirty = false;

  function numbers() {
    var n = text.value.split("\n").length;
    var out = [];
    for (var i = 1; i <= n; i++) {
      out.push(i);
    }
    gutter.textContent = out.join("\n") + "\n";
    gutter.scrollTop = text.scrollTop;
  }

  function jump(line, column) {
    var lines = text.value.split("\n");
    var pos = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) {
      pos += lines[i].length + 1;
    }
    pos += Math.max(0, column - 1);
    text.focus();
    text.setSelectionRange(pos, pos);
    var lineHeight = text.scrollHeight / Math.max(1, lines.length);
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body)
    });
  }

  function show(findings) {
    list.textContent = "";
    if (findings.length === 0) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "Keine Befunde.";
      list.appendChild(none);
    }
    findings.forEach(function (f) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "finding " + (f.error ? "err" : "warn");
      b.setAttribute("data-line", f.line);
      b.setAttribute("data-column", f.column);
      b.textContent = (f.error ? "Fehler" : "Hinweis") + " Zeile " + f.line + ", Spalte " + f.column +
        " (" + f.rule + "): " + f.message;
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  function refresh() {
    var body = { slug: slug, text: text.value, spelling: spelling.checked };
    status.textContent = "Prüfe …";
    post("/redaktion/pruefen", body).then(function (r) {
      return r.ok ? r.json() : Promise.reject(r.status);
    }).then(function (data) {
      show(data.findings);
      status.textContent = dirty ? "Geprüft; nicht gespeichert." : "Geprüft.";
    }).catch(function () {
      status.textContent = "Prüfung gerade nicht möglich.";
    });
    post("/redaktion/vorschau", body).then(function (r) {
      return r.ok ? r.text() : Promise.reject(r.status);
    }).then(function (html) {
      frame.srcdoc = html;
    }).catch(function () {});
  }

  function later() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(refresh, 600);
  }

  text.addEventListener("input", function () {
    dirty = true;
    numbers();
    later();
  });
  text.addEventListener("scroll", function () {
    gutter.scrollTop = text.scrollTop;
  });
  spelling.addEventListener("change", refresh);
  list.addEventListener("click", function (e) {
    var b = e.target.closest("button.finding");
    if (b) {
      jump(parseInt(b.getAttribute("data-line"), 10), parseInt(b.getAttribute("data-column"), 10));
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === "s" || e.key === "S")) {
      e.preventDefault();
      dirty = false;
      form.submit();
    }
  });
  form.addEventListener("submit", function () {
    dirty = false;
  });
  window.addEventListener("beforeunload", function (e) {
    if (dirty) {
      e.preventDefault();
    }
  });
  numbers();
})();
