/* gongkai: runs before the page is drawn, so nothing jumps after. Applies the reader's large-text choice (the
   toggle is in site.js), marks the page as one where scripts run (html.js: the controls scripts work are drawn
   from the start) and, when the address carries a search (?q=…), keeps room for the results to come. */
(function (html) {
  html.classList.add("js");
  if (/[?&]q=[^&]/.test(location.search)) {
    html.classList.add("has-query");
  }
  try {
    if (localStorage.getItem("gongkai-text-size") === "large") {
      html.classList.add("large-text");
    }
  } catch (e) { /* storage blocked: standard size */ }
})(document.documentElement);
