/* Search-as-you-type for a search field: the ARIA 1.2 combobox pattern (list autocomplete).
   Progressive enhancement: without this script the field is a plain text input and the form
   works as before. The script tag carries data-suggest-url and data-input (a CSS selector);
   the field may be swapped by htmx, so events are delegated and fields enhanced lazily. */
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script.dataset.suggestUrl;
  var selector = script.dataset.input;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = script.src.replace(/combobox\.js(\?.*)?$/, "combobox.css");
  document.head.appendChild(css);
  var seq = 0;

  function parts(input) {
    if (!input.dataset.comboboxId) {
      var id = "combobox-" + (++seq);
      input.dataset.comboboxId = id;
      input.setAttribute("role", "combobox");
      input.setAttribute("aria-autocomplete", "list");
      input.setAttribute("aria-expanded", "false");
      input.setAttribute("aria-controls", id + "-list");
      input.setAttribute("autocomplete", "off");
      var list = document.createElement("ul");
      list.id = id + "-list";
      list.className = "combobox__list";
      list.setAttribute("role", "listbox");
      list.setAttribute("aria-label", script.dataset.listLabel || "Vorschläge");
      list.hidden = true;
      var status = document.createElement("div");
      status.id = id + "-status";
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      var wrap = input.parentNode;
      wrap.classList.add("combobox");
      wrap.appendChild(list);
      wrap.appendChild(status);
    }
    var base = input.dataset.comboboxId;
    return { list: document.getElementById(base + "-list"), status: document.getElementById(base + "-status") };
  }

  function close(input) {
    var p = parts(input);
    p.list.hidden = true;
    p.list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function options(input) {
    return Array.prototype.slice.call(parts(input).list.querySelectorAll("[role=option]"));
  }

  function activate(input, index) {
    var opts = options(input);
    opts.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
    if (index >= 0 && opts[index]) {
      input.setAttribute("aria-activedescendant", opts[index].id);
      opts[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function choose(input, option) {
    input.value = option.dataset.value;
    close(input);
    if (input.form) {
      if (input.form.requestSubmit) { input.form.requestSubmit(); } else { input.form.submit(); }
    }
  }

  function render(input, items) {
    var p = parts(input);
    p.list.textContent = "";
    items.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = input.dataset.comboboxId + "-opt-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "combobox__option";
      li.dataset.value = item.label;
      li.textContent = item.label;
      var kind = document.createElement("span");
      kind.className = "combobox__kind";
      kind.textContent = " – " + item.kind;
      li.appendChild(kind);
      p.list.appendChild(li);
    });
    var open = items.length > 0;
    p.list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    input.removeAttribute("aria-activedescendant");
    p.status.textContent = open ? items.length + " " + (script.dataset.countLabel || "Vorschläge") : "";
  }

  var timer = null;
  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(selector)) { return; }
    parts(input);
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(input); return; }
    timer = setTimeout(function () {
      fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) { render(input, data.suggestions || []); } })
        .catch(function () { close(input); });
    }, 150);
  });

  document.addEventListener("keydown", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches(selector) || !input.dataset.comboboxId) { return; }
    var opts = options(input);
    var open = input.getAttribute("aria-expanded") === "true";
    var current = opts.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      activate(input, current + 1 >= opts.length ? 0 : current + 1);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      activate(input, current <= 0 ? opts.length - 1 : current - 1);
    } else if (event.key === "Enter" && open && current >= 0) {
      event.preventDefault();
      choose(input, opts[current]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close(input);
    } else if (event.key === "Tab") {
      close(input);
    }
  });

  document.addEventListener("mousedown", function (event) {
    var option = event.target.closest && event.target.closest(".combobox__option");
    if (!option) { return; }
    event.preventDefault();
    var input = option.closest(".combobox").querySelector(selector);
    if (input) { choose(input, option); }
  });

  document.addEventListener("focusout", function (event) {
    var input = event.target;
    if (input.matches && input.matches(selector) && input.dataset.comboboxId) {
      setTimeout(function () { close(input); }, 100);
    }
  });
})();
