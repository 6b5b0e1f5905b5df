// TIPNet door scanner. Checks people in by camera (QR) or typed code, and keeps working through a
// network drop: signed tickets are verified on this device with the event's Ed25519 public key
// (WebCrypto), scans made offline wait in a local queue and are synced when the network returns.
// The server decides in the end: a ticket checked in on two devices counts once.
(function () {
  'use strict';

  var root = document.getElementById('scanner');
  if (!root) {
    return;
  }
  var T = JSON.parse(document.getElementById('scan-texts').textContent);
  var cfg = root.dataset;
  var QUEUE_KEY = 'tipnet.scan.queue.' + cfg.eventId;
  var STATE_KEY = 'tipnet.scan.state.' + cfg.eventId;
  var PREFIX = 'T1.';

  var els = {
    status: document.getElementById('scan-status'),
    limits: document.getElementById('scan-limits'),
    result: document.getElementById('scan-result'),
    form: document.getElementById('scan-form'),
    code: document.getElementById('scan-code'),
    queue: document.getElementById('scan-queue'),
    attention: document.getElementById('scan-attention'),
    camera: document.getElementById('scan-camera'),
    video: document.getElementById('scan-video')
  };

  var state = {
    online: true,
    key: null,            // CryptoKey for Ed25519 verification
    publicKey: null,      // the same key as the server sent it, to keep on the device
    byId: new Map(),      // registration id -> participant (confirmed only)
    byCode: new Map(),    // typed code -> registration id
    revokedIds: new Set(),
    revokedCodes: new Set(),
    onlineIds: new Set(), // registration ids of online participants: their ticket is no entry at the door
    seen: new Map(),      // registration id -> ISO time of arrival known here
    serials: new Map(),   // registration id -> its newest ticket's serial, where a ticket was replaced
    asOf: null,           // when the roster was last fetched
    reopened: false,      // opened without network: working from what the device kept, without names
    syncing: false
  };

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)] == null ? '' : values[Number(i)]; });
  }

  var clock = new Intl.DateTimeFormat(cfg.lang === 'th' ? 'th-TH' : 'en-GB',
    { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Bangkok' });

  function hhmm(iso) {
    return clock.format(new Date(iso));
  }

  // ---- the local queue (scan ids, codes and times only: no names are stored on the device) ----

  function loadQueue() {
    try {
      return JSON.parse(localStorage.getItem(QUEUE_KEY)) || [];
    } catch (e) {
      return [];
    }
  }

  function saveQueue(queue) {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    showQueue();
  }

  function enqueue(code) {
    var queue = loadQueue();
    queue.push({ id: (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()), code: code, at: new Date().toISOString() });
    saveQueue(queue);
  }

  function showQueue() {
    var n = loadQueue().length;
    els.queue.textContent = n > 0 ? fill(T.queued, [n]) : '';
  }

  // ---- what the device keeps for a page reopened offline ----
  // The public key, the revocation list, replaced tickets' serials and who arrived, by registration
  // id. Never names or the codes of valid tickets: a lost phone must not give away the participants.

  function remember() {
    var seen = {};
    state.seen.forEach(function (at, id) { seen[id] = at; });
    var serials = {};
    state.serials.forEach(function (serial, id) { serials[id] = serial; });
    localStorage.setItem(STATE_KEY, JSON.stringify({ publicKey: state.publicKey, asOf: state.asOf, seen: seen,
      serials: serials, revokedIds: Array.from(state.revokedIds), revokedCodes: Array.from(state.revokedCodes),
      onlineIds: Array.from(state.onlineIds) }));
  }

  async function restore() {
    var kept;
    try {
      kept = JSON.parse(localStorage.getItem(STATE_KEY));
    } catch (e) {
      kept = null;
    }
    if (!kept || !kept.publicKey) {
      return;
    }
    state.publicKey = kept.publicKey;
    state.key = await importKey(kept.publicKey);
    state.asOf = kept.asOf;
    state.seen = new Map(Object.entries(kept.seen || {}));
    state.serials = new Map(Object.entries(kept.serials || {}));
    state.revokedIds = new Set(kept.revokedIds || []);
    state.revokedCodes = new Set(kept.revokedCodes || []);
    state.onlineIds = new Set(kept.onlineIds || []);
    state.reopened = true;
  }

  function markSeen(id, at) {
    state.seen.set(id, at);
    remember();
  }

  // ---- talking to the server ----

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[cfg.csrfHeader] = cfg.csrf;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' });
  }

  function setOnline(online) {
    state.online = online;
    root.classList.toggle('is-offline', !online);
    if (online) {
      // Those expected at the door: online participants attend through their join link.
      var arrived = 0;
      var expected = 0;
      state.byId.forEach(function (p, id) {
        if (state.onlineIds.has(id)) {
          return;
        }
        expected++;
        if (state.seen.has(id)) {
          arrived++;
        }
      });
      els.status.textContent = T.ready + (state.asOf ? ' · ' + fill(T.lastSync, [hhmm(state.asOf)]) : '')
        + ' · ' + fill(T.arrived, [arrived, expected]);
      els.limits.hidden = true;
    } else {
      els.status.textContent = T.offline;
      els.limits.textContent = '';
      if (state.reopened) {
        var reopened = document.createElement('strong');
        reopened.textContent = T.reopened;
        els.limits.appendChild(reopened);
      }
      els.limits.appendChild(document.createTextNode(fill(T.offlineLimits, [state.asOf ? hhmm(state.asOf) : '—'])));
      els.limits.hidden = false;
    }
  }

  async function importKey(raw) {
    return crypto.subtle.importKey('raw', b64url(raw), { name: 'Ed25519' }, false, ['verify']);
  }

  async function refreshRoster() {
    var response = await fetch(cfg.rosterUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) {
      throw new Error('roster ' + response.status);
    }
    var roster = await response.json();
    if (roster.publicKey !== state.publicKey) {
      state.key = await importKey(roster.publicKey);
      state.publicKey = roster.publicKey;
    }
    state.byId = new Map();
    state.byCode = new Map();
    state.serials = new Map();
    state.onlineIds = new Set();
    roster.participants.forEach(function (p) {
      state.byId.set(p.id, p);
      if (p.mode === 'ONLINE') {
        state.onlineIds.add(p.id);
      }
      if (p.code) {
        state.byCode.set(p.code, p.id);
      }
      if (p.checkedInAt) {
        state.seen.set(p.id, p.checkedInAt);
      }
      if (p.serial > 1) {
        state.serials.set(p.id, p.serial);
      }
    });
    state.revokedIds = new Set(roster.revoked.filter(function (r) { return r.id; }).map(function (r) { return r.id; }));
    state.revokedCodes = new Set(roster.revoked.map(function (r) { return r.code; }).filter(Boolean));
    state.asOf = roster.asOf;
    state.reopened = false;
    remember();
  }

  var SYNC_CHUNK = 200;

  /** Sends the queue in chunks (and refreshes the roster); reports what the server said about queued scans. */
  async function sync() {
    if (state.syncing) {
      return;
    }
    state.syncing = true;
    try {
      var sentTotal = 0;
      for (var queue = loadQueue(); queue.length > 0; queue = loadQueue()) {
        var chunk = queue.slice(0, SYNC_CHUNK);
        var response = await post(cfg.syncUrl, { scans: chunk });
        if (!response.ok && response.status >= 500) {
          throw new Error('sync ' + response.status);
        }
        var sent = new Set(chunk.map(function (s) { return s.id; }));
        if (!response.ok) {
          // Refused as a whole (signed out, or malformed): say so, and keep the scans for a retry
          // after signing in again, unless the server will never take them.
          attention(fill(T.syncedProblem, [String(response.status)]));
          if (response.status === 401 || response.status === 403) {
            break;
          }
          saveQueue(loadQueue().filter(function (s) { return !sent.has(s.id); }));
          continue;
        }
        var answer = await response.json();
        saveQueue(loadQueue().filter(function (s) { return !sent.has(s.id); }));
        sentTotal += chunk.length;
        answer.results.forEach(function (r) {
          if (r.participant) {
            markSeen(r.participant.id, r.at);
          }
          if (r.outcome === 'REFUSED') {
            attention(fill(T.syncedProblem, [r.problem]));
          } else if (r.outcome === 'ALREADY_CHECKED_IN') {
            attention(fill(T.alreadyHere, [r.participant.name, r.atText]));
          }
        });
      }
      if (sentTotal > 0) {
        attention(fill(T.synced, [sentTotal]));
      }
      await refreshRoster();
      setOnline(true);
    } catch (e) {
      setOnline(false);
    } finally {
      state.syncing = false;
    }
  }

  function attention(text) {
    var li = document.createElement('li');
    li.textContent = hhmm(new Date().toISOString()) + ' · ' + text;
    els.attention.prepend(li);
  }

  // ---- deciding a scan ----

  function show(kind, title, detail) {
    els.result.hidden = false;
    els.result.className = 'scan-result ' + kind;
    els.result.textContent = '';
    var strong = document.createElement('strong');
    strong.textContent = title;
    els.result.appendChild(strong);
    if (detail) {
      var p = document.createElement('span');
      p.textContent = detail;
      els.result.appendChild(p);
    }
  }

  function describe(p) {
    return p.group + ' · ' + (T['mode' + p.mode] || p.mode);
  }

  async function handle(text) {
    var code = (text || '').trim();
    if (!code) {
      return;
    }
    if (state.online) {
      try {
        var response = await post(cfg.syncUrl, { scans: [{ id: 'now', code: code, at: new Date().toISOString() }] });
        if (response.ok) {
          var r = (await response.json()).results[0];
          showServerAnswer(r);
          if (r.participant) {
            markSeen(r.participant.id, r.at);
          }
          return;
        }
        if (response.status < 500) {
          var problem = await response.json().catch(function () { return {}; });
          show('refused', problem.detail || problem.title || String(response.status));
          return;
        }
        throw new Error('server ' + response.status);
      } catch (e) {
        setOnline(false);
      }
    }
    await decideOffline(code);
  }

  function showServerAnswer(r) {
    if (r.outcome === 'CHECKED_IN') {
      show('ok', fill(T.checkedIn, [r.participant.name]), describe(r.participant));
    } else if (r.outcome === 'ALREADY_CHECKED_IN') {
      show('warn', fill(T.already, [r.atText]), r.participant.name + ' · ' + describe(r.participant));
    } else {
      show('refused', r.problem);
    }
  }

  async function decideOffline(code) {
    var id;
    if (!state.key) {
      // Never reached the server since the page opened: nothing to verify against.
      show('warn', T.notReady);
      return;
    }
    if (code.indexOf(PREFIX) === 0) {
      var ticket = await verifyTicket(code);
      if (!ticket.valid) {
        show('refused', T.forged);
        return;
      }
      if (ticket.eventId !== cfg.eventId) {
        show('refused', T.otherEvent);
        return;
      }
      id = ticket.registrationId;
      var newest = state.serials.get(id);
      if (newest && ticket.serial < newest) {
        // Replaced when the participant changed mode: only the newest ticket admits.
        show('refused', T.revoked);
        return;
      }
    } else {
      // As the server stores typed codes: upper case, without spaces or dashes.
      var normal = code.replace(/[\s-]/g, '').toUpperCase();
      id = state.byCode.get(normal);
      if (!id) {
        show(state.revokedCodes.has(normal) ? 'refused' : 'warn', state.revokedCodes.has(normal) ? T.revoked : T.unknownOffline);
        return;
      }
    }
    if (state.revokedIds.has(id)) {
      show('refused', T.revoked);
      return;
    }
    var p = state.byId.get(id);
    if (state.onlineIds.has(id)) {
      // As the server decides: an online ticket is no entry at the door.
      show('refused', T.online, p ? p.name + ' · ' + describe(p) : '');
      return;
    }
    if (state.seen.has(id)) {
      show('warn', fill(T.already, [hhmm(state.seen.get(id))]), p ? p.name + ' · ' + describe(p) : '');
      return;
    }
    markSeen(id, new Date().toISOString());
    enqueue(code);
    if (p) {
      show('ok', fill(T.checkedInOffline, [p.name]), describe(p));
    } else {
      // A valid signature for this event: let them in. Either they were confirmed after the last
      // roster, or the page was reopened offline and has no names at all.
      show('warn', state.reopened ? T.validReopened : T.notInRosterOffline);
    }
  }

  function b64url(text) {
    var s = text.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) {
      s += '=';
    }
    var bin = atob(s);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      bytes[i] = bin.charCodeAt(i);
    }
    return bytes;
  }

  function uuid(bytes) {
    var hex = Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /**
   * A ticket is T1.<payload>.<signature>. The payload is format 2 (37 bytes: 2, the event id, the
   * registration id, the ticket serial as a 32-bit integer) or format 1 (33 bytes, serial 1).
   */
  async function verifyTicket(text) {
    var parts = text.slice(PREFIX.length).split('.');
    if (parts.length !== 2 || !state.key) {
      return { valid: false };
    }
    try {
      var payload = b64url(parts[0]);
      var signature = b64url(parts[1]);
      var withSerial = payload.length === 37 && payload[0] === 2;
      if (!withSerial && !(payload.length === 33 && payload[0] === 1)) {
        return { valid: false };
      }
      var valid = await crypto.subtle.verify({ name: 'Ed25519' }, state.key, signature, payload);
      var serial = withSerial ? new DataView(payload.buffer).getInt32(33) : 1;
      return { valid: valid, eventId: uuid(payload.slice(1, 17)), registrationId: uuid(payload.slice(17, 33)), serial: serial };
    } catch (e) {
      return { valid: false };
    }
  }

  // ---- the camera ----

  var camera = { stream: null, timer: null, last: null, lastAt: 0 };

  async function startCamera() {
    if (typeof jsQR !== 'function' || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      show('warn', T.cameraUnavailable);
      return;
    }
    try {
      camera.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (e) {
      show('warn', T.cameraUnavailable);
      return;
    }
    els.video.srcObject = camera.stream;
    els.video.hidden = false;
    await els.video.play();
    els.camera.textContent = T.cameraOff;
    root.classList.add('is-scanning');
    var canvas = document.createElement('canvas');
    var context = canvas.getContext('2d', { willReadFrequently: true });
    camera.timer = setInterval(function () {
      var w = els.video.videoWidth;
      var h = els.video.videoHeight;
      if (!w || !h) {
        return;
      }
      var scale = Math.min(1, 640 / w);
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      context.drawImage(els.video, 0, 0, canvas.width, canvas.height);
      var image = context.getImageData(0, 0, canvas.width, canvas.height);
      var found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      // The same code in front of the camera is one scan, not one per frame.
      if (found && found.data && (found.data !== camera.last || Date.now() - camera.lastAt > 4000)) {
        camera.last = found.data;
        camera.lastAt = Date.now();
        if (navigator.vibrate) {
          navigator.vibrate(80);
        }
        handle(found.data);
      }
    }, 250);
  }

  function stopCamera() {
    clearInterval(camera.timer);
    if (camera.stream) {
      camera.stream.getTracks().forEach(function (t) { t.stop(); });
    }
    camera.stream = null;
    els.video.hidden = true;
    els.camera.textContent = T.cameraOn;
    root.classList.remove('is-scanning');
  }

  // ---- opening again without network ----

  /** Installs the offline shell and has it keep this page, its scripts and its styles. */
  async function keepForOffline() {
    if (!cfg.workerUrl || !('serviceWorker' in navigator) || !('caches' in window)) {
      return false;
    }
    await navigator.serviceWorker.register(cfg.workerUrl, { scope: location.pathname });
    var registration = await navigator.serviceWorker.ready;
    var urls = [location.pathname + location.search];
    document.querySelectorAll('script[src], link[rel=stylesheet][href]').forEach(function (el) {
      urls.push(el.getAttribute('src') || el.getAttribute('href'));
    });
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (e) { resolve(!e.data.error); };
      registration.active.postMessage({ type: 'keep', urls: urls }, [channel.port2]);
    });
  }

  // ---- wiring ----

  els.form.addEventListener('submit', function (e) {
    e.preventDefault();
    var code = els.code.value;
    els.code.value = '';
    handle(code).then(function () { els.code.focus(); });
  });
  els.camera.addEventListener('click', function () {
    if (camera.stream) {
      stopCamera();
    } else {
      startCamera();
    }
  });
  window.addEventListener('online', sync);
  window.addEventListener('offline', function () { setOnline(false); });
  // Every 20 s: send what waits and fetch new revocations; after a drop this is what brings it back.
  setInterval(sync, 20000);
  showQueue();
  restore().catch(function () { /* nothing usable kept: as on a first visit */ })
    .then(sync)
    .then(function () {
      root.dataset.ready = 'true';
      return state.online ? keepForOffline() : false;
    })
    .then(function (kept) {
      root.dataset.offlineReady = String(kept);
    }, function () {
      root.dataset.offlineReady = 'false';
    });
})();
