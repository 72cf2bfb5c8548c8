/* gongkai: the search page. Reads the build's static index in shards (see SearchIndex.java): the pairs of
   characters a query holds pick the term shards to fetch, and only the document shards of the results are
   read. Chinese is matched as written, without word segmentation. Its words are the site's messages, filled in
   by the build. */
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || !window.fetch || !window.URLSearchParams || !history.replaceState) {
    return;
  }
  var input = form.elements.q;
  var status = document.getElementById("search-status");
  var out = document.getElementById("search-results");
  var root = form.getAttribute("data-root");
  var SHOW = 50; // results listed per kind
  var VERIFY_SHARDS = 12; // document shards read to count exactly; past that the count is approximate
  var KINDS = [["p", "{{msg:search.kind-plans}}"], ["u", "{{msg:search.kind-units}}"], ["t", "{{msg:search.kind-tasks}}"]];
  var WORDS = {
    kindCount: "{{msg:search.kind-count}}",
    kindHeading: "{{msg:search.kind-heading}}",
    countsSeparator: "{{msg:search.counts-separator}}",
    searching: "{{msg:search.searching}}",
    failed: "{{msg:search.failed}}",
    first: "{{msg:search.first}}",
    none: "{{msg:search.none}}",
    found: "{{msg:search.found}}",
    foundAbout: "{{msg:search.found-about}}",
    title: "{{msg:search.title}}",
    separator: "{{msg:list.separator}}"
  };
  var cache = {};
  var meta = null;
  var seq = 0;
  var baseTitle = document.title;

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

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(root + path, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          throw new Error(path + " " + r.status);
        }
        return r.json();
      });
    }
    return cache[path];
  }

  function chars(s) {
    return Array.from(s);
  }

  function shardOf(key) {
    return key.codePointAt(0) % meta.term_shards;
  }

  function decode(gaps) {
    var ids = [];
    var last = 0;
    for (var i = 0; i < gaps.length; i++) {
      last += gaps[i];
      ids.push(last);
    }
    return ids;
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        out.push(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  // The ids of the documents holding every pair of a term (a single character: every pair it starts).
  function candidates(term, shards) {
    var cs = chars(term);
    if (cs.length === 1) {
      var shard = shards[shardOf(term)];
      var seen = {};
      Object.keys(shard).forEach(function (key) {
        if (chars(key)[0] === term) {
          decode(shard[key]).forEach(function (id) { seen[id] = true; });
        }
      });
      return Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    }
    var ids = null;
    for (var i = 0; i + 1 < cs.length; i++) {
      var key = cs[i] + cs[i + 1];
      var list = decode(shards[shardOf(key)][key] || []);
      ids = ids === null ? list : intersect(ids, list);
      if (!ids.length) {
        break;
      }
    }
    return ids;
  }

  function search(query) {
    var mine = ++seq;
    var terms = norm(query).split(/\s+/).filter(Boolean);
    if (!terms.length) {
      out.textContent = "";
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = WORDS.searching;
    return load("search/index.json").then(function (m) {
      meta = m;
      var needed = {};
      terms.forEach(function (t) {
        var cs = chars(t);
        for (var i = 0; i < Math.max(1, cs.length - 1); i++) {
          needed[shardOf(cs[i])] = true;
        }
      });
      var nums = Object.keys(needed);
      return Promise.all(nums.map(function (n) { return load("search/terms/" + n + ".json"); })).then(function (list) {
        var shards = {};
        nums.forEach(function (n, i) { shards[n] = list[i]; });
        var ids = null;
        for (var t = 0; t < terms.length && (ids === null || ids.length); t++) {
          var c = candidates(terms[t], shards);
          ids = ids === null ? c : intersect(ids, c);
        }
        return ids || [];
      });
    }).then(function (ids) {
      // Read the document shards that hold the candidates, as many as needed to count exactly.
      var per = meta.docs_per_shard;
      var shardNums = [];
      ids.forEach(function (id) {
        var n = Math.floor(id / per);
        if (shardNums[shardNums.length - 1] !== n) {
          shardNums.push(n);
        }
      });
      var exact = shardNums.length <= VERIFY_SHARDS;
      var reading = shardNums.slice(0, VERIFY_SHARDS);
      return Promise.all(reading.map(function (n) { return load("search/docs/" + n + ".json"); })).then(function (docShards) {
        var byShard = {};
        reading.forEach(function (n, i) { byShard[n] = docShards[i]; });
        var found = [];
        ids.forEach(function (id) {
          var shard = byShard[Math.floor(id / per)];
          if (!shard) {
            return;
          }
          var d = shard[id % per];
          if (terms.every(function (t) { return d[6].indexOf(t) >= 0; })) {
            found.push(d);
          }
        });
        if (mine === seq) {
          show(query, terms, found, exact ? found.length : ids.length, exact);
        }
      });
    }).catch(function () {
      if (mine === seq) {
        out.textContent = "";
        status.textContent = WORDS.failed;
      }
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  // The title with each matched term marked.
  function marked(title, terms) {
    var frag = document.createDocumentFragment();
    var low = norm(title);
    if (low.length !== title.length) {
      frag.appendChild(document.createTextNode(title));
      return frag;
    }
    var at = 0;
    while (at < title.length) {
      var best = -1;
      var len = 0;
      terms.forEach(function (t) {
        var i = low.indexOf(t, at);
        if (i >= 0 && (best < 0 || i < best)) {
          best = i;
          len = t.length;
        }
      });
      if (best < 0) {
        break;
      }
      frag.appendChild(document.createTextNode(title.slice(at, best)));
      frag.appendChild(el("mark", "", title.slice(best, best + len)));
      at = best + len;
    }
    frag.appendChild(document.createTextNode(title.slice(at)));
    return frag;
  }

  function tag(id, label, icon) {
    var t = el("span", "tag status-" + id);
    t.appendChild(el("span", "tag-icon", icon)).setAttribute("aria-hidden", "true");
    t.appendChild(document.createTextNode(label));
    return t;
  }

  var WHY = { t: "{{msg:search.why-task}}", u: "{{msg:search.why-unit}}", p: "{{msg:search.why-plan}}" };
  var ICONS = { "not-reported": "?", "not-started": "○", "in-progress": "◐", "completed": "✓", "ongoing": "↻", "cancelled": "✕" };

  function show(query, terms, found, count, exact) {
    out.textContent = "";
    var counts = [];
    KINDS.forEach(function (k) {
      var items = found.filter(function (d) { return d[0] === k[0]; });
      if (!items.length) {
        return;
      }
      counts.push(format(WORDS.kindCount, { kind: k[1], count: items.length }));
      var h = el("h2", "", format(WORDS.kindHeading, { kind: k[1], count: items.length }));
      h.id = "results-" + k[0];
      out.appendChild(h);
      var ol = el("ol", "results");
      ol.setAttribute("aria-labelledby", h.id);
      items.slice(0, SHOW).forEach(function (d) {
        var li = el("li");
        var a = el("a");
        a.href = root + d[1];
        a.appendChild(marked(d[2], terms));
        li.appendChild(a);
        var metaLine = el("span", "result-meta");
        if (d[0] === "t") {
          var plan = meta.plans[Number(d[3])];
          metaLine.appendChild(document.createTextNode((plan ? plan.title : "") + " "));
          metaLine.appendChild(tag(d[4], meta.statuses[d[4]], ICONS[d[4]]));
          if (d[5]) {
            metaLine.appendChild(document.createTextNode(" "));
            metaLine.appendChild(tag("overdue", meta.overdue, "!"));
          }
        } else if (d[0] === "u") {
          metaLine.textContent = meta.unit_kinds[d[3]] || "";
        } else {
          metaLine.textContent = d[3];
        }
        li.appendChild(metaLine);
        // Matched outside the title (a unit named in a task, another name of a unit): say where.
        var why = d[6].split("\n").slice(1).filter(function (line) {
          return terms.some(function (t) { return line.indexOf(t) >= 0; });
        });
        if (why.length && !terms.every(function (t) { return norm(d[2]).indexOf(t) >= 0; })) {
          var also = el("span", "result-meta");
          also.appendChild(document.createTextNode(WHY[d[0]]));
          also.appendChild(marked(why.join(WORDS.separator), terms));
          li.appendChild(also);
        }
        ol.appendChild(li);
      });
      out.appendChild(ol);
      if (items.length > SHOW) {
        out.appendChild(el("p", "hint", format(WORDS.first, { shown: SHOW })));
      }
    });
    if (!found.length) {
      status.textContent = format(WORDS.none, { query: query.trim() });
    } else {
      status.textContent = format(exact ? WORDS.found : WORDS.foundAbout,
        { count: count, counts: counts.join(WORDS.countsSeparator) });
    }
    document.title = format(WORDS.title, { query: query.trim(), title: baseTitle });
  }

  function run() {
    var q = input.value;
    var params = new URLSearchParams(location.search);
    if (q.trim()) {
      params.set("q", q);
    } else {
      params.delete("q");
      document.title = baseTitle;
    }
    var qs = params.toString();
    history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : ""));
    return search(q);
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  var given = new URLSearchParams(location.search).get("q");
  if (given) {
    input.value = given;
    run();
  }
})();
