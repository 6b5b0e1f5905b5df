// TIPNet door scanner, offline shell. A phone may reload a tab it put to sleep, or the volunteer may
// close it, while the network is down: this worker keeps the scanner page and its scripts and
// styles on the device so the page opens again without network. It is registered with the scanner
// page's own path as its scope, so it controls nothing else.
//
// What it keeps: the page (no participant data: the roster is fetched by the page and never
// stored here) and the same-origin scripts, styles and images the page names. Everything is
// fetched from the network first, so the newest version wins whenever the server answers; the
// kept copy is used only when the network fails or does not answer in time.
'use strict';

var CACHE = 'tipnet-scanner-v1';
var NETWORK_WAIT_MS = 4000;
var ASSET = /^\/(css|js|images|webjars)\//;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

/** The page asks to keep these URLs (itself and what it loads); the answer says when they are kept. */
self.addEventListener('message', function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  if (data.type !== 'keep' || !Array.isArray(data.urls)) {
    return;
  }
  var urls = data.urls.filter(sameOrigin);
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) {
      return Promise.all(urls.map(function (url) {
        return fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
          return keepable(response) ? cache.put(url, response) : undefined;
        });
      }));
    })
    .then(function () { if (port) { port.postMessage({ kept: urls.length }); } },
          function (e) { if (port) { port.postMessage({ error: String(e) }); } }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) {
    return;
  }
  var path = new URL(request.url).pathname;
  var shell = request.mode === 'navigate' || ASSET.test(path);
  if (!shell) {
    // The roster and everything else: network only, never kept (it holds participants' names).
    return;
  }
  event.respondWith(networkFirst(request));
});

function networkFirst(request) {
  var network = fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
    }
    return response;
  });
  // A dropped network often does not refuse at once, it just does not answer: after a few
  // seconds the kept copy is better than a spinner at the door.
  var late = new Promise(function (resolve) { setTimeout(resolve, NETWORK_WAIT_MS); }).then(kept(request));
  return Promise.race([network, late.then(function (r) { return r || network; })])
    .catch(function () { return kept(request)().then(function (r) { return r || Response.error(); }); });
}

function kept(request) {
  return function () {
    return caches.open(CACHE).then(function (cache) { return cache.match(request, { ignoreVary: true }); });
  };
}

// Only the page itself as the signed-in organiser saw it: not a sign-in page it was redirected to.
function keepable(response) {
  return response && response.ok && !response.redirected && response.type === 'basic';
}

function sameOrigin(url) {
  return new URL(url, self.location.href).origin === self.location.origin;
}
