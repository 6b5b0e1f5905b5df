// Reloads the page every data-refresh-seconds (live counts). A script rather than <meta http-equiv=refresh>,
// which people cannot stop and which axe-core counts as a critical accessibility failure: the page links
// to its still version, and a reload waits while someone is typing in a field.
(function () {
  'use strict';
  var seconds = Number(document.currentScript.getAttribute('data-refresh-seconds'));
  if (!(seconds > 0)) {
    return;
  }
  function typing() {
    var active = document.activeElement;
    return active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && active.value !== '';
  }
  setInterval(function () {
    if (!typing()) {
      window.location.reload();
    }
  }, seconds * 1000);
})();
