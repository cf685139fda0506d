// Progressive enhancement of the register's search box: titles of Vorhaben offered while typing, as an
// ARIA 1.2 combobox with a list (focus stays in the box, the offered title is its active descendant).
// Without JavaScript the box stays a plain search field and the form searches the whole register.
(function () {
  var input = document.querySelector('input[data-suggest]');
  if (!input || !window.fetch || !window.AbortController) return;

  var DELAY_MS = 150;
  // What the endpoint accepts; outside it there is nothing to ask.
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 100;
  var announcements = JSON.parse(input.getAttribute('data-suggest-announcements') || '[]');
  var base = input.getAttribute('data-suggest-base') || '';
  var listId = input.id + '-suggestions';

  var list = document.createElement('ul');
  list.id = listId;
  list.className = 'lotse-suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
  list.hidden = true;
  // Present from the start: a live region added together with its first message is often not read.
  var status = document.createElement('div');
  status.className = 'kern-sr-only';
  status.setAttribute('role', 'status');
  input.insertAdjacentElement('afterend', list);
  list.insertAdjacentElement('afterend', status);
  input.parentElement.classList.add('lotse-suggest-host');

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  // The browser's own list of earlier entries would cover ours.
  input.setAttribute('autocomplete', 'off');

  var items = [];
  var active = -1;
  var timer = 0;
  var asked = 0;
  var request = null;
  var announced = '';

  function show() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function hide() {
    setActive(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function setActive(index) {
    var options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
    active = index;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function announce(count) {
    var text = announcements[Math.min(count, announcements.length - 1)] || '';
    // Said once per change: the same number again is no news.
    if (text === announced) return;
    announced = text;
    status.textContent = text;
  }

  function render(found) {
    setActive(-1);
    items = found;
    list.textContent = '';
    found.forEach(function (item, i) {
      var option = document.createElement('li');
      option.id = listId + '-' + i;
      option.className = 'lotse-suggest__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = item.title;
      list.appendChild(option);
    });
    if (found.length > 0 && document.activeElement === input) show();
    else hide();
    announce(found.length);
  }

  function clear() {
    asked++;
    if (request) request.abort();
    items = [];
    list.textContent = '';
    hide();
  }

  function go(index) {
    var item = items[index];
    if (item) window.location.assign(base + encodeURIComponent(item.slug));
  }

  function ask(q) {
    var mine = ++asked;
    if (request) request.abort();
    request = new AbortController();
    var url = new URL(input.getAttribute('data-suggest'), window.location.href);
    url.searchParams.set('q', q);
    fetch(url.href, { headers: { accept: 'application/json' }, signal: request.signal })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        // An answer to an earlier state of the box is of no use any more.
        if (mine !== asked) return;
        if (body) render(body.items || []);
        else clear();
      })
      .catch(function () {
        // Aborted or offline: the form still searches the whole register.
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < MIN_LENGTH || q.length > MAX_LENGTH) {
      clear();
      // Starting again: the next list is news even with as many titles as before.
      announced = '';
      return;
    }
    // The chosen title belonged to the text before this change.
    setActive(-1);
    timer = window.setTimeout(function () {
      ask(q);
    }, DELAY_MS);
  });

  input.addEventListener('keydown', function (event) {
    // Keys that choose a character in an input method, or with modifiers, are not ours.
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        if (items.length === 0) return;
        event.preventDefault();
        if (list.hidden) show();
        setActive(active + 1 < items.length ? active + 1 : 0);
        break;
      case 'ArrowUp':
        if (items.length === 0) return;
        event.preventDefault();
        if (list.hidden) show();
        setActive(active > 0 ? active - 1 : items.length - 1);
        break;
      case 'Enter':
        // Without a chosen title, Enter submits the form: the full search.
        if (list.hidden || active < 0) return;
        event.preventDefault();
        go(active);
        break;
      case 'Escape':
        // Open: close the list and keep the text (a search field would clear it).
        if (list.hidden) return;
        event.preventDefault();
        hide();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        // Back to editing the text.
        setActive(-1);
        break;
    }
  });

  input.addEventListener('blur', hide);
  // A click on a title must not take the focus from the box first (that would close the list).
  list.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });
  list.addEventListener('click', function (event) {
    var option = event.target.closest('[role="option"]');
    if (option) go(Array.prototype.indexOf.call(list.children, option));
  });
})();
