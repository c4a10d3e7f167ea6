// The share component (lms/templates/lms/includes/share.html): "Copy link" with the Clipboard
// API and the phone's own "Share" sheet, each shown only where the browser has it. Without this
// script the link stays in a field to select, and the WhatsApp link works on its own.
// A box marked data-copy (a group's join code) gets the same "Copy" button for its
// data-copy-value. A page with several shares loads this file once per share: each box is set up
// once.
(function () {
  "use strict";

  function say(status, message) {
    status.textContent = "";
    // A new text in the live region, also when it is the same as before.
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function canCopy() {
    return Boolean(navigator.clipboard && navigator.clipboard.writeText);
  }

  function setUpCopy(box) {
    if (box.hasAttribute("data-share-ready")) return;
    box.setAttribute("data-share-ready", "");
    var button = box.querySelector("[data-copy-value]");
    var status = box.querySelector("[data-share-status]");
    if (!button || !canCopy()) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy-value")).then(
        function () {
          say(status, box.getAttribute("data-copied"));
        },
        function () {
          // Refused (an in-app browser, a permission): the code is selected to copy by hand.
          var shown = box.querySelector("[data-copy-text]");
          if (shown) window.getSelection().selectAllChildren(shown);
          say(status, box.getAttribute("data-copy-failed"));
        }
      );
    });
  }

  function setUp(box) {
    if (box.hasAttribute("data-share-ready")) return;
    box.setAttribute("data-share-ready", "");
    var url = box.getAttribute("data-share-url");
    var field = box.querySelector(".share-field");
    var status = box.querySelector("[data-share-status]");
    var copy = box.querySelector("[data-share-copy]");
    var native = box.querySelector("[data-share-native]");

    if (copy && canCopy()) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(
          function () {
            say(status, box.getAttribute("data-copied"));
          },
          function () {
            field.focus();
            field.select();
            say(status, box.getAttribute("data-copy-failed"));
          }
        );
      });
    }

    var data = {
      title: box.getAttribute("data-share-title") || undefined,
      text: box.getAttribute("data-share-text") || undefined,
      url: url,
    };
    if (native && navigator.share && (!navigator.canShare || navigator.canShare(data))) {
      native.hidden = false;
      native.addEventListener("click", function () {
        navigator.share(data).catch(function () {
          // Closing the share sheet is not an error the person needs to hear about.
        });
      });
    }

    field.addEventListener("focus", function () {
      field.select();
    });
  }

  document.querySelectorAll("[data-share]").forEach(setUp);
  document.querySelectorAll("[data-copy]").forEach(setUpCopy);
})();
