// Progressive enhancement of comments on a consultation's section: a button puts the passage the reader
// marked in the section's text (`[data-quote-source]`) into the comment's "passage" field. Without
// JavaScript the button stays hidden and the passage is copied into the field by hand.
(function () {
  var source = document.querySelector('[data-quote-source]');
  var boxes = document.querySelectorAll('[data-quote-tools]');
  if (!source || boxes.length === 0 || !window.getSelection) return;
  var marked = '';
  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    // A click on the button may clear the selection: the last passage marked in the text stays.
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    var inside = source.contains(selection.getRangeAt(0).commonAncestorContainer);
    marked = inside ? selection.toString().replace(/\s+/g, ' ').trim() : '';
  });
  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      var field = document.getElementById(box.getAttribute('data-quote-tools'));
      var button = box.querySelector('button');
      var status = box.querySelector('[role="status"]');
      if (!field || !button || !status) return;
      box.hidden = false;
      button.addEventListener('click', function () {
        if (!marked) {
          // Emptied first, so that screen readers announce the message again on a second click.
          status.textContent = '';
          setTimeout(function () {
            status.textContent = box.getAttribute('data-nothing-marked');
          }, 100);
          return;
        }
        field.value = marked.slice(0, 1000);
        status.textContent = '';
        field.focus();
      });
    })(boxes[i]);
  }
})();
