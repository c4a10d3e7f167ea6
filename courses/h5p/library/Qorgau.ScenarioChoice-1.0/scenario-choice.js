/*
 * Qorgau.ScenarioChoice 1.0 — the project's own H5P content type, MIT licence.
 * A series of situations; in each the learner chooses how to respond and reads the feedback
 * on that choice. Choosing the best response first time scores a point. At the end it reports
 * one xAPI "completed" statement with the score; a learner may try again.
 */
(function (H5P) {
  "use strict";
  var Qorgau = (window.Qorgau = window.Qorgau || {});

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function format(text, values) {
    return String(text).replace(/@(\w+)/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : match;
    });
  }

  function ScenarioChoice(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params || {};
    this.scenarios = (this.params.scenarios || []).filter(function (scenario) {
      return scenario && scenario.choices && scenario.choices.length;
    });
    this.labels = this.params.labels || {};
    this.contentId = contentId;
    this.extras = extras || {};
    this.reset();
  }
  ScenarioChoice.prototype = Object.create(H5P.EventDispatcher.prototype);
  ScenarioChoice.prototype.constructor = ScenarioChoice;

  ScenarioChoice.prototype.reset = function () {
    this.index = 0;
    this.score = 0;
  };

  ScenarioChoice.prototype.getScore = function () {
    return this.score;
  };

  ScenarioChoice.prototype.getMaxScore = function () {
    return this.scenarios.length;
  };

  ScenarioChoice.prototype.attach = function ($container) {
    this.root = $container.get(0);
    this.root.classList.add("qorgau-scenario");
    this.showScenario();
  };

  ScenarioChoice.prototype.clear = function () {
    while (this.root.firstChild) this.root.removeChild(this.root.firstChild);
  };

  ScenarioChoice.prototype.showScenario = function () {
    var self = this;
    var scenario = this.scenarios[this.index];
    this.clear();
    if (!scenario) {
      this.root.appendChild(element("p", "", this.labels.empty || "No situations yet."));
      return;
    }
    var total = this.scenarios.length;
    this.root.appendChild(
      element("p", "qs-progress", format(this.labels.progress || "Situation @current of @total", { current: this.index + 1, total: total }))
    );
    this.root.appendChild(element("p", "qs-situation", scenario.situation));
    var fieldset = element("fieldset");
    fieldset.appendChild(element("legend", "", scenario.question));
    var feedback = element("div", "qs-feedback");
    feedback.setAttribute("role", "status");
    feedback.setAttribute("aria-live", "polite");
    var buttons = scenario.choices.map(function (choice) {
      var button = element("button", "qs-choice", choice.text);
      button.type = "button";
      button.addEventListener("click", function () {
        self.choose(scenario, choice, button, buttons, feedback);
      });
      fieldset.appendChild(button);
      return button;
    });
    this.root.appendChild(fieldset);
    this.root.appendChild(feedback);
    this.trigger("resize");
  };

  ScenarioChoice.prototype.choose = function (scenario, choice, button, buttons, feedback) {
    var self = this;
    buttons.forEach(function (other, position) {
      other.disabled = true;
      if (scenario.choices[position].correct) other.classList.add("qs-best");
    });
    button.classList.add("qs-chosen");
    button.setAttribute("aria-pressed", "true");
    if (choice.correct) this.score += 1;
    feedback.appendChild(
      element("span", "qs-verdict", choice.correct ? this.labels.correct || "Good choice." : this.labels.incorrect || "Not the best choice.")
    );
    feedback.appendChild(element("span", "", choice.feedback || ""));
    var last = this.index === this.scenarios.length - 1;
    var next = element("button", "qs-action", last ? this.labels.finish || "See the result" : this.labels.next || "Next situation");
    next.type = "button";
    next.addEventListener("click", function () {
      if (last) {
        self.finish();
      } else {
        self.index += 1;
        self.showScenario();
        var first = self.root.querySelector(".qs-choice");
        if (first) first.focus();
      }
    });
    this.root.appendChild(next);
    next.focus();
    this.trigger("resize");
  };

  ScenarioChoice.prototype.finish = function () {
    var self = this;
    var total = this.getMaxScore();
    this.clear();
    var summary = element("p", "qs-summary", format(this.labels.summary || "Best responses: @score of @total.", { score: this.score, total: total }));
    summary.setAttribute("role", "status");
    summary.setAttribute("tabindex", "-1");
    this.root.appendChild(summary);
    var again = element("button", "qs-action", this.labels.retry || "Try again");
    again.type = "button";
    again.addEventListener("click", function () {
      self.reset();
      self.showScenario();
    });
    this.root.appendChild(again);
    summary.focus();
    this.triggerXAPIScored(this.score, total, "completed", true, this.score === total);
    this.trigger("resize");
  };

  Qorgau.ScenarioChoice = ScenarioChoice;
})(window.H5P);
