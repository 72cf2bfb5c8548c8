/* gongkai: applies the reader's large-text choice before the page is drawn (the toggle is in site.js). */
try {
  if (localStorage.getItem("gongkai-text-size") === "large") {
    document.documentElement.classList.add("large-text");
  }
} catch (e) { /* storage blocked: standard size */ }
