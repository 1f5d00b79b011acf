// Small enhancements; every feature works without them.

// Changing the sort order or a date re-runs the search at once. A date typed on the keyboard fires "change" at every
// digit that makes a valid date ("0001-03-15" once the year's first digit is in; "2005-01-01" at the first digit of
// "11" typed over a month already set): typed dates search once the reader stops typing for a moment or leaves the
// field, and only a whole date, with a year of four digits from 1000, or a cleared field. A date picked with the
// mouse searches at once. An order walked through with the arrow keys fires "change" at every step, and searching at
// the first step left "Oldest first" out of reach of the keyboard (WCAG 3.2.2, a black-box review): the order searches
// on Enter or when the reader leaves the list. After a search a control ran, the new page puts the focus back on it,
// so that a keyboard reader goes on from where they were, not from the top of the page.
var TYPING_PAUSE_MS = 1200;
var REFOCUS_KEY = 'dispatch-refocus';
document.querySelectorAll('form.search select, form.search input[type=date]').forEach(function (el) {
  var lastKey = 0;
  var lastKeyName = '';
  // A timer while a date is typed; 'choice' while an order chosen with the arrow keys waits for Enter or leaving.
  var pending = null;
  var submit = function () {
    if (pending !== 'choice') clearTimeout(pending);
    pending = null;
    if (el.type === 'date' && el.value !== '' && !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(el.value)) return;
    try {
      sessionStorage.setItem(REFOCUS_KEY, el.id);
    } catch (e) {
      // Storage refused (a private window's quota): the search runs all the same.
    }
    el.form.requestSubmit();
  };
  el.addEventListener('keydown', function (event) {
    lastKey = Date.now();
    lastKeyName = event.key;
    if (pending === 'choice' && event.key === 'Enter') {
      event.preventDefault();
      submit();
      return;
    }
    if (pending !== null && pending !== 'choice') {
      clearTimeout(pending);
      pending = setTimeout(submit, TYPING_PAUSE_MS);
    }
  });
  el.addEventListener('change', function () {
    var byKeyboard = Date.now() - lastKey < 500;
    if (el.type === 'date' && byKeyboard) {
      clearTimeout(pending);
      pending = setTimeout(submit, TYPING_PAUSE_MS);
      return;
    }
    // Enter or Space commit a choice made in the open list; the arrow keys and letters only step through it.
    if (el.tagName === 'SELECT' && byKeyboard && lastKeyName !== 'Enter' && lastKeyName !== ' ') {
      pending = 'choice';
      return;
    }
    submit();
  });
  el.addEventListener('blur', function () {
    if (pending !== null) submit();
  });
});

(function refocus() {
  var id = null;
  try {
    id = sessionStorage.getItem(REFOCUS_KEY);
    sessionStorage.removeItem(REFOCUS_KEY);
  } catch (e) {
    return;
  }
  var el = id === null ? null : document.getElementById(id);
  if (el !== null) el.focus();
})();

// The switches ("All of the actors", "Named together") are links a screen reader announces as switches: Space, the
// key for a switch, flips them as Enter does (a black-box review).
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.key !== ' ' || !(target instanceof HTMLAnchorElement) || target.getAttribute('role') !== 'switch') return;
  event.preventDefault();
  target.click();
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
