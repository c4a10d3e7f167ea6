// The player page, on the H5P origin. It plays one package with h5p-standalone and tells the
// lesson page that framed it three things only: the height it needs, that the activity is
// showing, and the results (top-level "completed" and "answered" xAPI statements). It speaks
// only to a parent whose origin is one of the platform's, learned from the parent's own greeting.
(function () {
  "use strict";
  var root = document.getElementById("h5p-player");
  var allowed = JSON.parse(document.getElementById("h5p-parent-origins").textContent);
  var RESULT_VERBS = ["http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/answered"];
  var parentOrigin = null;
  var waiting = [];
  var framed = window.parent !== window;

  function send(message) {
    if (!framed) return;
    if (parentOrigin) {
      window.parent.postMessage(message, parentOrigin);
    } else {
      waiting.push(message);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || allowed.indexOf(event.origin) === -1) return;
    if (event.data && event.data.type === "h5p:parent" && !parentOrigin) {
      parentOrigin = event.origin;
      waiting.splice(0).forEach(send);
    }
  });
  // Ask the lesson page to introduce itself; this message carries nothing.
  if (framed) window.parent.postMessage({ type: "h5p:ready" }, "*");

  function isResult(statement) {
    if (!statement || !statement.verb || RESULT_VERBS.indexOf(statement.verb.id) === -1) return false;
    var activities = statement.context && statement.context.contextActivities;
    return !(activities && activities.parent && activities.parent.length);
  }

  // The height of what is shown, not of the window: the frame must be able to shrink as well.
  var lastHeight = 0;
  function reportHeight() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      send({ type: "h5p:resize", height: height });
    }
  }
  if (window.ResizeObserver) new ResizeObserver(reportHeight).observe(root);

  // H5P plays most content types in a frame of its own inside this page, written with
  // height:100% of a page that has no height. H5P sizes it when the content asks; this makes
  // it follow the content whatever the content does (feedback shown, a slide changed, a font
  // loaded), so nothing is ever cut off or left to scroll inside a strip.
  function followContentFrame() {
    var frame = root.querySelector("iframe.h5p-iframe");
    var inner = frame && frame.contentWindow;
    // H5P writes the frame's document after the player is ready, and its content only once every
    // library has downloaded, which takes minutes on a slow connection: wait as long as it takes.
    var content = inner && inner.document && inner.document.querySelector(".h5p-content");
    if (!content) {
      if (frame && frame.isConnected) setTimeout(followContentFrame, 100);
      return;
    }
    // H5P's styles make the body as tall as the frame, so the content element is what is measured
    // (with anything that overflows it, such as a pop-up placed below).
    function fit() {
      var height = Math.ceil(Math.max(content.getBoundingClientRect().height, content.scrollHeight));
      if (height > 0 && frame.style.height !== height + "px") frame.style.height = height + "px";
    }
    var Observer = inner.ResizeObserver || window.ResizeObserver;
    if (Observer) new Observer(fit).observe(content);
    fit();
  }

  function failed() {
    root.querySelector("[data-loading]").hidden = true;
    root.querySelector("[data-failed]").hidden = false;
    reportHeight();
  }

  if (!window.H5PStandalone) {
    failed();
    return;
  }
  new window.H5PStandalone.H5P(root, {
    id: root.getAttribute("data-id"),
    h5pJsonPath: root.getAttribute("data-content"),
    frameJs: root.getAttribute("data-frame-js"),
    frameCss: root.getAttribute("data-frame-css"),
    customJs: [root.getAttribute("data-memory-storage")],
    frame: false,
    copyright: false,
    export: false,
    embed: false,
    icon: false,
    fullScreen: false,
  }).then(function () {
    root.querySelector("[data-loading]").hidden = true;
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      var statement = event.data && event.data.statement;
      if (isResult(statement)) send({ type: "h5p:statement", statement: statement });
    });
    followContentFrame();
    reportHeight();
    send({ type: "h5p:shown" });
  }, failed);
})();
