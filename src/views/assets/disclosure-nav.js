// Progressive enhancement: on narrow screens each navigation marked data-lotse-disclosure folds behind
// its menu button (disclosure-nav.tsx renders the button hidden, so without JavaScript the whole list
// shows). The button says whether the list is open (aria-expanded) and which list it opens
// (aria-controls); Escape closes an open list and puts the focus back on its button.
(function () {
  document.querySelectorAll('[data-lotse-disclosure]').forEach(function (nav) {
    var button = nav.querySelector('.lotse-disclosure__toggle');
    var list = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!list) return;
    function setOpen(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('lotse-disclosure--open', open);
    }
    setOpen(false);
    nav.classList.add('lotse-disclosure--enhanced');
    button.hidden = false;
    button.addEventListener('click', function () {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.addEventListener('keydown', function (event) {
      // On wide screens the button is not shown and the list is always open: Escape means nothing there.
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true' || button.offsetParent === null) return;
      setOpen(false);
      button.focus();
    });
  });
})();
