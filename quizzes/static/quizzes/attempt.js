// Saves each answer of a quiz attempt as it is given, so a lost connection loses nothing.
// Without this script the form still works: "Save and finish later" and "Submit answers" post it.
(function () {
  "use strict";

  var form = document.querySelector("form[data-save-url]");
  if (!form) return;
  var saveUrl = form.getAttribute("data-save-url");
  var storageKey = "quiz-attempt-" + form.getAttribute("data-attempt");
  var status = document.querySelector("[data-save-status]");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var pending = {};
  var sending = false;
  var retryDelay = 2000;
  var submitting = false;

  function say(name, text) {
    if (status) status.textContent = text || status.getAttribute("data-" + name) || "";
  }

  function fieldsOf(fieldset) {
    return Array.prototype.slice.call(fieldset.querySelectorAll("input, select"));
  }

  // The answer of one question in the shape the server expects, or undefined when it cannot be sent yet.
  function answerOf(fieldset) {
    var type = fieldset.getAttribute("data-type");
    var fields = fieldsOf(fieldset);
    if (type === "single" || type === "true_false") {
      var chosen = fields.filter(function (f) {
        return f.checked;
      })[0];
      return chosen ? chosen.value : null;
    }
    if (type === "multiple") {
      return fields
        .filter(function (f) {
          return f.checked;
        })
        .map(function (f) {
          return f.value;
        });
    }
    var prefix = "q-" + fieldset.getAttribute("data-question") + "-";
    if (type === "matching") {
      var pairs = {};
      fields.forEach(function (f) {
        if (f.value) pairs[f.name.slice(prefix.length)] = f.value;
      });
      return pairs;
    }
    if (type === "ordering") {
      var unknown = fieldset.querySelector("[data-order-unknown]");
      if (unknown && unknown.checked) return null; // "I don't know": unanswered, scored as wrong
      var positions = Array.prototype.slice.call(fieldset.querySelectorAll("select")).map(function (f) {
        return { step: f.name.slice(prefix.length), position: parseInt(f.value, 10) };
      });
      var blank = positions.every(function (p) {
        return isNaN(p.position);
      });
      if (blank) return null;
      var seen = {};
      var complete = positions.every(function (p) {
        var ok = p.position >= 1 && p.position <= positions.length && !seen[p.position];
        seen[p.position] = true;
        return ok;
      });
      if (!complete) return undefined; // saved once every step has its own position
      positions.sort(function (a, b) {
        return a.position - b.position;
      });
      return positions.map(function (p) {
        return p.step;
      });
    }
    return undefined;
  }

  function isAnswered(fieldset) {
    var unknown = fieldset.querySelector("[data-order-unknown]");
    if (unknown && unknown.checked) return true; // the learner has answered: they do not know
    var answer = answerOf(fieldset);
    if (answer === null || answer === undefined) return false;
    if (Array.isArray(answer)) return answer.length > 0;
    if (typeof answer === "object") return Object.keys(answer).length > 0;
    return answer !== "";
  }

  // The question navigator marks each question answered or not, as the learner goes.
  function markInNavigator(fieldset, answered) {
    var link = document.querySelector('[data-nav-question="' + fieldset.getAttribute("data-question") + '"]');
    if (!link) return;
    link.classList.toggle("is-answered", answered);
    var state = link.querySelector("[data-nav-state]");
    if (state) state.textContent = state.getAttribute(answered ? "data-answered" : "data-unanswered");
  }

  function countAnswered() {
    var fieldsets = form.querySelectorAll("fieldset[data-question]");
    var answered = Array.prototype.filter.call(fieldsets, function (fieldset) {
      var done = isAnswered(fieldset);
      markInNavigator(fieldset, done);
      return done;
    }).length;
    var progress = document.querySelector("[data-answered-progress]");
    var label = document.querySelector("[data-answered-label]");
    if (progress) progress.value = answered;
    if (label) {
      var template = label.getAttribute("data-template");
      label.textContent = template.replace("{answered}", answered).replace("{total}", fieldsets.length);
    }
    return { answered: answered, total: fieldsets.length };
  }

  function remember() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(pending));
    } catch (e) {
      /* private mode: the server copy is enough */
    }
  }

  function send() {
    // Once the form is submitted it carries every answer: a save sent now would only race it.
    if (submitting || sending || !Object.keys(pending).length) return;
    sending = true;
    var batch = pending;
    pending = {};
    say("saving");
    fetch(saveUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
      body: JSON.stringify({ answers: batch }),
    })
      .then(function (response) {
        var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        return (json ? response.json() : Promise.resolve({})).then(function (body) {
          return { response: response, body: body, json: json };
        });
      })
      .then(function (reply) {
        sending = false;
        var code = reply.response.status;
        if (reply.response.ok) {
          retryDelay = 2000;
          if (!Object.keys(pending).length) {
            remember();
            say("saved");
          }
          send();
        } else if (code === 409 && reply.body.result_url && !submitting) {
          try {
            localStorage.removeItem(storageKey);
          } catch (e) {
            /* nothing to clear */
          }
          window.location.assign(reply.body.result_url);
        } else if (reply.json && reply.body.error) {
          say(null, reply.body.error); // the server refused this answer; it says why
        } else {
          say("reload");
        }
      })
      .catch(function () {
        sending = false;
        Object.keys(batch).forEach(function (key) {
          if (!(key in pending)) pending[key] = batch[key];
        });
        remember();
        say("offline");
        setTimeout(send, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
      });
  }

  var timers = {};
  function changed(event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (!fieldset) return;
    countAnswered();
    var answer = answerOf(fieldset);
    if (answer === undefined) return;
    var key = fieldset.getAttribute("data-question");
    clearTimeout(timers[key]);
    timers[key] = setTimeout(function () {
      pending[key] = answer;
      remember();
      send();
    }, 300);
  }

  form.addEventListener("change", changed);
  window.addEventListener("online", send);

  // Answers kept on this device from a visit whose connection dropped go to the server now.
  try {
    var kept = JSON.parse(localStorage.getItem(storageKey) || "{}");
    if (kept && typeof kept === "object" && Object.keys(kept).length) {
      pending = kept;
      send();
    }
  } catch (e) {
    /* nothing kept */
  }

  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || button.value !== "submit") return;
    if (submitting) {
      event.preventDefault();
      return;
    }
    var counts = countAnswered();
    var missing = counts.total - counts.answered;
    if (
      missing > 0 &&
      !form.hasAttribute("data-time-up") &&
      !window.confirm(form.getAttribute("data-confirm-unanswered").replace("{count}", missing))
    ) {
      event.preventDefault();
      return;
    }
    submitting = true;
    Object.keys(timers).forEach(function (key) {
      clearTimeout(timers[key]);
    });
    try {
      localStorage.removeItem(storageKey);
    } catch (e) {
      /* nothing to clear */
    }
  });

  var timer = document.querySelector("[data-seconds-left]");
  if (timer) {
    var deadline = Date.now() + parseInt(timer.getAttribute("data-seconds-left"), 10) * 1000;
    var value = timer.querySelector("[data-timer-value]");
    var announcement = document.querySelector("[data-timer-announcement]");
    var warned = false;
    var tick = function () {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      value.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
      if (left <= 60 && !warned && announcement) {
        warned = true;
        announcement.textContent = timer.getAttribute("data-warning");
      }
      // A few seconds early, so the request reaches the server before the limit and every answer counts.
      if (left <= 3) {
        form.setAttribute("data-time-up", "");
        var submit = form.querySelector("[data-submit]");
        if (submit && !submitting) {
          form.requestSubmit ? form.requestSubmit(submit) : submit.click();
        }
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }

  // A question reached from the navigator starts below the sticky bar, however tall the bar has
  // grown (the timer, a long message about the connection): quiz.css reads its height.
  var bar = document.querySelector(".attempt-status");
  if (bar && window.ResizeObserver) {
    new window.ResizeObserver(function () {
      document.documentElement.style.setProperty("--attempt-bar-height", bar.offsetHeight + "px");
    }).observe(bar);
  }

  // After a refused answer the page comes back with a message: take the learner to that question.
  var invalid = form.querySelector("fieldset.field-invalid");
  if (invalid) {
    invalid.focus();
  }

  countAnswered();
})();
