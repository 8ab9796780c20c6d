// Binding Words team page: one seat's view of a table, served by the host.
// Plain ES2017, no build step, no dependencies. Everything shown comes from
// the host (the public scenario over HTTP, then numbered messages on one
// WebSocket); the page never predicts a move. All data reaches the DOM as
// text (textContent, createElement), never as HTML: team names are typed
// by students.
'use strict';
(function () {
  var sc = null;      // public scenario (rules.PublicScenario)
  var room = '';      // room code
  var token = '';     // the seat's secret
  var seat = -1;      // own delegation, -1 for a spectator
  var brief = null;   // own brief (wire.Brief)
  var st = null;      // table state (wire.State)
  var teams = [];     // wire.Team list
  var lines = [];     // wire.Line list, oldest first
  var last = 0;       // last sequence number seen
  var topLine = -1;   // highest event index shown
  var ws = null, wait = 500, timer = 0, opened = false, refusedWhy = '';
  var outbox = {};    // unacknowledged moves by client id
  var sending = '';   // id of the move the panel waits for
  var refusal = '';   // the host's reason for the last refused move
  var done = '';      // a word after the last acknowledged move
  var pkg = [];       // changes of the amendment being prepared
  var pick = -1;       // the clause whose wordings are shown
  var pkgRound = 0, tooMany = false;
  var clockAt = 0, tick = 0, movesKey = '', movesBase = '', wasMine = false;
  var prefix = Math.random().toString(36).slice(2, 8), count = 0;

  function $(id) { return document.getElementById(id); }

  // el builds an element: attrs sets attributes, a few properties (class,
  // text, checked, disabled, selected, value) and a click handler (on);
  // kids are nodes or strings (always as text).
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k === 'on') e.addEventListener('click', v);
        else if (k === 'checked' || k === 'disabled' || k === 'selected' || k === 'value') e[k] = v;
        else if (k === 'style') for (var p in v) e.style[p] = v[p]; // CSSOM: the host's CSP forbids style attributes
        else e.setAttribute(k, v);
      }
    }
    add(e, kids);
    return e;
  }
  function add(e, kids) {
    if (kids === undefined || kids === null) return e;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (k) {
      if (k === null || k === undefined || k === false) return;
      e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
    });
    return e;
  }
  function fill(id, kids) {
    var e = typeof id === 'string' ? $(id) : id;
    while (e.firstChild) e.removeChild(e.firstChild);
    return add(e, kids);
  }

  // --- storage: the token per room, so a reload keeps the seat ---
  function store(code, v) {
    try {
      if (v) localStorage.setItem('bw:' + code, JSON.stringify(v));
      else localStorage.removeItem('bw:' + code);
    } catch (e) { /* private mode: the seat lasts as long as the page */ }
  }
  function stored(code) {
    try { return JSON.parse(localStorage.getItem('bw:' + code) || 'null'); } catch (e) { return null; }
  }

  // --- words ---
  function party(p) { return sc && sc.Parties[p] ? sc.Parties[p].Name : '?'; }
  function team(p) {
    for (var i = 0; i < teams.length; i++) if (teams[i].party === p) return teams[i];
    return null;
  }
  function active(p) { var t = team(p); return !t || t.kind !== 'out'; }
  function names(ps) { return ps.map(party).join(', '); }
  function slot(s) { return sc.Slots[s]; }
  function label(s, o) { return sc.Slots[s].Options[o].Label; }
  function pct(t) { return (t / 10).toFixed(1) + '%'; }
  function signed(n) { return n > 0 ? '+' + n : n < 0 ? '\u2212' + (-n) : '0'; }
  function worth(s, o) { return brief ? brief.points[s][o] - brief.points[s][st.text[s]] + linkChange([{ slot: s, option: o }]) : 0; }
  // linkChange is what the brief's links (points for two wordings together)
  // add or take away when the changes cs are made to the draft.
  function linkChange(cs) {
    if (!brief || !brief.links) return 0;
    function at(s) { var o = st.text[s]; cs.forEach(function (c) { if (c.slot === s) o = c.option; }); return o; }
    return brief.links.reduce(function (a, l) {
      var before = st.text[l.if.slot] === l.if.option && st.text[l.and.slot] === l.and.option;
      var after = at(l.if.slot) === l.if.option && at(l.and.slot) === l.and.option;
      return a + (after && !before ? l.points : before && !after ? -l.points : 0);
    }, 0);
  }
  function forYou(n) { return n === 0 ? 'no change for you' : signed(n) + ' for you'; }
  function red(s, o) {
    return !!brief && brief.redLines.some(function (r) { return r.slot === s && r.option === o; });
  }
  function chip(p) { return swatch(sc && sc.Parties[p] ? sc.Parties[p].Colour : ''); }
  function swatch(c) {
    return el('span', { class: 'chip', 'aria-hidden': 'true', style: { background: /^#[0-9a-f]{6}$/i.test(c) ? c : '#888' } });
  }
  function lastI() { return lines.length ? lines[lines.length - 1].i : -1; }
  // formOf is the legal form document d has now: its form clause's, the
  // last (weakest) form once that clause has dropped out, or its fixed one.
  function formOf(d) {
    var doc = sc.Documents[d];
    if (st.result && st.result.Forms) return st.result.Forms[d];
    if (doc.FormSlot < 0) return doc.Form;
    var fsl = sc.Slots[doc.FormSlot];
    if (st.present && st.present.length && !st.present[fsl.Article]) return sc.Forms.length - 1;
    return fsl.Options[st.text[doc.FormSlot]].Form;
  }
  function announce(text) {
    var live = $('live');
    live.appendChild(el('p', { text: text }));
    while (live.childNodes.length > 6) live.removeChild(live.firstChild);
  }

  // --- join screen ---
  function showJoin(code, msg) {
    $('game').hidden = true;
    $('join').hidden = false;
    $('room').value = code || '';
    // Why the device is back on this screen (removed by the teacher, a
    // host that no longer knows it) goes at the top, where a phone shows
    // it; mistakes in the form go under the form.
    var why = $('j-why');
    why.textContent = msg || '';
    why.hidden = !msg;
    $('j-err').textContent = '';
    if (code) loadRoom(code);
    else $('room').focus();
  }

  function loadRoom(code) {
    room = code.trim().toUpperCase();
    $('j-err').textContent = '';
    getJSON('api/room?room=' + encodeURIComponent(room), 'No room with that code.').then(function (rm) {
      room = rm.code || room;
      // The scenario is needed after joining anyway; with it the choices
      // get their delegation's colour.
      return getScenario().catch(function () { return null; }).then(function () { return rm; });
    }).then(function (rm) {
      $('j-title').textContent = rm.title;
      var list = fill('j-parties');
      rm.teams.forEach(function (t) {
        if (t.kind === 'out') return;
        var ai = t.kind.indexOf('ai') === 0, status;
        if (ai) status = 'AI delegate: played by the computer';
        else if (t.team) status = 'Taken by ' + t.team + (t.devices ? ' \u00b7 ' + t.devices + (t.devices === 1 ? ' device' : ' devices') : ' \u00b7 away');
        else status = 'Free';
        var b = el('button', { type: 'button', class: 'party', disabled: ai, 'aria-pressed': 'false', 'data-party': t.id }, [
          chip(t.party),
          el('span', { class: 'pname', text: t.name }), ' ', el('span', { class: 'pstat', text: status })]);
        b.addEventListener('click', function () {
          Array.prototype.forEach.call(list.querySelectorAll('button'), function (x) { x.setAttribute('aria-pressed', 'false'); });
          b.setAttribute('aria-pressed', 'true');
          if (t.team && !$('team').value) $('team').value = t.team;
          if (!$('team').value) $('team').focus();
        });
        list.appendChild(el('li', null, b));
      });
      $('j-form').hidden = false;
    }).catch(function (e) {
      $('j-form').hidden = true;
      $('j-err').textContent = e.message;
    });
  }
  // getJSON fetches JSON, or fails with the host's plain-text sentence.
  function getJSON(url, fallback, opts) {
    return fetch(url, opts).then(function (r) {
      return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t.trim() || fallback); });
    }, function () { throw new Error('Cannot reach the host. Is this device on the class network?'); });
  }

  function join(partyID) {
    var name = $('team').value.trim();
    if (partyID && !name) { $('j-err').textContent = 'Give your team a name first.'; $('team').focus(); return; }
    $('j-err').textContent = '';
    getJSON('api/join', 'Could not join.', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ room: room, party: partyID, team: name }) }).then(function (rep) {
      store(room, { token: rep.token, seat: rep.seat });
      start(rep.token);
    }).catch(function (e) { $('j-err').textContent = e.message; });
  }

  // --- the game screen ---
  function start(tok) {
    token = tok;
    $('j-why').hidden = true;
    $('join').hidden = true;
    $('game').hidden = false;
    if (history.replaceState) history.replaceState(null, '', '?room=' + encodeURIComponent(room));
    fetchScenario();
    connect();
  }

  // getScenario fetches the room's public scenario once (the host lets the
  // browser cache it).
  var scFor = '';
  function getScenario() {
    if (sc && scFor === room) return Promise.resolve(sc);
    return getJSON('api/scenario?room=' + encodeURIComponent(room), 'No scenario.').then(function (s) {
      sc = s; scFor = room; slotIdx = null;
      return s;
    });
  }
  function fetchScenario() {
    getScenario().then(function () { renderAll(); }, function () { setTimeout(fetchScenario, 2000); });
  }

  function connect() {
    clearTimeout(timer);
    opened = false;
    conn('Connecting\u2026');
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    try { ws = new WebSocket(url); } catch (e) { retry(); return; }
    ws.onopen = function () {
      opened = true;
      // The numbers seen are this seat's: the host sends a full view if
      // the teacher has moved the team since.
      ws.send(JSON.stringify({ t: 'hello', token: token, last: last, lastSeat: seat }));
      // Moves never acknowledged go again: the host plays each id once.
      Object.keys(outbox).forEach(function (id) { ws.send(JSON.stringify(outbox[id])); });
    };
    ws.onmessage = function (ev) {
      var m;
      try { m = JSON.parse(ev.data); } catch (e) { return; }
      wait = 500;
      receive(m);
    };
    ws.onclose = function (ev) {
      ws = null;
      if (ev.code === 4001 || ev.code === 4003) { // the host does not know the token, or the teacher removed this device
        store(room, null);
        token = '';
        st = null;
        showJoin(room, ev.code === 4003 ? ev.reason || 'Your teacher removed this device.' : refusedWhy || ev.reason);
        return;
      }
      retry();
    };
    ws.onerror = function () { if (ws) ws.close(); };
  }
  function retry() {
    if (!token) return;
    conn('Reconnecting\u2026');
    clearTimeout(timer);
    timer = setTimeout(connect, wait);
    wait = Math.min(wait * 2, 5000);
  }
  function conn(text) {
    var c = $('b-conn');
    if (!st && text === 'Reconnecting\u2026' && refusedWhy) text = refusedWhy + ' Retrying\u2026';
    c.textContent = text;
    c.className = text ? 'warn' : '';
  }

  function receive(m) {
    if (m.t === 'error') { // not numbered: a refused hello, or a message the host could not use
      if (m.id && outbox[m.id]) { // a move over the rate, not played: send it again, slower
        setTimeout(function () { if (outbox[m.id] && ws && ws.readyState === 1) ws.send(JSON.stringify(outbox[m.id])); }, 1500);
        return;
      }
      refusedWhy = m.reason || '';
      if (!st) conn(refusedWhy);
      return;
    }
    if (m.t === 'ack' || m.t === 'refused') {
      // Answered by id, not by number: a move resent after a full view is
      // answered again with its first, older number.
      if (m.seq > last) last = m.seq;
      answered(m);
      return;
    }
    // A full view stands for everything up to its number; anything else
    // already seen is a duplicate after a reconnect.
    if (m.t !== 'full' && m.seq <= last) return;
    last = m.seq;
    refusedWhy = '';
    conn('');
    if (m.t === 'full') {
      var f = m.full, first = !st, moved = !first && f.seat !== seat;
      if (sc && f.scenarioHash && sc.Hash && f.scenarioHash !== sc.Hash) { sc = null; fetchScenario(); }
      seat = f.seat;
      if (moved) { // the teacher moved the team: another seat, another brief
        store(room, { token: token, seat: seat });
        pkg = []; pick = -1; done = refusal = ''; movesKey = ''; drawn = {};
      }
      brief = f.brief || null;
      teams = f.teams || [];
      st = f.state;
      clockAt = Date.now();
      var fresh = f.lines.filter(function (l) { return l.i > lastI(); });
      lines = f.lines.slice();
      renderAll();
      if (!first) say(fresh);
      if (moved && sc) announce(seat >= 0 ? 'Your teacher moved your team: you now play ' + party(seat) + '.' : 'Your teacher made this device a spectator.');
    } else if (m.t === 'update') {
      var u = m.update, top = lastI();
      fresh = (u.lines || []).filter(function (l) { return l.i > top; });
      lines = lines.concat(fresh);
      if (u.teams) teams = u.teams;
      if (u.state) { st = u.state; clockAt = Date.now(); }
      renderAll();
      say(fresh);
    }
  }
  function answered(m) {
    var was = outbox[m.id];
    if (!was) return;
    delete outbox[m.id];
    if (m.id !== sending) return;
    sending = '';
    if (m.t === 'refused') refusal = m.reason || 'The move was refused.';
    else {
      done = 'Done.';
      if (was.action.kind === 'table' || was.action.kind === 'pass') { pkg = []; pick = -1; }
    }
    movesKey = '';
    renderMoves();
    renderCall();
  }

  // say announces new lines in the live region: the news, votes, results.
  function say(ls) {
    ls.forEach(function (l) {
      if (/^(support|weight|trust|threshold|poll|phase|chose)$/.test(l.kind)) return; // who has chosen: the bar says how many still choose
      announce(l.text + (l.reason ? ' ' + quotedReason(l.reason) : ''));
    });
  }

  function send(action) {
    var id = prefix + '-' + (++count);
    var msg = { t: 'act', id: id, action: action };
    outbox[id] = msg;
    sending = id;
    refusal = done = '';
    if (ws && opened && ws.readyState === 1) ws.send(JSON.stringify(msg));
    movesKey = '';
    renderMoves();
  }

  function renderAll() {
    if (!sc || !st) return;
    document.title = (st.mine && st.mine.mustAct ? '\u25cf Your move \u2014 ' : '') + sc.Title;
    $('g-title').textContent = sc.Title + (seat >= 0 ? ' \u2014 ' + party(seat) : ' \u2014 watching');
    renderBar();
    renderMoves();
    renderCall();
    renderDraft();
    renderPolls();
    renderNews();
    renderBrief();
    renderLog();
    renderResult();
    var mine = !!(st.mine && st.mine.mustAct);
    if (mine && !wasMine) announce('Your move!');
    wasMine = mine;
  }

  // --- status bar ---
  var phaseWords = { table: 'Table', press: 'Press', signing: 'Signing', ended: 'Game over', news: 'News', polls: 'Polls' };
  function renderBar() {
    $('b-round').textContent = 'Round ' + st.round + ' of ' + st.rounds;
    $('b-phase').textContent = phaseWords[st.phase] || st.phase;
    var held = banner(), who, mine = !st.over && !held && st.mine && st.mine.mustAct;
    var pend = st.phase === 'table' && st.pending ? party(st.pending.party) + '\u2019s proposal' : '';
    if (st.over) who = 'See the result below.';
    else if (held) who = ''; // the banner says it
    else if (st.together) who = togetherWords(mine, pend);
    else if (mine) who = pend ? 'Vote on ' + pend + '.' : st.phase === 'table' ? 'Table an amendment, or pass.' :
      st.phase === 'press' ? 'Make your press statement.' : 'Sign the final text, or decline.';
    else if (pend) who = 'Vote on ' + pend + ': waiting for ' + names(st.toAct) + '.';
    else if (st.phase === 'table' && st.proposer >= 0) who = party(st.proposer) + ' may table an amendment.';
    else who = 'Waiting for ' + names(st.toAct) + '.';
    fill('b-who', mine ? [el('strong', { class: 'mine', text: 'Your move! ' }), who] : who);
    var b = $('b-banner');
    b.textContent = held;
    b.hidden = !held || st.over;
    $('bar').className = mine ? 'mine' : held ? 'paused' : '';
    fill('m-who', seat >= 0 ? [chip(seat), party(seat)] : 'Watching');
    clock();
  }
  // banner is why nobody may move now, as the teacher decided: the game
  // not started, paused, or this seat handed to an AI delegate; or ''.
  function banner() {
    if (st.over) return '';
    if (st.lobby) return 'Waiting for your teacher to start the game.';
    if (st.clock.paused) return 'Paused by your teacher.';
    if (st.mine && st.mine.ai) return 'An AI delegate is playing for your team.';
    return '';
  }

  // --- the together pace: every delegation chooses at once, sealed ---
  function chosen(p) { return !!(st.chosen && st.chosen[p]); }
  function delegations(n) { return n + (n === 1 ? ' delegation' : ' delegations'); }
  // togetherWords says where a together step stands for this seat: what
  // it may do, or that its choice is in and how many still choose (who
  // has chosen is public, what they chose is not until all are in).
  function togetherWords(mine, pend) {
    var n = st.toAct.length, still = delegations(n) + ' still choosing';
    if (mine) {
      if (pend) return 'Vote on ' + pend + ' \u2014 ' + still + '.';
      if (st.phase === 'table') return 'Table an amendment or pass \u2014 ' + still + '.';
      if (st.phase === 'press') return 'Make your press statement \u2014 revealed together; ' + still + '.';
      return 'Sign the final text or decline \u2014 revealed together; ' + still + '.';
    }
    var what = pend ? 'Your vote is in' : st.phase === 'press' ? 'Your statement is in' : st.phase === 'signing' ? 'Your decision is in' : 'Your choice is in';
    if (seat >= 0 && chosen(seat)) return what + ' \u2014 waiting for ' + delegations(n) + '.';
    return n ? 'Waiting for ' + delegations(n) + ': ' + names(st.toAct) + '.' : 'Revealing the choices\u2026';
  }
  function clock() {
    var c = st.clock, e = $('b-clock');
    clearTimeout(tick);
    if (!c.minutes || st.over) { e.textContent = ''; return; }
    // Held, the clock stands still where it stopped.
    var held = c.paused || st.lobby;
    var left = held ? c.left : Math.max(0, c.left - Math.floor((Date.now() - clockAt) / 1000));
    if (held) {
      e.textContent = Math.floor(left / 60) + ':' + ('0' + left % 60).slice(-2);
      e.className = 'held';
      e.setAttribute('aria-label', 'Clock stopped');
      return;
    }
    e.textContent = Math.floor(left / 60) + ':' + ('0' + left % 60).slice(-2);
    // Read out as words, not as a ratio; a screen reader is told of the
    // last 30 seconds by the live region instead of every second.
    e.setAttribute('aria-label', Math.ceil(left / 60) + (left > 60 ? ' minutes' : ' minute') + ' left in this round');
    e.className = left <= 30 ? 'warn' : '';
    if (left === 30) announce('30 seconds left in this round.');
    if (left > 0) tick = setTimeout(clock, 1000);
  }

  // --- your moves ---
  function renderMoves() {
    var mine = st.mine, my = seat;
    // A word on the last move lasts until the table moves on.
    var me = team(my), ai = !!(mine && mine.ai) || !!me && me.kind !== 'human' && me.kind !== 'out';
    // While the team may vote, the others' votes coming in change only the
    // list of votes: the buttons stay the same elements, so a tap or the
    // keyboard's focus on "Vote no" is not lost to a rebuilt one.
    var ballot = st.phase === 'table' && !st.over && !st.lobby && !ai && canVote();
    var pending = ballot ? JSON.stringify(st.pending, function (k, v) { return k === 'votes' ? undefined : v; }) : st.pending;
    var base = JSON.stringify([st.phase, st.round, st.over, st.text, st.bracketed, pending, mine, st.proposer, st.decisions, st.commitments.length, st.clock.paused, ai, st.lobby, ballot ? null : st.chosen, ballot ? null : st.toAct]);
    if (base !== movesBase) { movesBase = base; done = refusal = ''; }
    var key = base + sending + refusal + done;
    if (key === movesKey) { if (ballot) fillVotes(); return; }
    movesKey = key;
    var body = $('m-body'), focused = body.contains(document.activeElement);
    fill(body);
    if (my < 0) add(body, el('p', { text: 'You are watching. Only delegations make moves.' }));
    else if (st.lobby && !st.over) add(body, el('p', { class: 'lead', text: 'The game has not started yet: your teacher starts it when every team is ready. Read your brief meanwhile.' }));
    else if (ai && !st.over) add(body, el('p', { class: 'lead', text: 'An AI delegate is playing for your team: your teacher handed your delegation to it for now. You can still follow the game here.' }));
    else if (st.over) add(body, el('p', { text: 'The game is over. See the result above.' }));
    else if (st.phase === 'table' && st.pending) voteMoves(body);
    else if (st.phase === 'table' && st.together && mine.mustAct) tableMoves(body);
    else if (st.phase === 'table' && !st.together && st.proposer === my) tableMoves(body);
    else if (st.phase === 'press' && mine.mustAct) pressMoves(body);
    else if (st.phase === 'signing' && mine.mustAct) signMoves(body);
    else add(body, el('p', { text: waitingWords() }));
    if (sending) add(body, el('p', { class: 'note', role: 'status', text: 'Sending your move\u2026' }));
    if (refusal) add(body, el('p', { class: 'err', role: 'alert', text: 'Not played: ' + refusal }));
    else if (done && !sending) add(body, el('p', { class: 'note', role: 'status', text: done }));
    if (st.clock.paused && !st.lobby && !st.over) add(body, el('p', { class: 'note', text: 'Paused by your teacher: moves wait until the game goes on.' }));
    if (sending || st.clock.paused) Array.prototype.forEach.call(body.querySelectorAll('button,input,select'), function (b) { b.disabled = true; });
    if (focused) $('h-moves').focus();
  }
  function waitingWords() {
    if (st.together) return togetherWords(false, '');
    if (st.phase === 'signing') {
      var d = st.decisions[seat];
      return (d === 'yes' ? 'You signed. ' : d === 'no' ? 'You declined to sign. ' : '') + 'Waiting for ' + names(st.toAct) + '.';
    }
    if (st.phase === 'press') return 'You have made your statement. Waiting for ' + names(st.toAct) + '.';
    if (st.phase === 'table') return 'Not your turn to table. ' + (st.proposer >= 0 ? party(st.proposer) + ' may table now.' : '');
    return 'Waiting.';
  }

  function changeWords(c) {
    var s = slot(c.slot), from = st.text[c.slot];
    if (from === c.option) return s.Name + ': keep \u201c' + label(c.slot, c.option) + '\u201d and remove the brackets';
    return s.Name + ': \u201c' + label(c.slot, from) + '\u201d \u2192 \u201c' + label(c.slot, c.option) + '\u201d';
  }
  function worthTag(n) { return el('span', { class: n > 0 ? 'up' : n < 0 ? 'down' : 'flat', text: forYou(n) }); }
  function total(cs) {
    return cs.reduce(function (a, c) { return a + worth(c.slot, c.option) - linkChange([c]); }, 0) + linkChange(cs);
  }

  function ifAdopted(cs) {
    if (!st.mine) return null;
    var n = total(cs);
    if (!n) return el('p', { class: 'total', text: 'If adopted, your points stay at ' + st.mine.score + '.' });
    return el('p', { class: 'total' }, ['If adopted, your points go from ' + st.mine.score + ' to ' + (st.mine.score + n) + ' (', worthTag(n), ').']);
  }
  function redTag(c) { return red(c.slot, c.option) ? el('strong', { class: 'err', text: ' Your red line!' }) : null; }

  function voteMoves(body) {
    var it = st.pending, mineVote = it.votes[seat];
    add(body, [el('h3', { text: party(it.party) + (it.party === seat ? ' (you) propose' : ' proposes') + (it.changes.length > 1 ? ' a package of ' + it.changes.length + ' changes' : ' an amendment') }),
      el('ul', { class: 'changes' }, it.changes.map(function (c) {
        return el('li', null, [changeWords(c), ' ', worthTag(worth(c.slot, c.option)), redTag(c)]);
      })),
      ifAdopted(it.changes)]);
    var can = canVote();
    if (st.together && !can && chosen(seat)) add(body, el('p', { class: 'lead', role: 'status', text: togetherWords(false, 'x') }));
    else if (it.party === seat && !can) add(body, el('p', { text: 'Your proposal counts as a yes. Waiting for ' + names(st.toAct) + '.' }));
    else if (mineVote) add(body, el('p', { text: 'You voted ' + mineVote + '. Waiting for ' + names(st.toAct) + '.' }));
    else if (!can) add(body, el('p', { text: 'Waiting for ' + names(st.toAct) + '.' }));
    else add(body, el('div', { class: 'buttons' }, [
      el('button', { type: 'button', id: 'vote-yes', class: 'primary', text: 'Vote yes', on: function () { send({ kind: 'vote', yes: true }); } }),
      el('button', { type: 'button', id: 'vote-no', text: 'Vote no', on: function () { send({ kind: 'vote' }); } })]));
    if (it.reason) add(body, el('p', { class: 'reason', text: 'Their reason: ' + quotedReason(it.reason) }));
    add(body, [el('h3', { text: 'Votes so far' }), st.together ? el('p', { class: 'hint', text: 'Votes are sealed: everyone sees who has voted, and how, once all are in.' }) : null, el('ul', { class: 'votes', id: 'm-votes' })]);
    fillVotes();
  }

  // quotedReason sets a reason in quotation marks; the wordings it quotes
  // become single marks inside them, as English nests quotations.
  function quotedReason(s) { return '\u201c' + nested(s) + '\u201d'; }
  function nested(s) { return s.replace(/\u201c/g, '\u2018').replace(/\u201d/g, '\u2019'); }

  // canVote says whether this team may vote on the item on the table now.
  function canVote() {
    var it = st.pending;
    if (!it || seat < 0 || !st.mine) return false;
    return st.together ? st.mine.mustAct : it.party !== seat && !it.votes[seat];
  }

  // fillVotes writes who has voted on the item, and how once that is public.
  function fillVotes() {
    var votes = $('m-votes');
    if (!votes || !st.pending) return;
    fill(votes);
    st.pending.votes.forEach(function (v, p) {
      if (active(p)) votes.appendChild(el('li', null, [chip(p), party(p) + ': ' + (v || (chosen(p) ? 'has voted' : 'not yet'))]));
    });
  }

  // At the table a team builds its proposal from the clause list: each
  // wording it picks goes into the proposal at once (one per clause, up to
  // 4), with what it is worth to the team; only the proposal part is
  // redrawn, so focus stays where the team is working.
  function tableMoves(body) {
    if (pkgRound !== st.round) { pkg = []; pick = -1; pkgRound = st.round; }
    tooMany = false;
    add(body, [el('p', { class: 'lead', text: st.together ?
      'Table an amendment or pass \u2014 ' + delegations(st.toAct.length) + ' still choosing. Propose new wording for a clause, or for up to 4 at once (a package). Proposals stay sealed until every delegation has chosen; then they are voted on one by one.' :
      'Your turn to table. Propose new wording for a clause (an amendment) or for up to 4 clauses at once (a package), or pass.' }),
      el('div', { id: 'm-prop' }), el('h3', { text: 'Choose new wording' })]);
    var sel = el('select', { id: 'clause' }, [el('option', { value: '-1', text: 'Choose a clause\u2026' })]);
    sc.Documents.forEach(function (d) {
      var g = el('optgroup', { label: d.Title });
      d.Articles.forEach(function (a) {
        sc.Articles[a].Slots.forEach(function (s) {
          g.appendChild(el('option', { value: String(s), selected: s === pick, text: slot(s).Name + (st.bracketed[s] ? ' [in brackets]' : '') }));
        });
      });
      sel.appendChild(g);
    });
    sel.addEventListener('change', function () { pick = +sel.value; wordings(); });
    add(body, [el('label', { for: 'clause', text: 'Clause' }), sel, el('div', { id: 'm-opts' })]);
    proposal();
    wordings();
  }
  function proposal() {
    var box = $('m-prop'), focused = box.contains(document.activeElement);
    fill(box, el('h3', { id: 'h-proposal', tabindex: '-1', text: 'Your proposal' + (pkg.length > 1 ? ': a package of ' + pkg.length : '') }));
    if (!pkg.length) add(box, el('p', { class: 'hint', text: 'Empty: choose a clause and a wording below.' }));
    else {
      add(box, [el('ul', { class: 'changes' }, pkg.map(function (c, k) {
        return el('li', null, [changeWords(c), ' ', worthTag(worth(c.slot, c.option)), redTag(c), ' ',
          el('button', { type: 'button', class: 'small', text: 'Remove', 'aria-label': 'Remove ' + slot(c.slot).Name,
            on: function () { pkg.splice(k, 1); tooMany = false; proposal(); wordings(); } })]);
      })), ifAdopted(pkg)]);
    }
    if (tooMany) add(box, el('p', { class: 'err', role: 'alert', text: 'A package links at most 4 changes: remove one first.' }));
    add(box, el('div', { class: 'buttons' }, [
      el('button', { type: 'button', id: 'table', class: 'primary', disabled: !pkg.length || !!sending,
        text: pkg.length > 1 ? 'Table the package' : 'Table the amendment', on: function () { send({ kind: 'table', changes: pkg.slice() }); } }),
      el('button', { type: 'button', id: 'pass', disabled: !!sending, text: 'Pass', on: function () { send({ kind: 'pass' }); } })]));
    if (focused) $('h-proposal').focus();
  }
  function wordings() {
    var box = fill('m-opts'), s = pick;
    if (s < 0) return;
    var fs = el('fieldset', { class: 'options' }, el('legend', { text: 'New wording for \u201c' + slot(s).Name + '\u201d' }));
    if (slot(s).Description) fs.appendChild(el('p', { class: 'hint', text: slot(s).Description }));
    var chosen = pkg.filter(function (c) { return c.slot === s; })[0];
    slot(s).Options.forEach(function (o, i) {
      var cur = st.text[s] === i, id = 'opt-' + i;
      var r = el('input', { type: 'radio', name: 'opt', id: id, value: String(i), checked: !!chosen && chosen.option === i, disabled: cur && !st.bracketed[s] });
      r.addEventListener('change', function () {
        var others = pkg.filter(function (c) { return c.slot !== s; });
        tooMany = others.length >= 4;
        if (!tooMany) pkg = others.concat([{ slot: s, option: i }]);
        proposal();
      });
      fs.appendChild(el('div', { class: 'opt' + (cur ? ' cur' : '') }, [r,
        el('label', { for: id }, [el('b', { text: o.Label }), cur ? ' (now)' : '', ' ', worthTag(worth(s, i)), redTag({ slot: s, option: i }),
          o.Text !== o.Label ? el('span', { class: 'otext', text: o.Text }) : null])]));
    });
    box.appendChild(fs);
  }

  function pressMoves(body) {
    var pr = sc.Press || {};
    var help = {
      none: 'Say nothing this round. Nothing changes.',
      reassure: 'Speak to your own public at home: its support for the draft goes up (' + pr.Reassure + ' points the first time, less after; each public below shows its change in the polls now).',
      address: 'Make the case for the draft to another country\u2019s public: its support goes up (' + pr.Address + ' points; each public below shows its change in the polls now).',
      commit: 'Promise in public never to sign a text with a wording (reject), or never without it (insist). The others can believe you: if you later sign a text that breaks the promise, support at home falls ' + pr.AudienceCost + ' points.' + (pr.CommitBoost ? ' It also goes up ' + pr.CommitBoost + ' points now.' : ''),
      leak: 'Publish the draft: every public moves at once toward what it thinks of the text, and the others trust you less (trust \u2212' + pr.LeakTrust + ').'
    };
    var titles = { none: 'No comment', reassure: 'Reassure your public', address: 'Address another public', commit: 'Make a public commitment', leak: 'Leak the draft' };
    var form = el('form', { id: 'press' });
    var fs = el('fieldset', null, el('legend', { text: 'Your press statement this round' }));
    var own = [], other = [];
    sc.Publics.forEach(function (p, i) { if (active(p.Party)) (p.Party === seat ? own : other).push(i); });
    function pubSelect(id, list) {
      return el('select', { id: id }, list.map(function (i) {
        // The effect comes first, so that a phone's narrow select, which
        // cuts the end of a long name, still shows it.
        var fx = st.mine && st.mine.pressEffects ? st.mine.pressEffects[i] : null;
        return el('option', { value: String(i), text: (fx === null || fx === undefined ? '' : (fx < 0 ? '\u2212' : '+') + (Math.abs(fx) / 10).toFixed(1) + ': ') +
          sc.Publics[i].Name + (sc.Publics[i].Party !== seat ? ' (' + party(sc.Publics[i].Party) + ')' : '') });
      }));
    }
    var extra = {
      reassure: own.length ? [el('label', { for: 'p-own', text: 'Which public' }), pubSelect('p-own', own)] : null,
      address: other.length ? [el('label', { for: 'p-other', text: 'Which public' }), pubSelect('p-other', other)] : null,
      commit: commitFields()
    };
    var subs = [];
    ['none', 'reassure', 'address', 'commit', 'leak'].forEach(function (k) {
      if ((k === 'reassure' || k === 'address' || k === 'commit') && !extra[k]) return;
      var sub = extra[k] ? el('div', { class: 'sub', hidden: true }, extra[k]) : null;
      var r = el('input', { type: 'radio', name: 'pk', id: 'pk-' + k, value: k, checked: k === 'none' });
      r.addEventListener('change', function () { subs.forEach(function (x) { x.hidden = x !== sub; }); });
      if (sub) subs.push(sub);
      fs.appendChild(el('div', { class: 'opt' }, [r,
        el('label', { for: 'pk-' + k }, [el('b', { text: titles[k] }), el('span', { class: 'otext', text: help[k] })]), sub]));
    });
    form.appendChild(fs);
    if (st.together) form.appendChild(el('p', { class: 'hint', text: 'Every delegation chooses its statement now; they are revealed together once all have chosen. ' + delegations(st.toAct.length) + ' still choosing.' }));
    form.appendChild(el('button', { type: 'submit', id: 'press-go', class: 'primary', text: 'Make the statement' }));
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var k = form.querySelector('input[name=pk]:checked').value, p = { kind: k };
      if (k === 'reassure') p.public = +$('p-own').value;
      if (k === 'address') p.public = +$('p-other').value;
      if (k === 'commit') { p.slot = +$('c-slot').value; p.option = +$('c-opt').value; p.stance = $('c-stance').value; }
      send({ kind: 'statement', press: p });
    });
    add(body, form);
  }
  function commitFields() {
    var ss = el('select', { id: 'c-slot' }), os = el('select', { id: 'c-opt' });
    var taken = st.commitments.filter(function (c) { return c.party === seat; }).map(function (c) { return c.slot; });
    sc.Slots.forEach(function (s, i) { if (taken.indexOf(i) < 0) ss.appendChild(el('option', { value: String(i), text: s.Name })); });
    if (!ss.options.length) return null;
    function opts() {
      var s = +ss.value;
      fill(os, sc.Slots[s].Options.map(function (o, i) {
        return el('option', { value: String(i), text: o.Label + ' (' + signed(brief.points[s][i]) + ' for you' + (red(s, i) ? ', your red line' : '') + ')' });
      }));
    }
    ss.addEventListener('change', opts);
    opts();
    return [el('label', { for: 'c-stance', text: 'Promise' }),
      el('select', { id: 'c-stance' }, [el('option', { value: 'reject', text: 'We will never sign with\u2026' }), el('option', { value: 'insist', text: 'We will not sign without\u2026' })]),
      el('label', { for: 'c-slot', text: 'Clause' }), ss, el('label', { for: 'c-opt', text: 'Wording' }), os];
  }

  function signMoves(body) {
    var m = st.mine, signedBy = [], declined = [];
    st.decisions.forEach(function (d, p) { if (d === 'yes') signedBy.push(p); else if (d === 'no') declined.push(p); });
    add(body, [el('p', { class: 'lead', text: 'The final text is open for signature.' + (st.together ? ' Every delegation decides now; the decisions are revealed together.' : '') }),
      el('p', null, ['If it comes into force, it is worth ', el('b', { text: String(m.score) }), ' to you. With no agreement you get ',
        el('b', { text: String(m.reservation) }), '. ', worthTag(m.score - m.reservation), ' compared with no deal.'])]);
    var why = m.canSign ? null : el('p', { id: 'why', class: 'err', text: 'You cannot sign: the final text crosses one of your red lines.' });
    add(body, [why, el('div', { class: 'buttons' }, [
      el('button', { type: 'button', id: 'sign', class: 'primary', disabled: !m.canSign, 'aria-describedby': why ? 'why' : null,
        text: 'Sign', on: function () { send({ kind: 'sign' }); } }),
      el('button', { type: 'button', id: 'decline', text: 'Decline to sign', on: function () { send({ kind: 'decline' }); } })])]);
    var req = (sc.Signing && sc.Signing.Required || []).filter(active);
    add(body, [el('h3', { text: 'What happens next' }), el('ul', null, [
      el('li', { text: 'The agreement forms if ' + (req.length ? names(req) + ' sign and ' : '') + 'at least ' + ((sc.Signing && sc.Signing.Minimum) || 1) + ' delegations sign.' }),
      el('li', { text: 'Signed so far: ' + (signedBy.length ? names(signedBy) : 'nobody') + (declined.length ? '. Declined: ' + names(declined) : '') + '.' })
    ].concat(homeVotes().map(function (h) { return el('li', { text: h }); })))]);
  }
  // homeVotes says, for the seat's own ratification votes, where its
  // publics stand now against what each vote needs.
  function homeVotes() {
    var out = [], P = sc.Parties[seat];
    sc.Documents.forEach(function (d, di) {
      var f = formOf(di), reqs = (P.Ratification && P.Ratification[f]) || [];
      if (!reqs.length) { out.push(d.Title + ' (' + sc.Forms[f].Name.toLowerCase() + '): no vote at home needed.'); return; }
      reqs.forEach(function (r, i) {
        var th = st.thresholds[seat][f][i], v = st.support[r.Public];
        out.push(d.Title + ': ' + sc.Publics[r.Public].Name + ' must approve (' + r.Label + ', ' + th + '%); support now ' + pct(v) +
          (v >= th * 10 ? ', enough today.' : ', not enough today.'));
      });
    });
    return out;
  }

  // The call for signature may change at any time in the table and press
  // phases, so it sits apart from the turn's moves.
  function renderCall() {
    var box = $('m-call'), callers = [];
    st.calls.forEach(function (c, p) { if (c) callers.push(p); });
    var me = team(seat), open = seat >= 0 && !st.over && !st.lobby && !(st.mine && st.mine.ai) && (st.phase === 'table' || st.phase === 'press') && (!me || me.kind === 'human');
    var key = JSON.stringify([open, st.calls, sending, st.clock.paused]);
    if (box.getAttribute('data-key') === key) return;
    box.setAttribute('data-key', key);
    var focused = box.contains(document.activeElement);
    fill(box);
    if (!open) return;
    var on = st.calls[seat];
    add(box, [el('h3', { text: 'Call for signature' }),
      el('p', { class: 'hint', text: 'When every delegation calls for signature and no clause is in brackets, talks end after this round and the text goes to signing. A call lapses when the text changes.' }),
      el('p', { text: callers.length ? 'Calling now: ' + names(callers) + '.' : 'Nobody is calling for signature.' }),
      el('button', { type: 'button', id: 'call', 'aria-pressed': on ? 'true' : 'false', disabled: !!sending,
        text: on ? 'Withdraw our call' : 'Call for signature', on: function () { send({ kind: 'call', yes: !on }); } })]);
    if (st.clock.paused) $('call').disabled = true;
    if (focused) $('call').focus();
  }

  // --- the draft ---
  // same reports whether what a section shows is unchanged since it was
  // last drawn; sections are redrawn only when it is not, which keeps a
  // screen reader's place and an old phone's battery.
  var drawn = {};
  function same(name, what) {
    var key = JSON.stringify(what);
    if (drawn[name] === key) return true;
    drawn[name] = key;
    return false;
  }

  function renderDraft() {
    if (same('draft', [sc.Hash, st.text, st.bracketed, st.present, st.pending && st.pending.changes, st.result && st.result.Forms])) return;
    var box = fill('d-body'), changed = st.pending ? st.pending.changes : [];
    sc.Documents.forEach(function (d, di) {
      var f = formOf(di);
      add(box, [el('h3', { text: d.Title }),
        f >= 0 && sc.Forms[f] ? el('p', { class: 'form', text: 'Legal form: ' + sc.Forms[f].Name }) : null,
        d.Preamble ? el('p', { class: 'pre', text: d.Preamble }) : null]);
      var ol = el('ol', { class: 'arts' });
      d.Articles.forEach(function (a) {
        var art = sc.Articles[a], gone = st.present && st.present.length && !st.present[a];
        var p = el('p');
        art.Text.split(/(\{[^}]+\})/).forEach(function (part) {
          var m = /^\{([^}]+)\}$/.exec(part), s = m ? indexOfSlot(m[1]) : -1;
          if (s < 0) { p.appendChild(document.createTextNode(part)); return; }
          p.appendChild(slotRun(s, changed));
        });
        ol.appendChild(el('li', { class: gone ? 'gone' : '' }, [el('h4', { text: articleHeading(art) }), p,
          gone ? el('p', { class: 'note', text: 'Dropped from the final text: a clause was still in brackets.' }) : null]));
      });
      box.appendChild(ol);
    });
  }
  // articleHeading heads an article as the window and the handouts do:
  // "Article 5. Collective defence", the title alone without a number.
  function articleHeading(art) {
    return art.Number ? 'Article ' + art.Number + '. ' + art.Title : art.Title;
  }
  // draftText is an option's wording in the draft, as the window shows it:
  // an option that omits a phrase shows its label in parentheses.
  function draftText(opt) { return opt.Text || '(' + opt.Label + ')'; }
  var slotIdx = null;
  function indexOfSlot(id) {
    if (!slotIdx) { slotIdx = {}; sc.Slots.forEach(function (s, i) { slotIdx[s.ID] = i; }); }
    return id in slotIdx ? slotIdx[id] : -1;
  }
  function slotRun(s, changed) {
    var S = slot(s), o = st.text[s], br = st.bracketed[s];
    var span = el('span', { class: 'slot' + (changed.some(function (c) { return c.slot === s; }) ? ' voting' : ''), title: S.Name });
    if (br) span.appendChild(el('span', { class: 'br', text: '[' }));
    if (o !== S.Default) {
      add(span, [el('del', null, [el('span', { class: 'sr', text: 'struck out: ' }), draftText(S.Options[S.Default])]), ' ',
        el('ins', null, [el('span', { class: 'sr', text: 'new wording: ' }), draftText(S.Options[o])])]);
    } else span.appendChild(document.createTextNode(draftText(S.Options[o])));
    if (br) span.appendChild(el('span', { class: 'br', text: ']' }));
    return span;
  }

  // --- polls ---
  function renderPolls() {
    if (same('polls', [sc.Hash, st.support, st.polls, st.thresholds, st.text, st.present, st.trust, st.commitments, teams])) return;
    var box = fill('p-body');
    sc.Parties.forEach(function (P, p) {
      if (!active(p)) return;
      var t = team(p), who = '';
      if (t) who = t.kind.indexOf('ai') === 0 ? 'AI delegate' : (t.team || 'no team yet') + (t.away ? ' (away)' : '');
      var card = el('div', { class: 'pcard' }, el('h3', null, [chip(p), P.Name + (p === seat ? ' (you)' : ''),
        el('small', { text: (who ? ' \u2014 ' + who : '') + ' \u00b7 trust ' + st.trust[p] })]));
      var ul = el('ul', { class: 'bars' });
      P.Publics.forEach(function (pub) {
        var v = st.support[pub], hist = st.polls[pub] || [], prev = hist.length > 1 ? hist[hist.length - 2] : null;
        var needs = [];
        sc.Documents.forEach(function (d, di) {
          var f = formOf(di), reqs = (P.Ratification && P.Ratification[f]) || [];
          reqs.forEach(function (r, i) {
            if (r.Public !== pub) return;
            var th = st.thresholds[p] && st.thresholds[p][f] ? st.thresholds[p][f][i] : r.Threshold;
            if (!needs.some(function (n) { return n.th === th; })) needs.push({ th: th, label: r.Label, form: sc.Forms[f].Name });
          });
        });
        var bar = el('span', { class: 'bar', 'aria-hidden': 'true' }, el('span', { class: 'fill', style: { width: Math.min(100, v / 10) + '%' } }));
        needs.forEach(function (n) {
          bar.appendChild(el('span', { class: 'line', style: { left: n.th + '%' } }));
          bar.firstChild.className = v < n.th * 10 ? 'fill low' : 'fill ok';
        });
        ul.appendChild(el('li', null, [
          el('span', { class: 'pub' }, [sc.Publics[pub].Name + ': ', el('b', { text: pct(v) }),
            prev !== null && prev !== v ? el('span', { class: 'delta ' + (v > prev ? 'up' : 'down'), text: ' ' + (v > prev ? '+' : '\u2212') + (Math.abs(v - prev) / 10).toFixed(1) + ' since the last poll' }) : null]),
          bar,
          needs.length ? el('span', { class: 'hint' }, needs.map(function (n) {
            return 'A ' + n.form.toLowerCase() + ' needs ' + n.th + '% here \u2014 ' + n.label + (v >= n.th * 10 ? '. Reached.' : '. Not reached yet.');
          }).join(' \u00b7 ')) : null]));
      });
      card.appendChild(ul);
      var promised = st.commitments.filter(function (c) { return c.party === p; }).map(function (c) {
        return el('li', { text: (c.stance === 'reject' ? 'Will never sign with \u201c' : 'Will not sign without \u201c') + label(c.slot, c.option) + '\u201d (' + slot(c.slot).Name + ')' });
      });
      if (promised.length) add(card, [el('p', { class: 'hint', text: 'Public promises:' }), el('ul', { class: 'promises' }, promised)]);
      box.appendChild(card);
    });
  }

  // --- news ---
  function renderNews() {
    if (same('news', [sc.Hash, st.news])) return;
    var box = fill('n-body'), ns = st.news || [], older = null;
    for (var r = ns.length - 1; r >= 0; r--) {
      var c = ns[r], card = c >= 0 ? sc.News[c] : null;
      // Every card carries its own "Simulated news" tag, not only the
      // section: a card read (or photographed) on its own must not pass
      // for a real report.
      var art = el('article', { class: 'news' }, [
        card ? el('p', { class: 'simtag', text: 'Simulated news' }) : null,
        el('h3', null, [el('small', { text: 'Round ' + (r + 1) + ': ' }), card ? card.Headline : 'No news this round']),
        card ? el('p', { text: card.Text }) : null]);
      if (r === ns.length - 1) { art.className = 'news now'; box.appendChild(art); continue; }
      if (!older) box.appendChild(older = el('details', null, el('summary', { text: 'Earlier news' })));
      older.appendChild(art);
    }
    if (!ns.length) box.appendChild(el('p', { text: 'No news yet.' }));
  }

  // --- the brief ---
  function renderBrief() {
    var sec = $('brief');
    sec.hidden = !brief;
    if (!brief || same('brief', [sc.Hash, brief, st.text, st.mine.score, st.mine.redLine])) return;
    var old = $('br-text'), open = old ? old.open : false;
    var box = fill('br-body'), m = st.mine;
    var text = el('details', { id: 'br-text' }, el('summary', { text: 'Read your full brief' }));
    text.open = open;
    brief.text.split(/\n\s*\n/).forEach(function (para) { if (para.trim()) text.appendChild(el('p', { text: para.trim() })); });
    add(box, [el('ul', { class: 'nums' }, [
        el('li', null, ['The draft as it stands is worth ', el('b', { text: String(m.score) }), ' to you.']),
        el('li', null, ['With no agreement you get ', el('b', { text: String(brief.reservation) }), '. Sign only a text worth more.']),
        el('li', null, ['The best any text could give you: ', el('b', { text: String(m.best) }), '.']),
        m.redLine ? el('li', { class: 'err', text: 'The draft now crosses one of your red lines: you could not sign it.' }) : null]),
      el('h3', { text: 'Your objectives' }), el('ul', null, brief.objectives.map(function (o) { return el('li', { text: o }); })),
      el('h3', { text: 'Your red lines' }),
      brief.redLines.length ? el('ul', null, brief.redLines.map(function (r) {
        return el('li', { text: slot(r.slot).Name + ': \u201c' + label(r.slot, r.option) + '\u201d \u2014 you can never sign a text with this.' });
      })) : el('p', { text: 'None.' }),
      brief.links ? el('h3', { text: 'Linked wordings' }) : null,
      brief.links ? el('ul', null, brief.links.map(function (l) {
        return el('li', { text: signed(l.points) + ' if \u201c' + label(l.if.slot, l.if.option) + '\u201d (' + slot(l.if.slot).Name + ') and \u201c' +
          label(l.and.slot, l.and.option) + '\u201d (' + slot(l.and.slot).Name + ') are both in the text, on top of the points below.' });
      })) : null,
      text,
      el('h3', { text: 'Points for each wording' })]);
    sc.Slots.forEach(function (S, s) {
      var tb = el('table', { class: 'pts' }, [el('caption', { text: S.Name }),
        el('thead', null, el('tr', null, [el('th', { scope: 'col', text: 'Wording' }), el('th', { scope: 'col', text: 'Points' })]))]);
      var tbody = el('tbody');
      S.Options.forEach(function (o, i) {
        var cur = st.text[s] === i;
        tbody.appendChild(el('tr', { class: cur ? 'cur' : '' }, [
          el('td', null, [o.Label, cur ? el('b', { text: ' \u2190 now' }) : null, red(s, i) ? el('strong', { class: 'err', text: ' red line' }) : null]),
          el('td', { class: 'num', text: signed(brief.points[s][i]) })]));
      });
      tb.appendChild(tbody);
      box.appendChild(tb);
    });
  }

  // --- the log, newest first; only new lines are added ---
  function renderLog() {
    var ol = $('l-body');
    if (!lines.length || lines[lines.length - 1].i <= topLine && ol.childNodes.length) return;
    if (!ol.childNodes.length) topLine = -1;
    lines.forEach(function (l) {
      if (l.i <= topLine) return;
      topLine = l.i;
      ol.insertBefore(el('li', { class: 'k-' + l.kind }, [el('small', { text: 'R' + l.round + ' ' }), l.text,
        l.reason ? el('q', { text: nested(l.reason) }) : null]), ol.firstChild);
    });
  }

  // --- result ---
  function renderResult() {
    var sec = $('result');
    if (!st.over || !st.result) { sec.hidden = true; return; }
    if (!sec.hidden) return;
    sec.hidden = false;
    var r = st.result, box = fill('r-body'), o = sc.Outcomes || {};
    var head = !r.Formed ? 'No agreement: the text was not signed by enough delegations.' : r.InForce ? 'The agreement was signed and is in force.' : 'The agreement was signed, but not ratified at home.';
    add(box, [el('p', { class: 'headline', text: head }),
      st.entry ? el('p', { class: 'entry', text: st.entry }) : null,
      el('p', { text: !r.Formed ? o.NoAgreement : r.InForce ? o.InForce : o.NotRatified })]);
    var tb = el('table', { class: 'final' }, [el('caption', { text: 'Final scores' }),
      el('thead', null, el('tr', null, ['Delegation', 'Score', 'No deal', 'Best'].map(function (h, i) { return el('th', { scope: 'col', class: i ? 'num' : '', text: h }); })))]);
    var tbody = el('tbody');
    (st.final || []).forEach(function (f) {
      var p = f.Party, d = f.Score - f.Reservation;
      var how = (r.Signed && r.Signed[p] ? 'signed' : 'did not sign') + (r.Formed && r.Signed && r.Signed[p] ? (r.Ratify && r.Ratify[p] ? ', ratified' : ', not ratified') : '');
      if (p === seat) add(box, el('p', { class: 'lead' }, ['You scored ', el('b', { text: String(f.Score) }), ': ',
        d > 0 ? 'better than' : d < 0 ? 'worse than' : 'the same as', ' with no deal (' + f.Reservation + '); the best any text could give you was ' + f.Best + '.']));
      tbody.appendChild(el('tr', { class: p === seat ? 'cur' : '' }, [
        el('th', { scope: 'row' }, [chip(p), party(p) + (p === seat ? ' (you)' : ''), el('small', { class: 'how', text: how })]),
        el('td', { class: 'num' }, [el('b', { text: String(f.Score) }), el('small', { class: 'how ' + (d > 0 ? 'up' : d < 0 ? 'down' : 'flat'), text: d ? signed(d) + ' vs\u00a0no\u00a0deal' : '=\u00a0no\u00a0deal' })]),
        el('td', { class: 'num', text: String(f.Reservation) }), el('td', { class: 'num', text: String(f.Best) })]));
    });
    tb.appendChild(tbody);
    add(box, [el('div', { class: 'scroll' }, tb),
      el('p', { class: 'hint', text: 'A delegation scores its points for the final text only if the agreement is in force for it; otherwise it gets its no-deal score.' })]);
    if (r.Indicators && sc.Indicators) {
      add(box, [el('h3', { text: r.InForce ? 'What the agreement does' : 'Without an agreement in force' }), el('ul', null, sc.Indicators.map(function (ind, i) {
        var v = r.Indicators[i], band = null;
        (ind.Bands || []).forEach(function (b) { if (!band && v <= b.Max) band = b; });
        if (!band && ind.Bands && ind.Bands.length) band = ind.Bands[ind.Bands.length - 1];
        return el('li', null, [el('b', { text: ind.Name + ': ' }), band ? band.Label + '. ' + (band.Text || '') : String(v)]);
      }))]);
    }
    if (sc.Questions && sc.Questions.length) add(box, [el('h3', { text: 'To talk about' }), el('ul', null, sc.Questions.map(function (q) { return el('li', { text: q }); }))]);
    announce(head);
  }

  // --- start ---
  function init() {
    // The room comes from ?room=CODE, or from the room's own address,
    // /CODE (the QR code's, which may be all in capitals).
    var q = /[?&]room=([^&]*)/.exec(location.search) || /^\/([A-Za-z]{4})\/?$/.exec(location.pathname);
    var code = q ? decodeURIComponent(q[1]).trim().toUpperCase() : '';
    $('j-room').addEventListener('submit', function (e) { e.preventDefault(); loadRoom($('room').value); });
    $('j-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var b = $('j-parties').querySelector('[aria-pressed=true]');
      if (!b) { $('j-err').textContent = 'Choose your delegation first.'; return; }
      join(b.getAttribute('data-party'));
    });
    $('j-watch').addEventListener('click', function () { join(''); });
    var saved = code && stored(code);
    if (saved && saved.token) { room = code; start(saved.token); } else showJoin(code);
  }
  init();
})();
