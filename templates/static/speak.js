/* gongkai: reads a task page aloud with the browser's own speech synthesis (适老化). The button shows only where
   the browser has a voice for the page's language; nothing is sent anywhere. Only the words are read: not the
   icons beside a status (hidden from assistive technology too), not the separators between parts of a line,
   and a part that ends its own sentence gets no second stop. Its words are the site's messages, filled in by the
   build. */
(function () {
  "use strict";
  var box = document.querySelector(".read-aloud");
  var button = document.getElementById("read-aloud");
  var synth = window.speechSynthesis;
  if (!box || !button || !synth || !window.SpeechSynthesisUtterance) {
    return;
  }
  var lang = (document.documentElement.lang || "zh-CN").toLowerCase();
  var primary = lang.split("-")[0];
  var label = button.querySelector(".read-aloud-label");
  var icon = button.querySelector(".tool-icon");
  var voice = null;
  var START = "{{msg:speak.start}}";
  var STOP = "{{msg:speak.stop}}";
  var AFTER_TERM = "{{msg:speak.after-term}}";
  var AFTER_TEXT = "{{msg:speak.after-text}}";
  var PAUSE = "{{msg:speak.pause}}";
  // Marks that separate parts of a line, read as a pause; and what already ends a sentence or a term.
  var SEPARATORS = /\s*[·•›|]\s*/g;
  var ENDED = /[\u3002\uff0e.!\uff01?\uff1f;\uff1b:\uff1a\u2026]$/; // full stops, marks, colons, semicolons and the ellipsis, Chinese and Latin

  function pickVoice() {
    var voices = synth.getVoices() || [];
    var best = null;
    for (var i = 0; i < voices.length; i++) {
      var v = (voices[i].lang || "").toLowerCase().replace("_", "-");
      if (v === lang) {
        best = voices[i];
        break;
      }
      if (!best && (v.split("-")[0] === primary || (primary === "zh" && v.indexOf("cmn") === 0))) {
        best = voices[i];
      }
    }
    voice = best;
    box.classList.toggle("is-ready", !!voice);
  }

  // The words of an element: text not hidden from assistive technology, and no controls.
  function words(node) {
    if (node.nodeType === 3) {
      return node.nodeValue;
    }
    if (node.nodeType !== 1 || node.getAttribute("aria-hidden") === "true" || node.hidden
        || /^(BUTTON|SCRIPT|STYLE|SVG|svg)$/.test(node.tagName)) {
      return "";
    }
    var block = /^(P|LI|DIV|DD|DT|H[1-6]|TR|BR)$/.test(node.tagName);
    var text = "";
    for (var c = node.firstChild; c; c = c.nextSibling) {
      text += words(c);
    }
    return block ? " " + text + " " : text;
  }

  function text() {
    var main = document.getElementById("main");
    var parts = [];
    var pieces = main.querySelectorAll("h1, .task-status p:first-child, .facts dt, .facts dd, h2, .prose, .update-head");
    for (var i = 0; i < pieces.length; i++) {
      var t = words(pieces[i]).replace(/\s+/g, " ").replace(SEPARATORS, PAUSE).trim();
      if (t) {
        var end = pieces[i].tagName === "DT" ? AFTER_TERM : AFTER_TEXT;
        parts.push(ENDED.test(t) ? t : t + end);
      }
    }
    return parts.join("\n");
  }

  function idle() {
    label.textContent = START;
    icon.textContent = "▶";
  }

  button.addEventListener("click", function () {
    if (synth.speaking || synth.pending) {
      synth.cancel();
      idle();
      return;
    }
    var u = new SpeechSynthesisUtterance(text());
    u.lang = voice.lang;
    u.voice = voice;
    u.rate = 0.9; // a little slower than the default, for older listeners
    u.onend = idle;
    u.onerror = idle;
    label.textContent = STOP;
    icon.textContent = "■";
    synth.speak(u);
  });
  window.addEventListener("pagehide", function () {
    synth.cancel();
  });

  pickVoice();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", pickVoice);
  } else {
    synth.onvoiceschanged = pickVoice;
  }
})();
