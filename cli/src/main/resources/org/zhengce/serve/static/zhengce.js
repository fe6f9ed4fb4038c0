// zhengce serve: the little the pages need besides HTML. Shows or hides each kind of record in a
// document's text (the boxes of its legend).
document.addEventListener('DOMContentLoaded', function () {
  var text = document.getElementById('text');
  document.querySelectorAll('input.layer').forEach(function (box) {
    box.addEventListener('change', function () {
      if (text) {
        text.classList.toggle('hide-' + box.dataset.layer, !box.checked);
      }
    });
  });
});
