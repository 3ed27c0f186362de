// Optional enhancement: the site works without it. Escape hides an inline definition
// (WCAG 1.4.13: content shown on hover or focus can be dismissed).
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") { return; }
  var link = document.activeElement;
  if (link && link.classList && link.classList.contains("gloss-link")) {
    link.parentElement.classList.add("tip-hidden");
  }
});
document.addEventListener("focusout", function (event) {
  var target = event.target;
  if (target && target.classList && target.classList.contains("gloss-link")) {
    target.parentElement.classList.remove("tip-hidden");
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
});
