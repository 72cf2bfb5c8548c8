/* gongkai: filters a plan's task tables by status, unit and text, and a place's table of units (the form's
   data-scope names the element that holds the tables, #tasks by default; data-kind="units" words its counts
   for units). The choice is kept in the address (?status=…&lead=…&resp=…&q=…), so a filtered view can be
   bookmarked and shared. Without this script the form stays hidden and every row is listed. Its words are the
   site's messages, filled in by the build. */
(function () {
  "use strict";
  var form = document.getElementById("task-filter");
  var scope = form && document.getElementById(form.getAttribute("data-scope") || "tasks");
  if (!form || !scope || !window.URLSearchParams || !history.replaceState) {
    return;
  }
  var FIELDS = ["status", "lead", "resp", "q"];
  var units = form.getAttribute("data-kind") === "units";
  var MATCHED = units ? "{{msg:filter.units-matched}}" : "{{msg:filter.matched}}";
  var UNFILTERED = units ? "{{msg:filter.units-unfiltered}}" : "{{msg:filter.unfiltered}}";
  var rows = scope.querySelectorAll("table tbody tr");
  var result = document.getElementById("filter-result");
  var empty = document.getElementById("filter-empty");
  var texts = [];
  for (var i = 0; i < rows.length; i++) {
    // A row names a few units of a role and counts the rest; the rest's names are in data-unnamed.
    texts.push(norm(rows[i].textContent + " " + (rows[i].getAttribute("data-unnamed") || "")));
  }

  // Fills in a message's {name}, and picks a word by number in {name|one|other} (one for 1, other otherwise).
  function format(message, values) {
    return message.replace(/\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, function (all, name, one, other) {
      var v = values[name];
      return one === undefined ? String(v) : (Number(v) === 1 ? one : other);
    });
  }

  function norm(s) {
    s = String(s);
    return (s.normalize ? s.normalize("NFKC") : s).toLowerCase();
  }

  function field(name) {
    return form.elements[name] || null;
  }

  function has(list, id) {
    return (" " + (list || "") + " ").indexOf(" " + id + " ") >= 0;
  }

  function values() {
    var v = {};
    FIELDS.forEach(function (name) {
      var f = field(name);
      v[name] = f ? f.value.trim() : "";
    });
    return v;
  }

  function matches(row, text, v, terms) {
    if (v.status === "overdue" ? !row.hasAttribute("data-overdue") : v.status && row.getAttribute("data-status") !== v.status) {
      return false;
    }
    if (v.lead && !has(row.getAttribute("data-lead"), v.lead)) {
      return false;
    }
    if (v.resp && !has(row.getAttribute("data-resp"), v.resp)) {
      return false;
    }
    for (var t = 0; t < terms.length; t++) {
      if (text.indexOf(terms[t]) < 0) {
        return false;
      }
    }
    return true;
  }

  function apply() {
    var v = values();
    var terms = norm(v.q).split(/\s+/).filter(Boolean);
    var active = !!(v.status || v.lead || v.resp || terms.length);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = !active || matches(rows[i], texts[i], v, terms);
      rows[i].hidden = !ok;
      if (ok) {
        shown++;
      }
    }
    var blocks = scope.querySelectorAll(".table-wrap, .plan-section");
    for (var b = 0; b < blocks.length; b++) {
      blocks[b].hidden = active && !blocks[b].querySelector("tbody tr:not([hidden])");
    }
    empty.hidden = shown > 0;
    form.classList.toggle("is-filtered", active);
    result.textContent = active ? format(MATCHED, { shown: shown, total: rows.length })
                                : format(UNFILTERED, { total: rows.length });
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (v[name]) {
        params.set(name, v[name]);
      }
    });
    var qs = params.toString();
    history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
  }

  // The address first: a shared link opens on the view it was shared from.
  var given = new URLSearchParams(location.search);
  FIELDS.forEach(function (name) {
    var f = field(name);
    var value = given.get(name);
    if (f && value) {
      f.value = value;
      if (f.value !== value) {
        f.value = ""; // a choice this plan does not offer
      }
    }
  });

  var timer = null;
  form.addEventListener("input", function (e) {
    if (e.target === field("q")) {
      clearTimeout(timer);
      timer = setTimeout(apply, 200);
    }
  });
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    apply();
  });
  form.addEventListener("reset", function () {
    setTimeout(apply, 0);
  });
  form.hidden = false;
  apply();
})();
