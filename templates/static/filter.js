/* gongkai: filters a plan's task tables by status, unit and text, and a place's table of units (the form's
   data-scope names the element that holds the tables, #tasks by default; data-kind="units" words its counts
   for units). The choice is kept in the address (?status=…&lead=…&resp=…&q=…), so a filtered view can be
   bookmarked and shared, and a plan's summary figures lead to it. Tasks are counted as the summary counts them:
   a task and its sub-items are one. A task shows when its own status is the one chosen (a parent's status sums
   up its sub-items'), and when it or one of its sub-items names the unit and holds the text; its sub-items show
   with it, or, where only they match, those that match. Sections left empty, and their entries in the contents,
   are hidden. Without this script the form is not shown and every row is listed. Its words are the site's
   messages, filled in by the build. */
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
  var result = document.getElementById("filter-result");
  var empty = document.getElementById("filter-empty");
  var toc = scope.querySelectorAll(".toc a");

  // Each task with its sub-items: the rows of a table, a task row followed by its sub-items' rows.
  var tasks = [];
  Array.prototype.forEach.call(scope.querySelectorAll(units ? "table tbody tr" : "table.tasks tbody tr"), function (row) {
    var item = { row: row, text: textOf(row) };
    if (row.classList.contains("subitem") && tasks.length) {
      tasks[tasks.length - 1].subs.push(item);
    } else {
      item.subs = [];
      tasks.push(item);
    }
  });

  // A row names a few units of a role and counts the rest; the rest's names are in data-unnamed.
  function textOf(row) {
    return norm(row.textContent + " " + (row.getAttribute("data-unnamed") || ""));
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

  function statusMatches(row, v) {
    return v.status === "overdue" ? row.hasAttribute("data-overdue") : !v.status || row.getAttribute("data-status") === v.status;
  }

  // Unit and text: what a task or a sub-item is asked for on its own row.
  function namesMatch(item, v, terms) {
    var row = item.row;
    if (v.lead && !has(row.getAttribute("data-lead"), v.lead)) {
      return false;
    }
    if (v.resp && !has(row.getAttribute("data-resp"), v.resp)) {
      return false;
    }
    for (var t = 0; t < terms.length; t++) {
      if (item.text.indexOf(terms[t]) < 0) {
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
    tasks.forEach(function (task) {
      var own = !active || namesMatch(task, v, terms);
      var subs = task.subs.map(function (s) {
        return own || namesMatch(s, v, terms);
      });
      var ok = !active || (statusMatches(task.row, v) && (own || subs.indexOf(true) >= 0));
      task.row.hidden = !ok;
      task.subs.forEach(function (s, i) {
        s.row.hidden = !ok || !subs[i];
      });
      if (ok) {
        shown++;
      }
    });
    var blocks = scope.querySelectorAll(".table-wrap, .plan-section");
    for (var b = 0; b < blocks.length; b++) {
      blocks[b].hidden = active && !blocks[b].querySelector("tbody tr:not([hidden])");
    }
    // The contents lead only to sections still shown.
    for (var c = 0; c < toc.length; c++) {
      var target = document.getElementById(toc[c].getAttribute("href").slice(1));
      var section = target && target.closest(".plan-section");
      toc[c].parentNode.hidden = !!(section && section.hidden);
    }
    empty.hidden = shown > 0;
    form.classList.toggle("is-filtered", active);
    result.textContent = active ? format(MATCHED, { shown: shown, total: tasks.length })
                                : format(UNFILTERED, { total: tasks.length });
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
  apply();
})();
