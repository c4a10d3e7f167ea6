// H5P activities on a lesson page. Each plays in a frame on the H5P origin; this script
// loads a frame only when the learner reaches the activity or taps Start (on a slow or
// data-saving connection, only on a tap), greets the frames, sizes them to their content,
// and posts the results they report to the platform (with the CSRF token). A message counts
// only if it comes from the H5P origin and from one of this page's activity frames.
(function () {
  "use strict";
  var configElement = document.getElementById("h5p-config");
  if (!configElement) return;
  var config = JSON.parse(configElement.textContent);
  var csrf = document.querySelector("input[name=csrfmiddlewaretoken]");
  var activities = Array.prototype.slice.call(document.querySelectorAll("[data-h5p-activity]"));

  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 6000; // taller content scrolls inside its frame
  var LOOKED_THROUGH_MS = 3000; // on screen this long after it showed, content without results is done
  var LOOK_AGAIN_MS = 15000; // after a "looked through" lost for want of a connection
  var connection = navigator.connection || {};
  var slow = connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType || "");

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_match, key) {
      return values[key];
    });
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
    post(section, { statement: statement });
  }

  function post(section, result, lost) {
    if (config.preview) return; // the editor's preview records nothing
    showStatus(section, config.text.saving, false);
    fetch(config.endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: JSON.stringify(
        Object.assign(
          {
            lesson: config.lesson,
            block: section.getAttribute("data-block-id"),
            package: Number(section.getAttribute("data-package-id")),
          },
          result
        )
      ),
    })
      .then(function (response) {
        var isJson = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        // A refusal without JSON is Django's CSRF page: the sign-in changed since this page was loaded.
        if (!isJson) return { ok: false, data: { error: config.text.reload } };
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
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
      .catch(function () {
        showStatus(section, config.text.offline, false);
        if (lost) lost();
      });
  }

  function load(section, tapped) {
    var start = section.querySelector("[data-h5p-start]");
    var template = section.querySelector("template[data-h5p-frame]");
    if (!template || section.querySelector("iframe")) return;
    var frame = template.content.firstElementChild.cloneNode(true);
    frame.addEventListener("load", function () {
      greet(frame);
    });
    template.parentNode.insertBefore(frame, template);
    if (start) start.remove();
    // The button that had the focus is gone: the keyboard carries on inside the activity.
    if (tapped) frame.focus();
  }

  function lookedThrough(section) {
    // Content that sends no result is done once half of it (or half the screen, for content taller
    // than the screen) has been in view for a few seconds. Once per page.
    if (section.getAttribute("data-reports") !== "false" || section.classList.contains("done")) return;
    if (section.hasAttribute("data-looked")) return;
    section.setAttribute("data-looked", "");
    var frame = section.querySelector("iframe");
    var timer = null;
    function done() {
      watcher && watcher.disconnect();
      // Lost on the way (no signal): look again in a while, so coming back online is enough.
      post(section, { viewed: true }, function () {
        setTimeout(function () {
          section.removeAttribute("data-looked");
          lookedThrough(section);
        }, LOOK_AGAIN_MS);
      });
    }
    if (!window.IntersectionObserver) {
      setTimeout(done, LOOKED_THROUGH_MS);
      return;
    }
    var steps = [];
    for (var i = 0; i <= 20; i++) steps.push(i / 20);
    var watcher = new IntersectionObserver(
      function (entries) {
        var entry = entries[entries.length - 1];
        var needed = Math.min(entry.boundingClientRect.height, window.innerHeight) / 2;
        var seen = entry.isIntersecting && entry.intersectionRect.height >= needed;
        if (seen && !timer) {
          timer = setTimeout(done, LOOKED_THROUGH_MS);
        } else if (!seen && timer) {
          clearTimeout(timer);
          timer = null;
        }
      },
      { threshold: steps }
    );
    watcher.observe(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== config.origin) return;
    var found = activityOf(event.source);
    var data = event.data;
    if (!found || !data || typeof data !== "object") return;
    if (data.type === "h5p:ready") {
      greet(found.frame);
    } else if (data.type === "h5p:resize" && typeof data.height === "number") {
      found.frame.style.height = Math.min(Math.max(Math.round(data.height), MIN_HEIGHT), MAX_HEIGHT) + "px";
    } else if (data.type === "h5p:shown") {
      lookedThrough(found.section);
    } else if (data.type === "h5p:statement" && data.statement && typeof data.statement === "object") {
      record(found.section, data.statement);
    }
  });

  var nearby =
    !slow && window.IntersectionObserver
      ? new IntersectionObserver(
          function (entries) {
            entries.forEach(function (entry) {
              if (entry.isIntersecting) {
                nearby.unobserve(entry.target);
                load(entry.target);
              }
            });
          },
          { rootMargin: "200px 0px" }
        )
      : null;

  activities.forEach(function (section) {
    if ((config.done || []).indexOf(section.getAttribute("data-block-id")) !== -1) {
      showStatus(section, config.text.done, true);
    }
    var button = section.querySelector("[data-h5p-load]");
    if (!button) return;
    button.addEventListener("click", function () {
      load(section, true);
    });
    var size = section.querySelector("[data-h5p-size]");
    var bytes = Number(size && size.getAttribute("data-bytes"));
    if (slow && bytes && connection.downlink && config.text) {
      // downlink is the browser's estimate in megabits per second.
      var minutes = Math.max(1, Math.round((bytes * 8) / (connection.downlink * 1e6) / 60));
      size.textContent += " " + format(config.text.slow, { minutes: minutes });
    }
    if (nearby) nearby.observe(section);
  });
})();
