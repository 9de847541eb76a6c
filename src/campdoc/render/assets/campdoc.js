/* campdoc: register the camp's service worker so a served site keeps working offline.
   Nothing here runs from file://, where browsers do not allow service workers. */
(function () {
  "use strict";
  var script = document.body && document.body.getAttribute("data-service-worker");
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) {
    return;
  }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(script).catch(function () { /* offline use is optional */ });
  });
})();
