// H5P activities on a lesson page. Each plays in a frame on the H5P origin; this script
// greets the frames, sizes them to their content, and posts the results they report to
// the platform (with the CSRF token). A message counts only if it comes from the H5P
// origin and from one of this page's activity frames.
(function () {
  "use strict";
  var configElement = document.getElementById("h5p-config");
  if (!configElement) return;
  var config = JSON.parse(configElement.textContent);
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var activities = Array.prototype.slice.call(document.querySelectorAll("[data-h5p-activity]"));

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_match, key) { return values[key]; });
  }

  function activityOf(source) {
    for (var i = 0; i < activities.length; i++) {
      var frame = activities[i].querySelector("iframe");
      if (frame && frame.contentWindow === source) return { section: activities[i], frame: frame };
    }
    return null;
  }

  function greet(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "h5p:parent" }, config.origin);
  }

  function showStatus(section, text, done) {
    var status = section.querySelector("[data-h5p-status]");
    if (status) status.textContent = text;
    if (done) {
      section.classList.add("done");
      var summary = document.querySelector('[data-h5p-summary="' + section.getAttribute("data-block-id") + '"]');
      if (summary) {
        summary.classList.add("done");
        var state = summary.querySelector("[data-h5p-state]");
        if (state) state.textContent = config.text.done_state;
        var required = summary.querySelector(".required");
        if (required) required.remove();
      }
    }
  }

  function record(section, statement) {
    // The platform records the result for the signed-in person; the actor says who this page belongs to.
    statement.actor = { objectType: "Agent", account: { homePage: location.origin, name: config.learner } };
    showStatus(section, config.text.saving, false);
    fetch(config.endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: JSON.stringify({
        lesson: config.lesson,
        block: section.getAttribute("data-block-id"),
        package: Number(section.getAttribute("data-package-id")),
        statement: statement,
      }),
    })
      .then(function (response) {
        var isJson = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        // A refusal without JSON is Django's CSRF page: the sign-in changed since this page was loaded.
        if (!isJson) return { ok: false, data: { error: config.text.reload } };
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        var data = answer.data;
        if (!answer.ok) {
          showStatus(section, format(config.text.failed, { reason: data.error || "" }), false);
          return;
        }
        var text = data.completed ? config.text.done : "";
        if (data.score_max) text += " " + format(config.text.score, { raw: data.score_raw, max: data.score_max });
        showStatus(section, text.trim(), data.completed);
      })
      .catch(function () { showStatus(section, config.text.offline, false); });
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== config.origin) return;
    var found = activityOf(event.source);
    var data = event.data;
    if (!found || !data || typeof data !== "object") return;
    if (data.type === "h5p:ready") {
      greet(found.frame);
    } else if (data.type === "h5p:resize" && typeof data.height === "number") {
      found.frame.style.height = Math.min(Math.max(Math.round(data.height), 150), 4000) + "px";
    } else if (data.type === "h5p:statement" && data.statement && typeof data.statement === "object") {
      record(found.section, data.statement);
    }
  });

  activities.forEach(function (section) {
    var frame = section.querySelector("iframe");
    if (frame) frame.addEventListener("load", function () { greet(frame); });
    if (config.done.indexOf(section.getAttribute("data-block-id")) !== -1) showStatus(section, config.text.done, true);
  });
})();
