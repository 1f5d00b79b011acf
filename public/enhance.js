// Small enhancements; every feature works without them.

// Changing the sort order or a date re-runs the search at once. A date typed on the keyboard fires "change" at every
// digit that makes a valid date ("0001-03-15" once the year's first digit is in): it searches only once the date is
// whole, with a year of four digits from 1000, or when it is cleared.
document.querySelectorAll('form.search select, form.search input[type=date]').forEach(function (el) {
  el.addEventListener('change', function () {
    if (el.type === 'date' && el.value !== '' && !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(el.value)) return;
    el.form.requestSubmit();
  });
});

// Back and Forward can show a page as it was left, with the sort order or a date changed just before leaving it: the
// controls then disagreed with the address and the results. They go back to what the page was served with.
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form.search').forEach(function (form) {
    form.reset();
  });
});

// A search's address carries what it asks for, not the form's empty fields and defaults ("sort=relevance&from=&to="
// made every shared address longer than it needs to be).
document.querySelectorAll('form.search').forEach(function (form) {
  form.addEventListener('formdata', function (event) {
    var kept = [];
    event.formData.forEach(function (value, name) {
      if (value !== '' && !(name === 'sort' && value === 'relevance')) kept.push([name, value]);
    });
    Array.from(new Set(Array.from(event.formData.keys()))).forEach(function (name) {
      event.formData.delete(name);
    });
    kept.forEach(function (entry) {
      event.formData.append(entry[0], entry[1]);
    });
  });
});
