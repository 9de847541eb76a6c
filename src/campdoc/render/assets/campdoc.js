/* campdoc: register the camp's service worker so a served site keeps working offline, and
   mark the links that leave the camp's offline copy while there is no connection.
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

  /* "All camps" lies outside the camp's service worker: offline it would open the
     browser's error page, so it says that it needs a connection. */
  function markLinks() {
    var links = document.querySelectorAll("a[data-needs-network]");
    Array.prototype.forEach.call(links, function (link) {
      var note = link.querySelector(".needs-network");
      if (navigator.onLine && note) { link.removeChild(note); }
      if (!navigator.onLine && !note) {
        note = document.createElement("span");
        note.className = "needs-network";
        note.textContent = " (" + link.getAttribute("data-needs-network") + ")";
        link.appendChild(note);
      }
    });
  }
  window.addEventListener("online", markLinks);
  window.addEventListener("offline", markLinks);
  markLinks();
})();
