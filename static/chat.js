// The chat page: one WebSocket to /ws, speaking the protocol in docs/protocol.md.
//
// Everything a user typed (messages, and usernames, which come from the server) reaches the page
// through textContent only, never as HTML.

const $ = (id) => document.getElementById(id);
const ui = {
  app: $("app"),
  username: $("username"),
  status: $("status"),
  detail: $("status-detail"),
  reconnect: $("reconnect"),
  banned: $("banned"),
  bannedReason: $("banned-reason"),
  bannedUntil: $("banned-until"),
  retry: $("retry"),
  replaced: $("replaced"),
  takeOver: $("take-over"),
  join: $("join"),
  leave: $("leave"),
  members: $("members"),
  membersTitle: $("members-title"),
  memberCount: $("member-count"),
  hint: $("hint"),
  messages: $("messages"),
  composer: $("composer"),
  text: $("text"),
  counter: $("counter"),
  send: $("send"),
  rules: $("rules"),
  rulesLink: $("rules-link"),
  rulesClose: $("rules-close"),
  reportDialog: $("report-dialog"),
  reportForm: $("report-form"),
  reportUser: $("report-user"),
  reportText: $("report-text"),
  reportBlock: $("report-block"),
  reportBlockUser: $("report-block-user"),
};

const BACKOFF_FIRST_MS = 1000;
const BACKOFF_MAX_MS = 30000;
const PING_EVERY_MS = 25000;
const SILENCE_LIMIT_MS = 60000; // no frame at all for this long: the connection is dead
const RESUME_WAIT_MS = 3000; // after a reconnect, how long `matched` may take before the seat is given up

// "drugs (pack flaggers)": the rules a message broke, as the server names them.
function rulesText(f) {
  const rules = f.rules && f.rules.length ? f.rules.map((r) => `${r.category} (pack ${r.pack})`) : f.categories || [];
  return rules.join(", ");
}

const REJECTIONS = {
  moderation: (f) => "Your message was not delivered because it breaks the chat rules" +
    (rulesText(f) ? `: ${rulesText(f)}.` : "."),
  rate_limited: (f) => "You are sending messages too fast. Wait " +
    (f.retry_after_s ? `${Math.max(1, Math.ceil(f.retry_after_s))} s` : "a moment") + " and try again.",
  too_long: (f) => `Your message is too long: the limit is ${f.limit || state.maxChars} characters.`,
  empty: () => "An empty message cannot be sent.",
  not_in_group: () => "You are not in a group, so the message went nowhere. Press “Join a group” first.",
  unavailable: () => "The server could not store your message just now. Please send it again.",
};
// Reasons worth offering a "Send again" button for: nothing is wrong with the message itself.
const TRANSIENT = new Set(["rate_limited", "unavailable", "connection"]);

const state = {
  socket: null,
  phase: "connecting", // connecting | idle | waiting | matched | disconnected | banned | replaced
  me: null,
  group: null,
  members: [],
  maxChars: Number(ui.app.dataset.maxMessageChars) || 1000,
  seen: new Set(), // server ids of the messages on screen
  pending: new Map(), // client id -> message element not yet acknowledged
  attempt: 0, // reconnect attempts since the last welcome
  reconnectTimer: null,
  countdownTimer: null,
  resumeTimer: null,
  pingTimer: null,
  lastFrameAt: 0,
  wantGroup: false, // the user asked to be in a group (waiting or matched) and has not left
  everMatched: false,
  clientSeq: 0,
  unread: 0, // messages that arrived while the tab was in the background
  reporting: null, // the message element the report dialog is about
  rulesOpened: null, // null: the rules show before the first group; true/false: the user chose
};
const baseTitle = document.title;

// --- rendering -------------------------------------------------------------------------------

const STATUS_TEXT = {
  connecting: "Connecting to the chat…",
  idle: "You are not in a group.",
  waiting: "Waiting for other people to join…",
  matched: "You are in a group.",
  disconnected: "Connection lost.",
  banned: "You are banned.",
  replaced: "Open in another tab.",
};

function setPhase(phase, detail) {
  state.phase = phase;
  ui.status.textContent = phase;
  ui.status.dataset.state = phase;
  ui.app.dataset.state = phase;
  ui.detail.textContent = detail || STATUS_TEXT[phase] || "";
  ui.join.hidden = !["idle", "connecting"].includes(phase);
  ui.join.disabled = phase !== "idle";
  ui.leave.hidden = !(phase === "waiting" || phase === "matched");
  ui.leave.textContent = phase === "waiting" ? "Stop waiting" : "Leave";
  ui.join.textContent = state.everMatched ? "Join a new group" : "Join a group";
  ui.reconnect.hidden = phase !== "disconnected";
  ui.banned.hidden = phase !== "banned";
  ui.replaced.hidden = phase !== "replaced";
  // The rules stand before joining; after that they are one click away.
  if (state.rulesOpened === null) ui.rules.hidden = state.everMatched || !["idle", "connecting"].includes(phase);
  ui.text.disabled = phase !== "matched";
  ui.hint.textContent = phase === "idle" ?
    `Press “${ui.join.textContent}” to be matched at random with up to ${ui.hint.dataset.others} other people.` :
    phase === "waiting" ? "A group starts as soon as enough people are waiting." : "";
  ui.text.placeholder = phase === "matched" ? "Write a message" :
    phase === "banned" ? "You are banned" : phase === "waiting" ? "Waiting for a group…" :
    phase === "disconnected" || phase === "connecting" ? "Reconnecting…" : "Join a group to chat";
  updateComposer();
}

// A stable colour per member: a hue from the username (the same on every page and visit), at a
// saturation and lightness chat.css keeps at 4.5:1 contrast or more on every background it uses.
function hueOf(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return h % 360;
}

function colourName(el, name) {
  el.style.setProperty("--hue", String(hueOf(name)));
  el.classList.add("member-colour");
}

function renderMembers() {
  ui.members.replaceChildren(...state.members.map((name) => {
    const li = document.createElement("li");
    li.dataset.username = name;
    const label = document.createElement("span");
    label.textContent = name;
    colourName(label, name);
    li.append(label);
    if (name === state.me) {
      li.classList.add("me");
      const you = document.createElement("span");
      you.className = "you";
      you.textContent = " (you)";
      li.append(you);
    }
    return li;
  }));
  ui.memberCount.textContent = `(${state.members.length})`;
  ui.membersTitle.hidden = state.members.length === 0;
}

function nearBottom() {
  const m = ui.messages;
  return m.scrollHeight - m.scrollTop - m.clientHeight < 80;
}

function append(el, force = false) {
  const stick = force || nearBottom();
  ui.messages.append(el);
  if (stick) ui.messages.scrollTop = ui.messages.scrollHeight;
}

function notice(text, kind = "info") {
  const li = document.createElement("li");
  li.className = `notice notice-${kind}`;
  li.textContent = text;
  append(li);
  return li;
}

function formatTime(iso) {
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function messageElement(username, text) {
  const li = document.createElement("li");
  li.className = "msg";
  if (username === state.me) li.classList.add("own");
  const head = document.createElement("div");
  head.className = "msg-head";
  const user = document.createElement("span");
  user.className = "msg-user";
  user.textContent = username;
  colourName(user, username);
  const time = document.createElement("time");
  time.className = "msg-time";
  head.append(user, time);
  if (username !== state.me) {
    const report = document.createElement("button");
    report.type = "button";
    report.className = "report";
    report.textContent = "Report";
    report.title = `Report this message from ${username}`;
    report.addEventListener("click", () => openReport(li, username));
    head.append(report);
  }
  const body = document.createElement("p");
  body.className = "msg-text";
  body.textContent = text;
  const status = document.createElement("span");
  status.className = "msg-status";
  li.append(head, body, status);
  return li;
}

function markDelivered(li, frame) {
  li.classList.remove("pending", "failed");
  li.dataset.id = frame.id;
  const time = li.querySelector(".msg-time");
  time.dateTime = frame.created_at;
  time.textContent = formatTime(frame.created_at);
  time.title = new Date(frame.created_at).toLocaleString();
  li.querySelector(".msg-text").textContent = frame.text; // the server may have masked words
  li.classList.toggle("flagged", Boolean(frame.flagged));
  // A `moderated` note may have come first (the acknowledgement waited for an earlier message).
  li.querySelector(".msg-status").replaceChildren(...(li.dataset.moderation ? [li.dataset.moderation] : []));
}

function markFailed(li, reason) {
  li.classList.remove("pending");
  li.classList.add("failed");
  const status = li.querySelector(".msg-status");
  li.querySelector(".msg-time").textContent = "";
  status.replaceChildren("Not delivered");
  if (TRANSIENT.has(reason)) {
    const again = document.createElement("button");
    again.type = "button";
    again.className = "send-again";
    again.textContent = "Send again";
    again.addEventListener("click", () => {
      const text = li.querySelector(".msg-text").textContent;
      state.pending.delete(li.dataset.clientId);
      li.remove();
      sendMessage(text);
    });
    status.append(" · ", again);
  }
}

// A message from the server (live, or from history): shown once per server id.
function showMessage(frame) {
  if (state.seen.has(frame.id)) return;
  state.seen.add(frame.id);
  const mine = frame.username === state.me && frame.client_id != null;
  const pending = mine ? state.pending.get(String(frame.client_id)) : undefined;
  if (pending) {
    state.pending.delete(String(frame.client_id));
    markDelivered(pending, frame);
    return;
  }
  const li = messageElement(frame.username, frame.text);
  markDelivered(li, frame);
  append(li);
  if (document.hidden && frame.username !== state.me) {
    state.unread += 1;
    document.title = `(${state.unread}) ${baseTitle}`;
  }
}

// --- the socket ------------------------------------------------------------------------------

function socketUrl() {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
}

function connect() {
  clearTimeout(state.reconnectTimer);
  clearInterval(state.countdownTimer);
  state.reconnectTimer = null;
  if (state.socket) return;
  setPhase(state.attempt ? "disconnected" : "connecting", state.attempt ? "Reconnecting…" : undefined);
  const ws = new WebSocket(socketUrl());
  state.socket = ws;
  ws.addEventListener("open", () => {
    state.lastFrameAt = Date.now();
    clearInterval(state.pingTimer);
    state.pingTimer = setInterval(() => keepAlive(ws), PING_EVERY_MS);
  });
  ws.addEventListener("message", (event) => {
    state.lastFrameAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return;
    }
    const handle = HANDLERS[frame.type];
    if (handle) handle(frame);
  });
  ws.addEventListener("close", (event) => closed(ws, event));
}

function keepAlive(ws) {
  if (Date.now() - state.lastFrameAt > SILENCE_LIMIT_MS) {
    ws.close(); // half-open connection (phone changed networks): start over
    return;
  }
  send({ type: "ping" });
}

function send(frame) {
  const ws = state.socket;
  if (!ws || ws.readyState !== WebSocket.OPEN) return false;
  ws.send(JSON.stringify(frame));
  return true;
}

function closed(ws, event) {
  if (state.socket !== ws) return;
  state.socket = null;
  clearInterval(state.pingTimer);
  clearTimeout(state.resumeTimer);
  if (event.code === 1008 || state.phase === "banned") {
    // Banned: reconnecting would only be refused again. Wait for the user (or the ban's end).
    if (state.phase !== "banned") showBanned({ reason: event.reason || "", until: null });
    return;
  }
  if (event.code === 4000) {
    setPhase("replaced");
    return;
  }
  scheduleReconnect();
}

function scheduleReconnect() {
  // Exponential back-off with jitter: 1 s, 2 s, 4 s… up to 30 s, each between half and all of it,
  // so a server restart is not met by every browser at the same instant.
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** state.attempt);
  const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  state.attempt += 1;
  const at = Date.now() + delay;
  const tick = () => {
    const left = Math.max(0, Math.ceil((at - Date.now()) / 1000));
    setPhase("disconnected", `Connection lost. Reconnecting in ${left} s…`);
  };
  tick();
  clearTimeout(state.reconnectTimer);
  clearInterval(state.countdownTimer);
  state.reconnectTimer = setTimeout(connect, delay);
  state.countdownTimer = setInterval(tick, 1000);
}

function reconnectNow() {
  if (state.phase === "disconnected" && !state.socket) connect();
}

// --- frames from the server ------------------------------------------------------------------

function showBanned(frame) {
  if (frame.username) {
    // A banned session is refused before any welcome: this is the only place it learns its name.
    state.me = frame.username;
    ui.username.textContent = frame.username;
  }
  state.group = null;
  state.members = [];
  state.wantGroup = false;
  renderMembers();
  failAllPending("banned");
  ui.bannedReason.textContent = frame.reason ? `Reason: ${frame.reason}` : "";
  if (frame.until) {
    const until = new Date(frame.until);
    const wait = until - Date.now() + 1000;
    ui.bannedUntil.textContent = `The ban ends ${until.toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}` +
      (wait > 0 && wait < 86400000 ? ` (${inAWhile(until - Date.now())}).` : ".");
    // Come back by ourselves once it is over (if that is within a day).
    if (wait > 0 && wait < 86400000) {
      clearTimeout(state.reconnectTimer);
      state.reconnectTimer = setTimeout(retryAfterBan, wait);
    }
  } else {
    ui.bannedUntil.textContent = "The ban has no end date.";
  }
  setPhase("banned");
}

function inAWhile(ms) {
  const minutes = Math.ceil(ms / 60000);
  const say = new Intl.RelativeTimeFormat([], { numeric: "auto" });
  return minutes < 90 ? say.format(minutes, "minute") : say.format(Math.round(minutes / 60), "hour");
}

function retryAfterBan() {
  if (state.phase !== "banned") return;
  state.attempt = 0;
  connect();
}

function failPending(clientId, reason) {
  const li = clientId == null ? undefined : state.pending.get(String(clientId));
  if (li) {
    state.pending.delete(String(clientId));
    markFailed(li, reason);
  }
}

function failAllPending(reason) {
  for (const li of state.pending.values()) markFailed(li, reason);
  state.pending.clear();
}

function resumeMissed() {
  // A welcome after a reconnect, and no `matched`: the seat was given up while we were away.
  if (state.phase !== "idle" || !state.wantGroup) return;
  state.wantGroup = false;
  state.members = [];
  renderMembers();
  failAllPending("connection");
  notice("You were away too long and left the group. Join again to meet new people.", "left");
  setPhase("idle");
}

const HANDLERS = {
  welcome(f) {
    const reconnected = state.attempt > 0 || state.me !== null;
    state.attempt = 0;
    state.me = f.username;
    ui.username.textContent = f.username;
    if (f.limits && f.limits.max_message_chars) state.maxChars = f.limits.max_message_chars;
    const wasInGroup = state.group !== null;
    state.group = null;
    setPhase("idle", reconnected && wasInGroup ? "Reconnected. Getting back to your group…" : undefined);
    if (!reconnected) return;
    if (wasInGroup) {
      state.resumeTimer = setTimeout(resumeMissed, RESUME_WAIT_MS);
    } else if (state.wantGroup) {
      send({ type: "join" }); // we were waiting: the queue does not survive a disconnect
    }
  },

  waiting() {
    state.wantGroup = true;
    setPhase("waiting");
  },

  matched(f) {
    clearTimeout(state.resumeTimer);
    state.wantGroup = true;
    if (!f.resumed && state.seen.size + state.pending.size > 0) {
      // A new group: a new conversation.
      ui.messages.replaceChildren();
      state.seen.clear();
      failAllPending("new_group");
    }
    state.group = f.group;
    state.everMatched = true;
    state.members = f.members || [];
    renderMembers();
    for (const m of f.history || []) showMessage(m);
    if (f.resumed) {
      failAllPending("connection"); // anything still pending was not stored before the drop
      notice("Reconnected. You are back in your group.", "joined");
    } else {
      const others = state.members.filter((n) => n !== state.me);
      notice(others.length ? `You are in a group with ${others.join(", ")}.` : "You are in a group.", "joined");
    }
    setPhase("matched");
    // Focus the input on desktops; on phones that would pop up the keyboard unasked.
    if (window.matchMedia("(pointer: fine)").matches) ui.text.focus({ preventScroll: true });
  },

  member_joined(f) {
    state.members = f.members || [...state.members, f.username];
    renderMembers();
    notice(`${f.username} joined.`, "joined");
  },

  member_left(f) {
    state.members = f.members || state.members.filter((n) => n !== f.username);
    renderMembers();
    notice(`${f.username} left.`, "left");
  },

  left() {
    failAllPending("left"); // the server delivers a message only while its sender is in the group
    state.group = null;
    state.members = [];
    renderMembers();
    notice("You left the group.", "left");
    setPhase("idle");
  },

  message(f) {
    showMessage(f);
  },

  moderated(f) {
    // Our own message was masked or flagged: only we are told which rules, and it stays marked.
    const li = ui.messages.querySelector(`.msg.own[data-id="${Number(f.id)}"]`) ||
      state.pending.get(String(f.client_id));
    const rules = rulesText(f);
    const text = f.action === "mask" ?
      `Masked: others see *** where it breaks the chat rules${rules ? `: ${rules}` : ""}.` :
      `Flagged for the moderators: it may break the chat rules${rules ? `: ${rules}` : ""}.`;
    if (li) {
      li.classList.add(f.action === "mask" ? "masked" : "flagged-own");
      li.dataset.moderation = text;
      li.querySelector(".msg-status").replaceChildren(text);
    } else {
      notice(text, "warning");
    }
  },

  reported(f) {
    const li = ui.messages.querySelector(`.msg[data-id="${Number(f.message_id)}"]`);
    const who = li ? li.querySelector(".msg-user").textContent : "";
    if (li) {
      li.classList.add("reported");
      li.querySelector(".report").disabled = true;
      li.querySelector(".report").textContent = "Reported";
    }
    notice("Thank you: the moderators will look at the message." + (f.blocked_until && who ?
      ` You will not be put in a group with ${who} again.` : ""), "info");
  },

  rejected(f) {
    failPending(f.client_id, f.reason);
    const explain = REJECTIONS[f.reason];
    notice(explain ? explain(f) : `Your message was not delivered (${f.reason}).`, "rejected");
  },

  warning(f) {
    let text = `Warning: ${f.reason || "please keep to the chat rules, or you will be banned."}`;
    if (f.flags_left) {
      text += ` ${f.flags_left === 1 ? "The next flagged message" : `${f.flags_left} more flagged messages`}` +
        " will get you banned.";
    }
    notice(text, "warning");
  },

  banned(f) {
    showBanned(f);
  },

  error(f) {
    failPending(f.client_id, f.code);
    if (f.message_id != null) {
      notice(`Your report was not taken: ${f.message || f.code}.`, "error");
      return;
    }
    notice(`The server could not handle that: ${f.message || f.code}`, "error");
  },

  pong() {},
};

// --- user actions ----------------------------------------------------------------------------

function length(text) {
  return [...text].length; // code points, as the server counts them
}

function updateComposer() {
  const n = length(ui.text.value);
  ui.counter.textContent = `${n}/${state.maxChars}`;
  const over = n > state.maxChars;
  ui.counter.classList.toggle("over", over);
  ui.counter.classList.toggle("near", !over && n > state.maxChars * 0.9);
  ui.text.setAttribute("aria-invalid", over ? "true" : "false");
  ui.send.disabled = state.phase !== "matched" || over || ui.text.value.trim() === "";
}

function newClientId() {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  state.clientSeq += 1;
  return `${state.clientSeq.toString(36)}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

function sendMessage(text) {
  if (state.phase !== "matched" || !text.trim() || length(text) > state.maxChars) return false;
  const id = newClientId();
  const li = messageElement(state.me, text);
  li.classList.add("pending", "own");
  li.dataset.clientId = id;
  li.querySelector(".msg-time").textContent = "sending…";
  state.pending.set(id, li);
  append(li, true);
  if (!send({ type: "message", text, id })) {
    state.pending.delete(id);
    markFailed(li, "connection");
  }
  return true;
}

ui.composer.addEventListener("submit", (event) => {
  event.preventDefault();
  if (sendMessage(ui.text.value)) {
    ui.text.value = "";
    updateComposer();
  }
});
ui.text.addEventListener("input", updateComposer);

ui.join.addEventListener("click", () => {
  if (send({ type: "join" })) ui.join.disabled = true;
});

ui.leave.addEventListener("click", () => {
  state.wantGroup = false;
  if (!send({ type: "leave" })) return;
  if (state.phase === "waiting") setPhase("idle"); // leaving the queue has no answer
});

function openReport(li, username) {
  if (!li.dataset.id || li.classList.contains("reported")) return;
  state.reporting = li;
  ui.reportUser.textContent = username;
  ui.reportBlockUser.textContent = username;
  ui.reportText.textContent = li.querySelector(".msg-text").textContent;
  ui.reportForm.reset();
  ui.reportDialog.showModal();
}

ui.reportForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const li = state.reporting;
  if (event.submitter && event.submitter.value === "report" && li) {
    const reason = new FormData(ui.reportForm).get("reason");
    send({ type: "report", message_id: Number(li.dataset.id), reason, block: ui.reportBlock.checked });
  }
  state.reporting = null;
  ui.reportDialog.close();
});

function showRules(open) {
  state.rulesOpened = open;
  ui.rules.hidden = !open;
  ui.rulesClose.hidden = !open;
  if (open) ui.rules.scrollIntoView({ block: "nearest" });
}

ui.rulesLink.addEventListener("click", (event) => {
  event.preventDefault();
  showRules(ui.rules.hidden || !state.rulesOpened);
});
ui.rulesClose.addEventListener("click", () => showRules(false));
ui.retry.addEventListener("click", retryAfterBan);
ui.reconnect.addEventListener("click", reconnectNow);
ui.takeOver.addEventListener("click", () => {
  state.attempt = 0;
  connect();
});

// Back from a train tunnel or a sleeping tab: don't sit out the back-off.
window.addEventListener("online", reconnectNow);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "visible") return;
  state.unread = 0;
  document.title = baseTitle;
  reconnectNow();
});

renderMembers();
connect();
