// The case form without page reloads: it shows the fields of the chosen type only, and the articles that may help
// while the contact writes. Without this script every field shows and a button finds the articles.
(function () {
  var form = document.getElementById('new-case');
  if (!form) {
    return;
  }
  var type = document.getElementById('type');
  function showFieldsOfType() {
    form.querySelectorAll('[data-for-type]').forEach(function (fieldset) {
      var shown = fieldset.getAttribute('data-for-type') === type.value;
      fieldset.hidden = !shown;
      fieldset.disabled = !shown;
    });
  }
  type.addEventListener('change', showFieldsOfType);
  showFieldsOfType();

  var suggestions = document.getElementById('suggestions');
  var findButton = document.getElementById('find-articles');
  if (findButton) {
    findButton.hidden = true;
  }
  var timer;
  function suggest() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var query = new URLSearchParams({
        productLine: document.getElementById('productLine').value,
        q: document.getElementById('subject').value + ' ' + document.getElementById('description').value
      });
      fetch(suggestions.getAttribute('data-source') + '?' + query, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html !== null) {
            suggestions.outerHTML = html;
            suggestions = document.getElementById('suggestions');
          }
        });
    }, 400);
  }
  ['productLine', 'subject', 'description'].forEach(function (id) {
    document.getElementById(id).addEventListener('input', suggest);
  });
})();
