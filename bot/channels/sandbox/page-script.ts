/**
 * The sandbox page's script (plain browser JS, inline). Every piece of data reaches the DOM via
 * textContent or element properties, never innerHTML, so message text cannot inject markup.
 * (Kept free of backticks and dollar-brace so it can live in this template string.)
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('sandbox-config').textContent);
  var S = cfg.strings;
  var base = location.pathname.replace(/\/?$/, '/');
  var GUESTS_KEY = 'dlxh-sandbox-guests';
  var state = { account: null, cursor: 0, nodes: new Map(), labels: new Map(), busy: false, personas: [] };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }
  function showError(message) {
    var box = $('error');
    box.textContent = message || S['error-generic'];
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(function () { box.hidden = true; }, 6000);
  }
  function api(path, body) {
    var init = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {};
    return fetch(base + path, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) throw new Error(data.message || S['error-generic']);
        return data;
      });
    });
  }
  function guests() {
    try { return JSON.parse(localStorage.getItem(GUESTS_KEY) || '[]'); } catch (e) { return []; }
  }
  function roleLabel(role) { return S['role-' + role] || role; }

  function personaItem(account, name, meta, role) {
    var li = el('li');
    li.tabIndex = 0;
    li.dataset.account = account;
    li.append(el('div', 'name', name), el('div', 'meta', meta));
    var pick = function () { select(account, name, meta, role); };
    li.addEventListener('click', pick);
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter') pick(); });
    if (account === state.account) li.classList.add('active');
    return li;
  }
  function renderPersonas() {
    var list = $('personas');
    list.replaceChildren();
    guests().forEach(function (id) { list.append(personaItem(id, S.guest + ' ' + id, S.unregistered)); });
    state.personas.forEach(function (p) {
      var meta = roleLabel(p.role) + ' · ' + p.unit + (p.status !== 'active' ? ' · ' + S.inactive : '');
      list.append(personaItem(p.accountId, p.name, meta, p.role));
    });
    if (list.children.length === 0) list.append(el('li', 'empty', S['empty-list']));
  }
  function loadPersonas() {
    return api('api/personas').then(function (data) { state.personas = data.personas; renderPersonas(); }, function (e) { showError(e.message); });
  }

  function select(account, title, sub, role) {
    state.account = account;
    var link = $('open-console');
    link.hidden = role !== 'official' && role !== 'admin';
    link.href = base + 'console/' + encodeURIComponent(account);
    state.cursor = 0;
    state.nodes.clear();
    $('messages').replaceChildren();
    $('chat-title').textContent = title;
    $('chat-sub').textContent = sub;
    ['text', 'send', 'photo', 'toggle-location', 'block'].forEach(function (id) { $(id).disabled = false; });
    Array.prototype.forEach.call($('personas').children, function (li) { li.classList.toggle('active', li.dataset.account === account); });
    $('text').focus();
    poll();
  }

  function describeInbound(p) {
    if (p.type === 'text') return p.text;
    if (p.type === 'choice') return '🔘 ' + S.choice + ': ' + (state.labels.get(p.data) || p.data);
    if (p.type === 'location') return '📍 ' + S.location + ': ' + p.latitude + ', ' + p.longitude;
    if (p.type === 'media') return '🖼 ' + S['photo-sent'] + (p.caption ? '\n' + p.caption : '');
    return p.type;
  }
  function renderOutbound(p, bubble) {
    if (p.type === 'media') {
      bubble.append(el('div', 'media', (p.kind === 'photo' ? '🖼 ' + S.photo : '📄 ' + S.document) + ': ' + (p.fileName || p.source)));
      if (p.caption) bubble.append(el('div', 'text', p.caption));
    } else {
      bubble.append(el('div', 'text', p.text));
    }
    if (p.choices && p.choices.length) {
      var row = el('div', 'choices');
      p.choices.forEach(function (c) {
        state.labels.set(c.data, c.label);
        var b = el('button', null, c.label);
        b.type = 'button';
        b.addEventListener('click', function () { send({ choice: c.data }); });
        row.append(b);
      });
      bubble.append(row);
    }
    if (p.requestLocation) bubble.append(el('div', 'hint', '📍 ' + S['location-requested']));
  }
  function renderMessage(m) {
    var wrap = el('div', 'msg ' + (m.direction === 'in' ? 'msg-in' : 'msg-out') + (m.status === 'failed' ? ' msg-failed' : ''));
    var bubble = el('div', 'bubble');
    if (m.direction === 'in') bubble.textContent = describeInbound(m.payload || {});
    else renderOutbound(m.payload || {}, bubble);
    wrap.append(bubble);
    if (m.status === 'failed') wrap.append(el('div', 'note', S.failed));
    wrap.append(el('div', 'time', new Date(m.at).toLocaleTimeString(cfg.lang === 'en' ? 'en-GB' : 'vi-VN')));
    return wrap;
  }
  function upsert(m) {
    var node = renderMessage(m);
    var old = state.nodes.get(m.id);
    if (old) old.replaceWith(node); else $('messages').append(node);
    state.nodes.set(m.id, node);
    if (m.direction === 'out' && m.payload && m.payload.requestLocation) openLocation();
  }

  function poll() {
    if (!state.account || state.busy) return Promise.resolve();
    var account = state.account;
    state.busy = true;
    return api('api/messages?account=' + encodeURIComponent(account) + '&after=' + state.cursor).then(function (data) {
      if (account !== state.account) return;
      var box = $('messages');
      var atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
      data.messages.forEach(upsert);
      state.cursor = data.cursor;
      $('block').checked = data.blocked;
      if (data.messages.length && atBottom) box.scrollTop = box.scrollHeight;
    }, function (e) { showError(e.message); }).then(function () { state.busy = false; });
  }

  /** One id per user action: a resend after a network error is recognised as the same update. */
  function send(body) {
    if (!state.account) return Promise.resolve(false);
    var payload = Object.assign({ account: state.account, id: uuid(), lang: cfg.lang }, body);
    var attempt = function () { return api('api/send', payload); };
    return attempt().catch(function (e) {
      if (e instanceof TypeError) return attempt();
      throw e;
    }).then(function () { poll(); return true; }, function (e) { showError(e.message); poll(); return false; });
  }
  /** A text over the per-message limit, cut at spaces (never inside a surrogate pair), as Telegram does. */
  function splitLong(text, max) {
    var out = [], rest = text;
    while (rest.length > max) {
      var cut = rest.lastIndexOf(' ', max);
      if (cut < max / 2) cut = max;
      var code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^\s+/, '');
    }
    out.push(rest);
    return out;
  }
  /** The parts one after the other; the first that fails stops the rest (the text stays in the box). */
  function sendParts(parts) {
    return parts.reduce(function (p, part) {
      return p.then(function (ok) { return ok ? send({ text: part }) : false; });
    }, Promise.resolve(true));
  }
  function openLocation() { $('location-panel').hidden = false; }

  function wire() {
    $('title').textContent = S.title;
    document.title = S.title;
    $('intro').textContent = S.intro;
    $('personas-title').textContent = S.personas;
    $('refresh').textContent = S.refresh;
    $('new-guest').textContent = S['new-guest'];
    $('chat-title').textContent = S['no-persona'];
    // A newcomer's first screen says where to start (picking a person replaces it).
    var start = document.createElement('p');
    start.id = 'start-hint';
    start.textContent = S['start-hint'];
    $('messages').append(start);
    $('block-label').textContent = S.block;
    $('open-console').textContent = S['open-console'];
    $('lat-label').textContent = S.latitude;
    $('lng-label').textContent = S.longitude;
    if (cfg.defaultLocation) {
      $('lat').value = cfg.defaultLocation.lat;
      $('lng').value = cfg.defaultLocation.lng;
    }
    $('send-location').textContent = '📍 ' + S['send-location'];
    $('text').placeholder = S['input-placeholder'];
    // No cut at the limit (a paste was lost there): the limit is said before it is hit, and a longer
    // text leaves in parts as Telegram sends it; the bot joins them (bot/engine/long-text.ts).
    var lengthHint = document.createElement('div');
    lengthHint.className = 'hint';
    lengthHint.id = 'length-hint';
    lengthHint.hidden = true;
    $('composer').appendChild(lengthHint);
    $('text').addEventListener('input', function () {
      var n = $('text').value.length;
      lengthHint.hidden = n < cfg.maxText * 0.8;
      lengthHint.textContent = n + '/' + cfg.maxText + ' · ' + S['long-hint'];
    });
    $('send').textContent = S.send;
    $('photo').textContent = '🖼 ' + S['send-photo'];
    $('toggle-location').textContent = '📍';
    $('toggle-location').title = S['send-location'];
    $('refresh').addEventListener('click', loadPersonas);
    $('new-guest').addEventListener('click', function () {
      api('api/personas/new', {}).then(function (data) {
        localStorage.setItem(GUESTS_KEY, JSON.stringify([data.accountId].concat(guests())));
        renderPersonas();
        select(data.accountId, S.guest + ' ' + data.accountId, S.unregistered);
      }, function (e) { showError(e.message); });
    });
    $('composer').addEventListener('submit', function (e) {
      e.preventDefault();
      var input = $('text');
      if (!input.value.trim()) return;
      sendParts(splitLong(input.value, cfg.maxText)).then(function (ok) {
        if (ok) { input.value = ''; lengthHint.hidden = true; }
      });
    });
    $('photo').addEventListener('click', function () { send({ photo: true }); });
    $('toggle-location').addEventListener('click', function () { $('location-panel').hidden = !$('location-panel').hidden; });
    $('send-location').addEventListener('click', function () {
      var latText = $('lat').value.trim(), lngText = $('lng').value.trim();
      var lat = Number(latText), lng = Number(lngText);
      if (!latText || !lngText || !isFinite(lat) || !isFinite(lng)) { $(latText ? 'lng' : 'lat').focus(); return; }
      send({ location: { lat: lat, lng: lng } }).then(function (ok) { if (ok) $('location-panel').hidden = true; });
    });
    $('block').addEventListener('change', function (e) {
      var box = e.target;
      api('api/block', { account: state.account, blocked: box.checked, lang: cfg.lang }).then(poll, function (err) {
        box.checked = !box.checked;
        showError(err.message);
      });
    });
    setInterval(poll, cfg.pollMs);
  }

  wire();
  loadPersonas();
})();
`;
