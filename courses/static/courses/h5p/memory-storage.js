// Loaded first in the player page and in the content frame H5P writes inside it. H5P keeps a
// learner id, its clipboard and a queue of unsent requests in localStorage; on the H5P origin,
// framed by the platform, browsers that block third-party storage refuse any access to it, and
// H5P's start-up stopped there. The platform keeps results itself, and a shared school computer
// must not carry one learner's traces to the next, so H5P gets a storage that lives in memory
// for the life of the page.
(function () {
  "use strict";
  var items = {};
  var memory = {
    getItem: function (key) {
      return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
    },
    setItem: function (key, value) {
      items[String(key)] = String(value);
    },
    removeItem: function (key) {
      delete items[key];
    },
    clear: function () {
      items = {};
    },
    key: function (index) {
      return Object.keys(items)[index] || null;
    },
  };
  Object.defineProperty(memory, "length", {
    get: function () {
      return Object.keys(items).length;
    },
  });
  try {
    Object.defineProperty(window, "localStorage", { value: memory, configurable: true });
  } catch (error) {
    // A browser that will not let it be replaced: H5P guards what it reads there, or fails as before.
  }
})();
