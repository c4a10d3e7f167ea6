// The attendance page: "Mark everyone else present" ticks "present" for each trainee who has no
// mark yet. The form works without it.
(function () {
  "use strict";
  var button = document.querySelector("[data-mark-all]");
  if (!button) return;
  button.addEventListener("click", function () {
    document.querySelectorAll('.attendance-form input[value="present"]').forEach(function (input) {
      if (!input.closest("fieldset").querySelector("input:checked")) {
        input.checked = true;
      }
    });
  });
})();
