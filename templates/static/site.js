/* gongkai: every page. The large-text toggle (适老化), and table regions that are tab stops only while they scroll. */
(function () {
  "use strict";
  var KEY = "gongkai-text-size";
  var root = document.documentElement;

  var button = document.querySelector(".text-size");
  if (button) {
    var sync = function () {
      button.setAttribute("aria-pressed", root.classList.contains("large-text") ? "true" : "false");
    };
    button.addEventListener("click", function () {
      var large = root.classList.toggle("large-text");
      try {
        localStorage.setItem(KEY, large ? "large" : "normal");
      } catch (e) { /* storage blocked: the choice holds for this page only */ }
      sync();
      fitRegions();
    });
    // Another tab changed the size: follow it.
    window.addEventListener("storage", function (e) {
      if (e.key === KEY) {
        root.classList.toggle("large-text", e.newValue === "large");
        sync();
        fitRegions();
      }
    });
    sync();
  }

  // A table region needs a tab stop only when it scrolls sideways; otherwise it is one stop too many.
  function fitRegions() {
    var regions = document.querySelectorAll(".table-wrap");
    for (var i = 0; i < regions.length; i++) {
      var r = regions[i];
      if (r.scrollWidth > r.clientWidth + 1) {
        r.setAttribute("tabindex", "0");
      } else {
        r.removeAttribute("tabindex");
      }
    }
  }
  var timer = null;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(fitRegions, 150);
  });
  fitRegions();
})();
