// Stylelint for the project's own stylesheets (<app>/static/ and the H5P content type in
// courses/h5p/library/): stylelint-config-standard, less the rules that fight a deliberate choice.
module.exports = {
  extends: ["stylelint-config-standard"],
  rules: {
    // A blank line separates groups of rules on one topic, not every rule from the next.
    "rule-empty-line-before": null,
    // The sheets go from element defaults to components; a later component rule overriding an
    // earlier, more specific default is the cascade doing its job, not a mistake.
    "no-descending-specificity": null,
    // Comma-separated rgba() and :not(.a):not(.b), which every browser on learners' phones reads;
    // an older browser drops a whole rule whose colour or selector it cannot parse.
    "color-function-notation": "legacy",
    "color-function-alias-notation": "with-alpha",
    "alpha-value-notation": "number",
    "selector-not-notation": "simple",
  },
  overrides: [
    {
      // The H5P content type keeps one rule a line: its files are packaged byte for byte into the
      // demo activity (courses/h5p/packaging.py), so it is checked but not reformatted.
      files: ["courses/h5p/library/**/*.css"],
      rules: { "declaration-block-single-line-max-declarations": null },
    },
  ],
};
