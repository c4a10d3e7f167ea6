// Prettier for the project's own scripts and stylesheets (see .prettierignore for what it leaves).
module.exports = {
  // The line length ruff uses for the Python code (pyproject.toml).
  printWidth: 120,
  // Trailing commas in arrays and objects only: one after a function's last argument is a syntax
  // error in the older engines of the phones learners use.
  trailingComma: "es5",
  // Quote every key of an object when one needs quotes, as in the scripts' request headers.
  quoteProps: "consistent",
};
