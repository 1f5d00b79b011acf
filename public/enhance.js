// Small enhancements; every feature works without them.
// Changing the sort order or a date re-runs the search at once.
document.querySelectorAll('form.search select, form.search input[type=date]').forEach(function (el) {
  el.addEventListener('change', function () {
    el.form.requestSubmit();
  });
});
