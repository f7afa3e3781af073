// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  }
  function autoSubmitFilters(root) {
    // Filter forms without htmx: submit on change so a filter is one click.
    (root || document).querySelectorAll("form[data-auto-submit]").forEach(function (form) {
      if (form.dataset.bound) { return; }
      form.dataset.bound = "1";
      form.addEventListener("change", function () {
        if (!window.htmx) { form.requestSubmit(); }
      });
    });
  }
  function foldWhenNarrow(root) {
    // Long filter lists start folded on narrow screens so the results come first; they are
    // open in the HTML, so without this file nothing is hidden.
    if (!window.matchMedia("(max-width: 48rem)").matches) { return; }
    (root || document).querySelectorAll("details[data-fold-when-narrow]").forEach(function (details) {
      details.open = false;
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    focusErrorSummary();
    autoSubmitFilters();
    foldWhenNarrow();
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    autoSubmitFilters(event.target);
    foldWhenNarrow();
  });
})();
