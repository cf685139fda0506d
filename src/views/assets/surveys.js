// Progressive enhancement of survey forms: a question shown only after a given answer to an earlier one
// (`data-condition="q12:1"`) is hidden, and its inputs disabled so they are not sent, while that answer is
// not chosen. Without JavaScript every question stays visible with its condition in words, and the server
// ignores answers to questions whose condition is not met.
(function () {
  var form = document.querySelector('form.lotse-survey-form');
  if (!form) return;
  var conditional = form.querySelectorAll('[data-condition]');
  if (conditional.length === 0) return;

  function chosen(name, value) {
    var inputs = form.querySelectorAll('input[name="' + name + '"]');
    for (var i = 0; i < inputs.length; i++) if (inputs[i].checked && !inputs[i].disabled && inputs[i].value === value) return true;
    return false;
  }

  function update() {
    // In order: a question hidden here hides the questions that depend on it in the same pass.
    for (var i = 0; i < conditional.length; i++) {
      var el = conditional[i];
      var parts = el.getAttribute('data-condition').split(':');
      var met = chosen(parts[0], parts[1]);
      el.hidden = !met;
      var fields = el.querySelectorAll('input, select, textarea');
      for (var j = 0; j < fields.length; j++) fields[j].disabled = !met;
    }
  }

  form.addEventListener('change', update);
  update();
})();
