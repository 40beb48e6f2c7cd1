// Bildungsportal: watch list in localStorage, print buttons. Everything works without it.
(function () {
  "use strict";
  var KEY = "bildungsportal-merkliste";

  function load() {
    try {
      var value = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(value) ? value.filter(function (s) { return /^[a-z0-9-]+$/.test(s); }) : [];
    } catch (e) {
      return [];
    }
  }

  function save(list) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) { /* private mode: the shared link still works */ }
  }

  function watchlistUrl(list) {
    var base = document.querySelector("[data-watchlist-link]");
    var path = base ? base.getAttribute("href") : "/angebote/merkliste/";
    return list.length ? path + "?ids=" + list.join(",") : path;
  }

  function init(root) {
    root.querySelectorAll("[data-watch]").forEach(function (button) {
      var slug = button.getAttribute("data-watch");
      var label = button.querySelector(".kern-label");
      function render() {
        if (load().indexOf(slug) !== -1 && label) {
          label.textContent = button.getAttribute("data-label-added");
        }
      }
      render();
      button.addEventListener("click", function (event) {
        event.preventDefault();
        var list = load();
        if (list.indexOf(slug) === -1) {
          list.push(slug);
          save(list);
        }
        render();
        var status = document.getElementById("watch-status");
        if (status) { status.textContent = button.getAttribute("data-label-added"); }
      });
    });
    root.querySelectorAll("[data-watchlist-link]").forEach(function (link) {
      var list = load();
      if (list.length) { link.setAttribute("href", watchlistUrl(list)); }
    });
    root.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    root.querySelectorAll("[data-watch-clear]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        save([]);
        window.location.href = watchlistUrl([]);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector("[data-watchlist-page]");
    if (page && !page.hasAttribute("data-has-ids")) {
      var list = load();
      if (list.length) {
        window.location.replace(watchlistUrl(list));
        return;
      }
    }
    init(document);
  });
  document.addEventListener("htmx:afterSwap", function (event) { init(event.target); });
  // keep shared URLs short: leave out empty filters
  document.addEventListener("htmx:configRequest", function (event) {
    var params = event.detail.parameters;
    var names = [];
    if (typeof params.keys === "function") {
      for (var key of params.keys()) { names.push(key); }
    } else {
      names = Object.keys(params);
    }
    names.forEach(function (name) {
      var value = typeof params.get === "function" ? params.get(name) : params[name];
      if (value === "" || value === null) {
        if (typeof params.delete === "function") { params.delete(name); } else { delete params[name]; }
      }
    });
  });
})();
