// Knowledge checks: show the feedback of the chosen answer. Without JavaScript a
// <noscript> list shows every answer's feedback instead.
document.addEventListener("change", (event) => {
  const input = event.target;
  const check = input.closest && input.closest("[data-knowledge-check]");
  if (!check || input.type !== "radio") return;
  check.querySelectorAll("[data-feedback]").forEach((feedback) => {
    feedback.hidden = feedback.closest(".option") !== input.closest(".option");
  });
});
