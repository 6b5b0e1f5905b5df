// The reset link carries its token after "#", which browsers never send to a server, so no access
// log or proxy keeps it. This hands it to the form, hides the field a person would paste it into,
// and removes it from the address bar and history.
(function () {
  'use strict';
  var match = /(?:^#|&)t=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  var field = document.getElementById('token');
  if (!match || !field) {
    return;
  }
  if (!field.value) {
    field.value = match[1];
    var row = document.getElementById('token-row');
    if (row) {
      row.hidden = true;
    }
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  var next = document.getElementById('newPassword');
  if (next) {
    next.focus();
  }
})();
