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
  document.addEventListener("DOMContentLoaded", function () {
    focusErrorSummary();
    autoSubmitFilters();
  });
  document.addEventListener("htmx:afterSwap", function (event) { autoSubmitFilters(event.target); });
})();
