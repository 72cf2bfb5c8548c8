/* gongkai: the search page. Reads the build's static full-text index in shards (see SearchIndex.java): each key of
   the query (a pair of characters, or one character) picks one term shard; only the document shards of the results
   shown are read, and for a match in a requirement or a progress report, the task's own page, from which the
   snippet is cut. Chinese is matched as written, without word segmentation: every word of the query must be in
   one field of a result; matches rank by field (title, then numbers and units, then requirement, then report),
   then newer plans first. Its words are the site's messages, filled in by the build. */
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  if (!form || !window.fetch || !window.URLSearchParams || !history.replaceState || !window.DOMParser || !Array.from) {
    return;
  }
  var input = form.elements.q;
  var planField = form.elements.plan;
  var statusField = form.elements.status;
  var statusLine = document.getElementById("search-status");
  var out = document.getElementById("search-results");
  var root = form.getAttribute("data-root");
  var html = document.documentElement;
  var PAGE = 10; // tasks shown at first, and added by each "more"
  var LISTED = 10; // plans or units listed at most
  var WEIGHTS = [8, 4, 2, 1]; // a term in the title, in the numbers and units, in the requirement, in a report
  var STATUSES = ["not-reported", "not-started", "in-progress", "completed", "ongoing", "cancelled"];
  var ICONS = { "not-reported": "?", "not-started": "○", "in-progress": "◐", "completed": "✓", "ongoing": "↻", "cancelled": "✕" };
  var WORDS = {
    plans: "计划",
    units: "责任单位",
    tasks: "任务",
    kindHeading: "{kind}（{count} 项）",
    searching: "正在搜索……",
    failed: "搜索暂时无法使用，请稍后再试，或按计划、责任单位浏览。",
    listed: "只列出前 {shown} 项，请输入更多字词缩小范围。",
    none: "没有找到结果。",
    noneHelp: "没有找到与“{query}”相关的内容。请换个说法，或减少字词；也可以按计划、责任单位或状态浏览。",
    found: "找到 {count} 项结果。",
    filtered: "符合筛选条件的任务 {count} 项（共找到 {total} 项结果）。",
    more: "显示更多任务（还有 {count} 项）",
    planCount: "{plan}（{count} 项）",
    title: "“{query}”的搜索结果 · {title}",
    inUnits: "相关单位：",
    inAliases: "又称：",
    inPlan: "文号或发布单位：",
    inBody: "工作要求：",
    inReport: "落实情况（{date}）："
  };
  var cache = {};
  var meta = null;
  var seq = 0;
  var baseTitle = document.title;
  var last = null; // the latest query's matches, which the filters narrow without searching again

  // Fills in a message's {name}, and picks a word by number in {name|one|other} (one for 1, other otherwise).
  function format(message, values) {
    return message.replace(/\{([A-Za-z][A-Za-z0-9]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, function (all, name, one, other) {
      var v = values[name];
      return one === undefined ? String(v) : (Number(v) === 1 ? one : other);
    });
  }

  // As SearchIndex.normalize: each character by NFKC, then in lower case.
  function normChar(c) {
    return (c.normalize ? c.normalize("NFKC") : c).toLowerCase();
  }

  var WORD = /[\p{L}\p{N}\p{M}]/u;

  // A term's runs of letters and digits, normalized: a term matches where all its runs are found in one field.
  function runs(term) {
    var list = [];
    var run = "";
    Array.from(term).forEach(function (c) {
      Array.from(normChar(c)).forEach(function (n) {
        if (WORD.test(n)) {
          run += n;
        } else if (run) {
          list.push(run);
          run = "";
        }
      });
    });
    if (run) {
      list.push(run);
    }
    return list;
  }

  // The keys of a run: each pair of neighbours, or the one character of a run of one.
  function keysOf(run) {
    var cs = Array.from(run);
    if (cs.length === 1) {
      return [cs[0]];
    }
    var keys = [];
    for (var i = 0; i + 1 < cs.length; i++) {
      keys.push(cs[i] + cs[i + 1]);
    }
    return keys;
  }

  function shardOf(key) {
    var cs = Array.from(key);
    var second = cs.length > 1 ? cs[1].codePointAt(0) : 0;
    return (cs[0].codePointAt(0) * 1031 + second) % meta.term_shards;
  }

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(root + path, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          throw new Error(path + " " + r.status);
        }
        return r.json();
      });
      cache[path].catch(function () {
        delete cache[path];
      });
    }
    return cache[path];
  }

  function loadPage(url) {
    var key = "page:" + url;
    if (!cache[key]) {
      cache[key] = fetch(root + url, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          throw new Error(url + " " + r.status);
        }
        return r.text();
      }).then(function (text) {
        return new DOMParser().parseFromString(text, "text/html");
      });
    }
    return cache[key];
  }

  function intersect(a, b) {
    var res = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        res.push(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return res;
  }

  // A key's ids in each field: [field, id, gap, gap, …] lists decoded into four arrays (null: not in the field).
  function postings(shards, key) {
    var lists = shards[shardOf(key)][key] || [];
    var byField = [null, null, null, null];
    lists.forEach(function (l) {
      var ids = new Array(l.length - 1);
      var id = 0;
      for (var i = 1; i < l.length; i++) {
        id += l[i];
        ids[i - 1] = id;
      }
      byField[l[0]] = ids;
    });
    return byField;
  }

  // For one term: the weight of the best field each document holds the term in (a Map of id → weight).
  function termMatches(term, shards) {
    var keys = [];
    term.runs.forEach(function (r) {
      keys = keys.concat(keysOf(r));
    });
    var perKey = keys.map(function (k) {
      return postings(shards, k);
    });
    var best = new Map();
    for (var f = 0; f < 4; f++) {
      var ids = null;
      for (var k = 0; k < perKey.length; k++) {
        var list = perKey[k][f];
        ids = list === null ? [] : (ids === null ? list : intersect(ids, list));
        if (!ids.length) {
          break;
        }
      }
      (ids || []).forEach(function (id) {
        if (!best.has(id)) {
          best.set(id, f);
        }
      });
    }
    return best;
  }

  function parse(query) {
    return norm(query).split(/\s+/).map(function (t) {
      return { text: t, runs: runs(t) };
    }).filter(function (t) {
      return t.runs.length;
    });
  }

  function norm(s) {
    return Array.from(String(s)).map(normChar).join("");
  }

  function kindOf(id) {
    return id < meta.units_start ? "p" : id < meta.tasks_start ? "u" : "t";
  }

  // The plan a task belongs to: plans list the id of their first task, in ascending order.
  function planOf(id) {
    var lo = 0;
    var hi = meta.plans.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.plans[mid][3] <= id) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  var docs = {}; // documents read, by id

  function doc(id) {
    var per = meta.docs_per_shard;
    return load("search/docs/" + Math.floor(id / per) + ".json").then(function (shard) {
      docs[id] = shard[id % per];
    });
  }

  // The documents of these matches, all read before any is shown, so results never move as they come in.
  function docsOf(matches) {
    return Promise.all(matches.map(function (m) { return doc(m.id); }));
  }

  function search(query) {
    var mine = ++seq;
    var terms = parse(query);
    if (!terms.length) {
      last = null;
      out.textContent = "";
      statusLine.textContent = "";
      html.classList.remove("has-query");
      fillPlans([]);
      return Promise.resolve();
    }
    html.classList.add("has-query");
    statusLine.textContent = WORDS.searching;
    return load("search/index.json").then(function (m) {
      meta = m;
      return matchTerms(terms);
    }).then(function (found) {
      if (mine !== seq) {
        return null;
      }
      last = { query: query, terms: terms, found: found };
      return show(mine);
    }).catch(function () {
      if (mine === seq) {
        out.textContent = "";
        statusLine.textContent = WORDS.failed;
      }
    });
  }

  // Every document holding every term, ranked by score (the sum, over the terms, of the weight of the best field
  // each is in), then by id (newer plans first); fields: the field of each term, in the query's order.
  function matchTerms(terms) {
    var needed = {};
    terms.forEach(function (t) {
      t.runs.forEach(function (r) {
        keysOf(r).forEach(function (k) {
          needed[shardOf(k)] = true;
        });
      });
    });
    var nums = Object.keys(needed);
    return Promise.all(nums.map(function (n) { return load("search/terms/" + n + ".json"); })).then(function (list) {
      var shards = {};
      nums.forEach(function (n, i) { shards[n] = list[i]; });
      var perTerm = terms.map(function (t) { return termMatches(t, shards); });
      var smallest = perTerm.reduce(function (a, b) { return b.size < a.size ? b : a; });
      var found = [];
      smallest.forEach(function (unused, id) {
        var score = 0;
        var fields = [];
        for (var i = 0; i < perTerm.length; i++) {
          var f = perTerm[i].get(id);
          if (f === undefined) {
            return;
          }
          score += WEIGHTS[f];
          fields.push(f);
        }
        found.push({ id: id, score: score, fields: fields });
      });
      found.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return found;
    });
  }

  // The status letters (a–f by status, upper case when overdue), read only when a status filter is chosen.
  function statusLetters() {
    return statusField.value ? load("search/status.json").then(function (s) { return s.status; }) : Promise.resolve(null);
  }

  function passesStatus(letters, id) {
    var want = statusField.value;
    if (!want) {
      return true;
    }
    var c = letters.charAt(id);
    if (want === "overdue") {
      return c >= "A" && c <= "Z";
    }
    return STATUSES[c.toLowerCase().charCodeAt(0) - 97] === want;
  }

  // The plan filter offers the plans that have matching tasks, with how many.
  function fillPlans(counts) {
    if (!meta) {
      return;
    }
    var chosen = planField.value || new URLSearchParams(location.search).get("plan") || "";
    while (planField.options.length > 1) {
      planField.remove(1);
    }
    counts.forEach(function (c) {
      var p = meta.plans[c.plan];
      var o = new Option(format(WORDS.planCount, { plan: p[1], count: c.count }), p[0]);
      planField.add(o);
    });
    planField.value = chosen;
    if (planField.value !== chosen) {
      // A plan without matches stays offered, so a shared address keeps its choice.
      var index = meta.plans.findIndex(function (p) { return p[0] === chosen; });
      if (index >= 0) {
        planField.add(new Option(format(WORDS.planCount, { plan: meta.plans[index][1], count: 0 }), chosen));
        planField.value = chosen;
      } else {
        planField.value = "";
      }
    }
  }

  function show(mine) {
    var found = last.found;
    return statusLetters().then(function (letters) {
      if (mine !== seq) {
        return null;
      }
      var plans = [];
      var units = [];
      var tasks = [];
      var perPlan = {};
      found.forEach(function (m) {
        var kind = kindOf(m.id);
        if (kind === "p") {
          plans.push(m);
        } else if (kind === "u") {
          units.push(m);
        } else if (!letters || passesStatus(letters, m.id)) {
          m.plan = planOf(m.id);
          perPlan[m.plan] = (perPlan[m.plan] || 0) + 1;
          tasks.push(m);
        }
      });
      fillPlans(Object.keys(perPlan).map(Number).sort(function (a, b) { return a - b; })
        .map(function (p) { return { plan: p, count: perPlan[p] }; }));
      var planFilter = planField.value;
      var filtered = !!(planFilter || statusField.value);
      if (planFilter) {
        tasks = tasks.filter(function (m) { return meta.plans[m.plan][0] === planFilter; });
      }
      var groups = filtered ? [] : [["p", WORDS.plans, plans, LISTED], ["u", WORDS.units, units, LISTED]];
      groups.push(["t", WORDS.tasks, tasks, PAGE]);
      var first = [];
      groups.forEach(function (g) {
        first = first.concat(g[2].slice(0, g[3]));
      });
      return docsOf(first).then(function () {
        if (mine !== seq) {
          return;
        }
        out.textContent = "";
        var query = last.query.trim();
        document.title = format(WORDS.title, { query: query, title: baseTitle });
        if (!found.length) {
          statusLine.textContent = WORDS.none;
          out.appendChild(el("p", "notice", format(WORDS.noneHelp, { query: query })));
          return;
        }
        statusLine.textContent = filtered ? format(WORDS.filtered, { count: tasks.length, total: found.length })
                                          : format(WORDS.found, { count: found.length });
        groups.forEach(function (g) {
          group(g[0], g[1], g[2], g[3]);
        });
      });
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

  // A heading and the first results of one kind (their documents read already); tasks go on with a button that
  // lists more.
  function group(kind, name, items, first) {
    if (!items.length) {
      return;
    }
    var h = el("h2", "", format(WORDS.kindHeading, { kind: name, count: items.length }));
    h.id = "results-" + kind;
    out.appendChild(h);
    var ol = el("ol", "results");
    ol.setAttribute("aria-labelledby", h.id);
    out.appendChild(ol);
    var shown = 0;
    var more = null;
    function add(count) {
      items.slice(shown, shown + count).forEach(function (m) {
        var li = el("li", "result");
        fill(li, docs[m.id], m);
        ol.appendChild(li);
      });
      shown = Math.min(items.length, shown + count);
      if (shown < items.length && kind !== "t" && !more) {
        more = el("p", "hint", format(WORDS.listed, { shown: shown }));
        out.appendChild(more);
      } else if (shown < items.length && kind === "t") {
        if (!more) {
          more = el("button", "button button-secondary more");
          more.type = "button";
          more.addEventListener("click", function () {
            var from = shown;
            var mine = seq;
            docsOf(items.slice(shown, shown + PAGE)).then(function () {
              if (mine !== seq) {
                return;
              }
              add(PAGE);
              var link = ol.children[from] && ol.children[from].querySelector("a");
              if (link) {
                link.focus();
              }
            });
          });
          out.appendChild(more);
        }
        more.textContent = format(WORDS.more, { count: items.length - shown });
      } else if (more && kind === "t") {
        more.remove();
        more = null;
      }
    }
    add(first);
  }

  // A text normalized as the index normalizes it, with where each of its characters came from, so a match found
  // in the normalized text is marked in the text as written.
  function normalized(text) {
    var chars = Array.from(text);
    var low = [];
    var from = [];
    chars.forEach(function (c, i) {
      Array.from(normChar(c)).forEach(function (n) {
        low.push(n);
        from.push(i);
      });
    });
    return { chars: chars, low: low, from: from };
  }

  // The characters of the text each term's runs cover, as [start, end) pairs of the written text.
  function spans(n, terms) {
    var out = [];
    terms.forEach(function (t) {
      t.runs.forEach(function (r) {
        var rc = Array.from(r);
        for (var i = 0; i + rc.length <= n.low.length; i++) {
          var j = 0;
          while (j < rc.length && n.low[i + j] === rc[j]) {
            j++;
          }
          if (j === rc.length) {
            out.push([n.from[i], n.from[i + rc.length - 1] + 1]);
          }
        }
      });
    });
    return out.sort(function (a, b) { return a[0] - b[0]; });
  }

  // The text with every term marked.
  function marked(text, terms) {
    var frag = document.createDocumentFragment();
    var n = normalized(text);
    var marks = new Array(n.chars.length).fill(false);
    spans(n, terms).forEach(function (s) {
      for (var k = s[0]; k < s[1]; k++) {
        marks[k] = true;
      }
    });
    var at = 0;
    while (at < n.chars.length) {
      var end = at;
      while (end < n.chars.length && marks[end] === marks[at]) {
        end++;
      }
      var piece = n.chars.slice(at, end).join("");
      frag.appendChild(marks[at] ? el("mark", "", piece) : document.createTextNode(piece));
      at = end;
    }
    return frag;
  }

  function tag(id, label, icon) {
    var t = el("span", "tag status-" + id);
    t.appendChild(el("span", "tag-icon", icon)).setAttribute("aria-hidden", "true");
    t.appendChild(document.createTextNode(label));
    return t;
  }

  // Where the first run of a term is in a text, by characters; -1 when it is not.
  function find(text, terms) {
    var first = spans(normalized(text), terms)[0];
    return first ? first[0] : -1;
  }

  // A short passage of a text around its first match, with … where it is cut.
  function around(text, terms) {
    var chars = Array.from(text.replace(/\s+/g, " ").trim());
    var at = find(chars.join(""), terms);
    var from = Math.max(0, at - 12);
    var to = Math.min(chars.length, Math.max(at, 0) + 90);
    return (from > 0 ? "…" : "") + chars.slice(from, to).join("") + (to < chars.length ? "…" : "");
  }

  function fill(li, d, m) {
    var a = el("a");
    a.href = root + d[1];
    a.appendChild(marked(d[2], last.terms));
    li.appendChild(a);
    var metaLine = el("p", "result-meta");
    li.appendChild(metaLine);
    var snippet = el("p", "snippet");
    li.appendChild(snippet);
    var terms = last.terms;
    if (d[0] === "t") {
      var plan = meta.plans[Number(d[3])];
      metaLine.appendChild(document.createTextNode(plan ? plan[1] : ""));
      metaLine.appendChild(document.createTextNode(" "));
      metaLine.appendChild(tag(d[4], meta.statuses[d[4]], ICONS[d[4]]));
      if (d[5]) {
        metaLine.appendChild(document.createTextNode(" "));
        metaLine.appendChild(tag("overdue", meta.overdue, "!"));
      }
      // The snippet shows a term the title does not: from the requirement or a report on the task's page,
      // else from the units.
      var inText = terms.filter(function (t, i) { return m.fields[i] >= 2; });
      if (inText.length) {
        var field = m.fields[terms.indexOf(inText[0])];
        snippet.classList.add("loading");
        loadPage(d[1]).then(function (page) {
          passage(snippet, page, field, inText, terms);
        }, function () {
          snippet.classList.remove("loading");
        });
        return;
      }
      if (d[6]) {
        snippet.appendChild(document.createTextNode(WORDS.inUnits));
        snippet.appendChild(marked(d[6], terms));
      }
    } else {
      metaLine.textContent = d[3];
      if (d[6]) {
        snippet.appendChild(document.createTextNode(d[0] === "u" ? WORDS.inAliases : WORDS.inPlan));
        snippet.appendChild(marked(d[6], terms));
      }
    }
  }

  // The passage of a task's page that holds the terms: its requirement, or the report that names them.
  function passage(snippet, page, field, inText, terms) {
    snippet.classList.remove("loading");
    var parts = Array.from(page.querySelectorAll("[data-search]"));
    var body = parts.filter(function (p) { return p.getAttribute("data-search") === "body"; });
    var reports = parts.filter(function (p) { return p.getAttribute("data-search") === "report"; });
    var order = field === 2 ? body.concat(reports) : reports.concat(body);
    var hit = order.find(function (p) { return find(p.textContent, inText) >= 0; }) || body[0];
    if (!hit) {
      return;
    }
    var label = WORDS.inBody;
    if (hit.getAttribute("data-search") === "report") {
      var time = hit.querySelector("time");
      label = format(WORDS.inReport, { date: time ? time.textContent : "" });
    }
    var text = Array.from(hit.querySelectorAll(".prose")).map(function (p) { return p.textContent; }).join(" ")
      || hit.textContent;
    snippet.appendChild(el("span", "snippet-label", label));
    snippet.appendChild(marked(around(text, inText), terms));
  }

  function run() {
    var params = new URLSearchParams(location.search);
    [["q", input.value], ["plan", planField.value], ["status", statusField.value]].forEach(function (p) {
      if (p[1].trim()) {
        params.set(p[0], p[1]);
      } else {
        params.delete(p[0]);
      }
    });
    if (!input.value.trim()) {
      document.title = baseTitle;
    }
    var qs = params.toString();
    history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : ""));
    return search(input.value);
  }

  function refilter() {
    var params = new URLSearchParams(location.search);
    [["plan", planField.value], ["status", statusField.value]].forEach(function (p) {
      if (p[1]) {
        params.set(p[0], p[1]);
      } else {
        params.delete(p[0]);
      }
    });
    var qs = params.toString();
    history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : ""));
    if (last && meta) {
      show(++seq).catch(function () {
        statusLine.textContent = WORDS.failed;
      });
    }
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
  planField.addEventListener("change", refilter);
  statusField.addEventListener("change", refilter);
  // The index's first file is wanted by any search: read it now (the page preloads it).
  load("search/index.json").then(function (m) {
    meta = m;
  }, function () {});
  var given = new URLSearchParams(location.search);
  if (given.get("status")) {
    statusField.value = given.get("status");
    if (statusField.value !== given.get("status")) {
      statusField.value = "";
    }
  }
  if (given.get("q")) {
    input.value = given.get("q");
    search(input.value);
  }
})();
