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
  // Long filter lists start folded on narrow screens so the results come first; they are
  // open in the HTML, so without this file nothing is hidden. Once someone opens or closes
  // them, results swapped in while they type keep it that way.
  var openedByUser = null;
  function foldWhenNarrow(root) {
    if (!window.matchMedia("(max-width: 48rem)").matches) { return; }
    (root || document).querySelectorAll("details[data-fold-when-narrow]").forEach(function (details) {
      details.open = openedByUser === true;
    });
  }
  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (details.matches && details.matches("details[data-fold-when-narrow]") && details.isConnected) {
      openedByUser = details.open;
    }
  }, true);
  // Empty fields (“Alles”) stay out of the address that a search pushes, so a shared link
  // holds only what was chosen.
  document.addEventListener("htmx:configRequest", function (event) {
    var data = event.detail.formData;
    if (event.detail.verb !== "get" || !data) { return; }
    Array.from(data.keys()).forEach(function (name) {
      if (data.getAll(name).every(function (value) { return value === ""; })) { data.delete(name); }
    });
  });
  // Pushing the address the page already has would make Back seem to do nothing.
  document.addEventListener("htmx:beforeHistoryUpdate", function (event) {
    var history = event.detail.history;
    if (history && history.type === "push" && history.path === location.pathname + location.search) {
      history.type = "replace";
    }
  });
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
