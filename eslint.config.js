// ESLint for the project's own scripts: the classic <script> files under <app>/static/ and the
// scripts of the project's H5P content type (courses/h5p/library/). None is an ES module or a
// service worker; each runs in the browser as a plain script. `make lint` and
// tests/test_code_style.py run it; .pre-commit-config.yaml runs it on the files of a commit.
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {
    // What is not ours, or not source: Python's and npm's packages, collected and uploaded files.
    ignores: [".venv/", "staticfiles/", "media/", "h5p-content/", "certificate-files/", "test-results/", ".cache/"],
  },
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "script",
      globals: { ...globals.browser },
    },
    rules: {
      // `catch (e)` with an unused binding: the optional-binding form `catch {` is a syntax error
      // in the older engines of the phones learners use, and would stop the whole script.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    // This file and the other tool configurations run in Node.
    files: ["*.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
];
