// Live dashboard: polls /admin/api/stats and updates the numbers and the chart of the last hour.
// Everything from the server is written with textContent or SVG attributes, never as markup.

const SVG = "http://www.w3.org/2000/svg";
const POLL_MS = 2000;
const SERIES = [["messages", "#3056d3"], ["flags", "#e0a100"], ["bans", "#c2352b"]];

function svg(name, attrs, parent) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

function drawChart(box, series) {
  const width = box.clientWidth || 800, height = box.clientHeight || 180;
  const left = 32, bottom = 18, top = 8;
  const max = Math.max(1, ...series.map((m) => m.messages), ...series.map((m) => m.flags));
  const x = (i) => left + (i / (series.length - 1)) * (width - left - 8);
  const y = (v) => top + (1 - v / max) * (height - top - bottom);
  const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none"});
  for (const v of [0, max]) {
    svg("line", {x1: left, x2: width - 8, y1: y(v), y2: y(v), class: "axis"}, root);
    svg("text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, root).textContent = String(v);
  }
  for (const [label, at] of [["-60 min", 0], ["-30", 30], ["now", series.length - 1]]) {
    svg("text", {x: x(at), y: height - 4, "text-anchor": at ? (at === 30 ? "middle" : "end") : "start"}, root)
      .textContent = label;
  }
  for (const [key, colour] of SERIES) {
    if (key === "bans") {  // bans are rare: a dot per minute that had any
      series.forEach((m, i) => {
        if (m.bans) svg("circle", {cx: x(i), cy: y(Math.min(m.bans, max)), r: 3.5, fill: colour}, root);
      });
      continue;
    }
    const points = series.map((m, i) => `${x(i).toFixed(1)},${y(m[key]).toFixed(1)}`).join(" ");
    if (key === "messages") {  // a light area under the main series
      const area = `${x(0)},${y(0)} ${points} ${x(series.length - 1)},${y(0)}`;
      svg("polygon", {points: area, fill: colour, "fill-opacity": 0.08}, root);
    }
    svg("polyline", {points, fill: "none", stroke: colour, "stroke-width": 2, "stroke-linejoin": "round"}, root);
  }
  box.replaceChildren(root);
}

function showReload(el, r) {
  const status = document.createElement("span");
  const parts = [status];
  if (!r) {
    status.className = "ok"; status.textContent = "loaded at start-up";
  } else {
    status.className = r.ok ? "ok" : "bad";
    status.textContent = r.ok ? "ok" : "failed";
    parts.push(document.createTextNode(` at ${r.at}`));
    if (!r.ok) {
      const error = document.createElement("span");
      error.className = "mono"; error.textContent = r.error;
      parts.push(document.createTextNode(": "), error);
    }
  }
  el.replaceChildren(...parts);
}

async function refresh(root) {
  const chart = document.getElementById("chart");
  try {
    const response = await fetch(root.dataset.statsUrl, {credentials: "same-origin", cache: "no-store"});
    if (response.status === 403) { location.href = "/admin/login?next=/admin"; return; }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const stats = await response.json();
    for (const el of document.querySelectorAll("[data-stat]")) {
      el.textContent = String(stats[el.dataset.stat]);
    }
    document.getElementById("versions-differ").hidden = !stats.versions_differ;
    drawChart(chart, stats.series);
    showReload(document.getElementById("last-reload"), stats.last_reload);
    document.getElementById("updated").textContent = `Updated ${new Date().toLocaleTimeString()}.`;
  } catch (e) {
    document.getElementById("updated").textContent = `Update failed (${e.message}); retrying.`;
  }
}

const root = document.getElementById("dashboard");
if (root) {
  refresh(root);
  setInterval(() => refresh(root), POLL_MS);
}
