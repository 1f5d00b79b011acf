// Small enhancements; every feature works without them.

// Changing the sort order or a date re-runs the search at once. A date typed on the keyboard fires "change" at every
// digit that makes a valid date ("0001-03-15" once the year's first digit is in; "2005-01-01" at the first digit of
// "11" typed over a month already set): typed dates search once the reader stops typing for a moment or leaves the
// field, and only a whole date, with a year of four digits from 1000, or a cleared field. A date picked with the
// mouse searches at once.
var TYPING_PAUSE_MS = 1200;
document.querySelectorAll('form.search select, form.search input[type=date]').forEach(function (el) {
  var lastKey = 0;
  var pending = null;
  var submit = function () {
    clearTimeout(pending);
    pending = null;
    if (el.type === 'date' && el.value !== '' && !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(el.value)) return;
    el.form.requestSubmit();
  };
  el.addEventListener('keydown', function () {
    lastKey = Date.now();
    if (pending !== null) {
      clearTimeout(pending);
      pending = setTimeout(submit, TYPING_PAUSE_MS);
    }
  });
  el.addEventListener('change', function () {
    if (el.type === 'date' && Date.now() - lastKey < 500) {
      clearTimeout(pending);
      pending = setTimeout(submit, TYPING_PAUSE_MS);
      return;
    }
    submit();
  });
  el.addEventListener('blur', function () {
    if (pending !== null) submit();
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

// A query typed into the box and not yet searched goes with a facet value, a chip or a switch clicked after it: those
// links carry the words the page was served with, and the words typed were lost (a black-box review). The new words
// are a new search: its first page, every word to match. Each link keeps the address it was served with
// (data-served-href), so one opened in a new tab with words typed goes where it was served to go once the box is put
// back.
document.addEventListener('click', function (event) {
  var box = document.getElementById('q');
  var link = event.target instanceof Element ? event.target.closest('a') : null;
  if (box === null || !(link instanceof HTMLAnchorElement)) return;
  if (link.origin !== location.origin || link.pathname !== '/' || link.closest('.facets, .chips, .together') === null) return;
  if (link.dataset.servedHref === undefined) link.dataset.servedHref = link.getAttribute('href');
  var typed = box.value.trim();
  if (typed === box.defaultValue.trim()) {
    link.setAttribute('href', link.dataset.servedHref);
    return;
  }
  var url = new URL(link.dataset.servedHref, location.href);
  if (typed === '') url.searchParams.delete('q');
  else url.searchParams.set('q', typed);
  url.searchParams.delete('match');
  url.searchParams.delete('page');
  link.setAttribute('href', url.pathname + url.search + url.hash);
});
