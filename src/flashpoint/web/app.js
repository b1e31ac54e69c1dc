/* Flashpoint web UI: map, timeline, filters, event detail with claims and evidence, trends.
 * Untrusted text (reports, actor names, claimants) is only ever set with textContent, never parsed as HTML. */
(function () {
  "use strict";

  const MAP_LIMIT = 2000;
  const LIST_LIMIT = 200;
  const DAY_MS = 86400000;
  const TYPE_COLOURS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  const SERIES_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
  const SVG_NS = "http://www.w3.org/2000/svg";

  const state = { config: null, map: null, cluster: null, selected: null, timeline: null, requestId: 0 };

  // ---- DOM helpers -------------------------------------------------------------------------------
  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children || []) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  function setStatus(message) { $("status").textContent = message || ""; }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
      throw new Error(`${url}: ${detail}`);
    }
    return response.json();
  }

  function colourOf(type) { return TYPE_COLOURS[type] || "#555"; }

  // ---- filters -----------------------------------------------------------------------------------
  function readFilters() {
    const types = Array.from(document.querySelectorAll("#type-filters input:checked")).map((i) => i.value);
    const all = document.querySelectorAll("#type-filters input").length;
    return {
      since: $("since").value, until: $("until").value,
      types: types.length === all ? [] : (types.length ? types : ["(none)"]),
      actor: $("actor").value.trim(), country: $("country").value, admin1: $("admin1").value.trim(),
      claimant: $("claimant").value.trim(), min_fatalities: $("min-fatalities").value, q: $("text").value.trim(),
    };
  }

  function queryString(filters, options) {
    const params = new URLSearchParams();
    const withDates = !options || options.dates !== false;
    if (withDates && filters.since) params.set("since", filters.since);
    if (withDates && filters.until) params.set("until", filters.until);
    for (const type of filters.types) params.append("type", type);
    for (const name of ["actor", "country", "admin1", "claimant", "min_fatalities", "q"]) {
      if (filters[name]) params.set(name, filters[name]);
    }
    for (const [key, value] of Object.entries((options && options.extra) || {})) params.set(key, value);
    return params.toString();
  }

  function buildTypeFilters(eventTypes) {
    const box = $("type-filters");
    const legend = $("legend");
    legend.replaceChildren();
    for (const type of eventTypes) {
      const input = el("input", { type: "checkbox", value: type.name, "data-type": type.name });
      input.checked = true;
      box.append(el("label", {}, [input, el("span", { className: "swatch", style: `background:${colourOf(type.name)}` }), type.name]));
    }
    legend.append(el("div", { className: "muted", text: "Circle size: fatalities" }));
  }

  function fillList(id, names) {
    $(id).replaceChildren(...names.map((name) => el("option", { value: name })));
  }

  async function loadFilterLists() {
    const [actors, places, claimants] = await Promise.all([
      getJSON("/api/actors?limit=300"), getJSON("/api/places?limit=500"), getJSON("/api/claimants?limit=200"),
    ]);
    fillList("actor-list", actors.map((a) => a.name));
    fillList("claimant-list", claimants.map((c) => c.name));
    fillList("admin1-list", Array.from(new Set(places.filter((p) => p.admin1).map((p) => p.admin1))).sort());
    const countries = Array.from(new Set(places.map((p) => p.country))).sort();
    $("country").replaceChildren(el("option", { value: "", text: "all" }),
      ...countries.map((c) => el("option", { value: c, text: c })));
  }

  // ---- map ---------------------------------------------------------------------------------------
  function initMap(config) {
    const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 14 }).setView([20, 20], 2);
    if (config.tile_url) {
      L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 18 }).addTo(map);
    }
    state.map = map;
    state.cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    map.addLayer(state.cluster);
    return loadOutlines(map, !config.tile_url);
  }

  async function loadOutlines(map, filled) {
    try {
      const topo = await getJSON("/vendor/world-atlas/countries-110m.json");
      const countries = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(countries, {
        interactive: false,
        style: { color: "#7d8b99", weight: 0.8, fillColor: "#fbfaf5", fillOpacity: filled ? 1 : 0, className: "fp-outline" },
      }).addTo(map);
    } catch (error) {
      setStatus(`country outlines unavailable: ${error.message}`);
    }
  }

  function markerFor(event) {
    const radius = Math.min(24, 5 + 2.2 * Math.sqrt(event.fatalities || 0));
    const colour = colourOf(event.event_type);
    const marker = L.circleMarker([event.latitude, event.longitude], {
      radius, color: "#333", weight: 1, fillColor: colour, fillOpacity: 0.8, className: "fp-marker",
    });
    marker.bindTooltip(`${event.event_date || "undated"} · ${event.event_type} · ${event.location || ""}`);
    marker.on("click", () => showDetail(event.id));
    return marker;
  }

  function renderMarkers(events) {
    state.cluster.clearLayers();
    const located = events.filter((e) => e.latitude !== null && e.longitude !== null);
    state.cluster.addLayers(located.map(markerFor));
    $("map").setAttribute("data-markers", String(located.length));
    if (located.length && !state.fitted) {
      state.map.fitBounds(L.latLngBounds(located.map((e) => [e.latitude, e.longitude])).pad(0.2), { maxZoom: 7 });
      state.fitted = true;
    }
  }

  // ---- events list -------------------------------------------------------------------------------
  function renderList(events) {
    const items = events.slice(0, LIST_LIMIT).map((event) => {
      const item = el("li", { "data-event-id": event.id, tabindex: 0 }, [
        el("span", { className: "swatch", style: `background:${colourOf(event.event_type)}` }), " ",
        el("strong", { text: event.event_date || "undated" }), " ",
        `${event.sub_event_type} · ${event.location || event.country || "unknown place"} · ${event.actor1 || "unknown actor"}`,
        event.fatalities ? ` · ${event.fatalities} killed` : "",
      ]);
      item.addEventListener("click", () => showDetail(event.id));
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") showDetail(event.id); });
      return item;
    });
    $("event-list").replaceChildren(...items);
  }

  async function loadEvents() {
    const filters = readFilters();
    const request = ++state.requestId;
    setStatus("loading events…");
    const page = await getJSON(`/api/events?${queryString(filters, { extra: { limit: MAP_LIMIT } })}`);
    if (request !== state.requestId) return;  // a newer request is under way
    renderMarkers(page.items);
    renderList(page.items);
    const shown = page.total > page.items.length ? `${page.items.length} of ${page.total}` : `${page.total}`;
    $("event-count").textContent = `${shown} events`;
    $("event-count").setAttribute("data-count", String(page.items.length));
    $("export-csv").href = `/api/export.csv?${queryString(filters)}`;
    $("export-geojson").href = `/api/export.geojson?${queryString(filters)}`;
    setStatus("");
  }

  // ---- timeline with a brush ---------------------------------------------------------------------
  async function loadTimeline() {
    const filters = readFilters();
    const series = await getJSON(`/api/timeseries?${queryString(filters, { dates: false, extra: { interval: "week" } })}`);
    drawTimeline(series.points);
  }

  function toDay(iso) { return Date.parse(`${iso}T00:00:00Z`); }
  function isoOf(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function drawTimeline(points) {
    const chart = $("timeline");
    chart.replaceChildren();
    state.timeline = null;
    if (!points.length) {
      chart.append(svg("text", { x: 10, y: 20, class: "axis", text: "no dated events" }));
      return;
    }
    const width = chart.clientWidth || 800;
    const height = chart.clientHeight || 110;
    const first = toDay(points[0].period);
    const last = toDay(points[points.length - 1].period) + 7 * DAY_MS;
    const scale = (ms) => ((ms - first) / (last - first)) * width;
    const top = Math.max(...points.map((p) => p.events));
    const plot = height - 16;
    for (const point of points) {
      const x = scale(toDay(point.period));
      const barHeight = Math.max(1, (point.events / top) * (plot - 4));
      const bar = svg("rect", { class: "bar", x, y: plot - barHeight, width: Math.max(1, scale(toDay(point.period) + 7 * DAY_MS) - x - 1), height: barHeight });
      bar.append(svg("title", { text: `week of ${point.period}: ${point.events} events, ${point.fatalities} fatalities` }));
      chart.append(bar);
    }
    chart.append(svg("text", { class: "axis", x: 2, y: height - 3, text: isoOf(first) }));
    chart.append(svg("text", { class: "axis", x: width - 2, y: height - 3, "text-anchor": "end", text: isoOf(last - DAY_MS) }));
    const brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: plot, visibility: "hidden" });
    chart.append(brush);
    state.timeline = { first, last, width, brush };
  }

  function dateAt(x) {
    const t = state.timeline;
    const ms = t.first + (Math.max(0, Math.min(t.width, x)) / t.width) * (t.last - t.first);
    return isoOf(Math.floor(ms / DAY_MS) * DAY_MS);
  }

  function initBrush() {
    const chart = $("timeline");
    let start = null;
    const xOf = (event) => event.clientX - chart.getBoundingClientRect().left;
    chart.addEventListener("mousedown", (event) => {
      if (!state.timeline) return;
      start = xOf(event);
      event.preventDefault();
    });
    chart.addEventListener("mousemove", (event) => {
      if (start === null) return;
      const x = xOf(event);
      const brush = state.timeline.brush;
      brush.setAttribute("x", String(Math.min(start, x)));
      brush.setAttribute("width", String(Math.abs(x - start)));
      brush.setAttribute("visibility", "visible");
    });
    window.addEventListener("mouseup", (event) => {
      if (start === null) return;
      const end = xOf(event);
      const from = Math.min(start, end);
      const to = Math.max(start, end);
      start = null;
      if (to - from < 3) return;
      $("since").value = dateAt(from);
      $("until").value = dateAt(to);
      loadEvents().catch(report);
    });
    chart.addEventListener("dblclick", () => {
      if (state.timeline) state.timeline.brush.setAttribute("visibility", "hidden");
      $("since").value = "";
      $("until").value = "";
      loadEvents().catch(report);
    });
  }

  // ---- detail: fields, claims side by side, source text with evidence ------------------------------
  const DETAIL_FIELDS = [
    ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
    ["assoc_actor_1", "Assoc. actor 1"], ["actor2", "Actor 2"], ["assoc_actor_2", "Assoc. actor 2"],
    ["location", "Location"], ["admin1", "Admin1"], ["country", "Country"], ["geo_precision", "Geo precision"],
    ["fatalities", "Fatalities"], ["injuries", "Injuries"], ["confidence", "Confidence"], ["outlet", "Outlet"],
    ["published", "Published"], ["id", "Event id"],
  ];

  async function showDetail(eventId) {
    const event = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    state.selected = event.id;
    for (const item of document.querySelectorAll("#event-list li")) {
      item.classList.toggle("selected", item.getAttribute("data-event-id") === event.id);
    }
    $("detail").hidden = false;
    state.map.invalidateSize();  // the detail panel narrows the map
    $("detail").setAttribute("data-event-id", event.id);
    $("detail-title").textContent = `${event.sub_event_type} in ${event.location || event.country || "an unknown place"}`;
    renderFields(event);
    renderClaims(event.claims, event.figures_by_claimant || []);
    $("incident").replaceChildren();
    const article = await getJSON(`/api/articles/${encodeURIComponent(event.article_id)}`);
    if (state.selected === event.id) renderSource(article, event.id);
    const incident = await getIncident(event.id);
    if (state.selected === event.id) renderIncident(incident);
  }

  async function getIncident(eventId) {
    const response = await fetch(`/api/events/${encodeURIComponent(eventId)}/incident`, { headers: { Accept: "application/json" } });
    return response.ok ? response.json() : null;  // 404: the event is in no incident yet
  }

  // The incident across reports: its independent sources and every claimant's figures side by side.
  function renderIncident(incident) {
    const box = $("incident");
    if (!incident) {
      box.replaceChildren(el("p", { className: "muted", text: "Not yet grouped into an incident." }));
      return;
    }
    box.setAttribute("data-incident-id", incident.id);
    const span = incident.first_date === incident.last_date ? incident.first_date : `${incident.first_date} – ${incident.last_date}`;
    const summary = el("p", { id: "incident-summary" }, [
      `${incident.event_ids.length} report(s) from ${incident.source_count} independent source(s): ${(incident.sources || []).join(", ")}`,
      span ? ` · ${span}` : "",
      ` · fatalities ${incident.fatalities.conservative} (range ${incident.fatalities.low}–${incident.fatalities.high})`,
    ]);
    const rows = (incident.claims || []).map((c) => el("li", {}, [
      el("strong", { text: c.claimant || "(outlet's own voice)" }),
      `: ${c.field} ${c.low === c.high ? c.best : `${c.best} (${c.low}–${c.high})`} in ${c.claims} report(s)`,
    ]));
    box.replaceChildren(summary, el("ul", { id: "incident-claims" }, rows));
  }

  function renderFields(event) {
    const rows = DETAIL_FIELDS.filter(([name]) => event[name] !== null && event[name] !== "")
      .map(([name, label]) => el("tr", {}, [el("th", { text: label }), el("td", { text: event[name] })]));
    if (event.notes && event.notes.length) {
      rows.push(el("tr", {}, [el("th", { text: "Notes" }), el("td", { text: event.notes.join("; ") })]));
    }
    $("detail-fields").replaceChildren(...rows);
  }

  function renderFigures(figures) {
    return el("ul", { id: "figures" }, figures.map((f) => el("li", {}, [
      el("strong", { text: f.claimant || "(unattributed)" }),
      `: ${f.field} ${f.low === f.high ? f.best : `${f.best} (${f.low}–${f.high})`}`,
      f.quantifiers.length ? ` · ${f.quantifiers.join(", ")}` : "",
      f.stance !== "asserts" ? ` · ${f.stance}` : "",
    ])));
  }

  function renderClaims(claims, figures) {
    const box = $("claims");
    if (!claims.length) {
      box.replaceChildren(el("p", { className: "muted", text: "No attributed claims." }));
      return;
    }
    const claimants = Array.from(new Set(claims.map((c) => c.claimant || "(unattributed)")));
    const fields = Array.from(new Set(claims.map((c) => c.field)));
    const head = el("tr", {}, [el("th", { text: "Field" }), ...claimants.map((c) => el("th", { className: "claimant", text: c }))]);
    const rows = fields.map((field) => el("tr", {}, [
      el("th", { text: field }),
      ...claimants.map((claimant) => el("td", {}, claims
        .filter((c) => c.field === field && (c.claimant || "(unattributed)") === claimant)
        .map((c) => el("div", { className: "claim" }, [
          `${c.quantifier ? c.quantifier + " " : ""}${c.value}`,
          el("span", { className: "claim-stance", text: ` ${c.stance}${c.hedge ? ", " + c.hedge : ""}` }),
        ])))),
    ]));
    const table = el("table", { className: "claims-table" }, [el("thead", {}, [head]), el("tbody", {}, rows)]);
    box.replaceChildren(...(figures.length ? [renderFigures(figures)] : []), table);
  }

  function renderSource(article, eventId) {
    const meta = [article.outlet, article.published, article.title].filter(Boolean).join(" · ");
    $("source-meta").textContent = meta ? `(${meta})` : "";
    const spans = article.spans.filter((s) => s.event_id === eventId);
    const text = article.text;
    const cuts = new Set([0, text.length]);
    for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = spans.filter((s) => s.start <= start && s.end >= end);
      const chunk = text.slice(start, end);
      if (!covering.length) { pieces.push(document.createTextNode(chunk)); continue; }
      const isClaim = covering.every((s) => s.kind === "claim");
      const label = covering.map((s) => (s.claimant ? `${s.field} (${s.claimant})` : s.field)).join(", ");
      pieces.push(el("mark", { className: isClaim ? "claim" : "evidence", title: label, "data-fields": label, text: chunk }));
    }
    $("source-text").replaceChildren(...pieces);
  }

  // ---- trends ------------------------------------------------------------------------------------
  async function drawTrend() {
    const actor = $("trend-actor").value.trim();
    const regions = $("trend-regions").value.split(",").map((r) => r.trim()).filter(Boolean);
    const params = new URLSearchParams({ group_by: "admin1", interval: $("trend-interval").value, top: "50" });
    if (actor) params.set("actor", actor);
    const series = await getJSON(`/api/timeseries?${params}`);
    const wanted = regions.map((r) => r.toLowerCase());
    const byKey = new Map();
    for (const point of series.points) {
      if (wanted.length && !wanted.includes(point.key.toLowerCase())) continue;
      if (!byKey.has(point.key)) byKey.set(point.key, []);
      byKey.get(point.key).push(point);
    }
    const keys = Array.from(byKey.keys())
      .sort((a, b) => total(byKey.get(b)) - total(byKey.get(a))).slice(0, wanted.length ? 8 : 5);
    renderTrend(keys.map((key) => ({ key, points: byKey.get(key) })), series.interval, actor);
  }

  function total(points) { return points.reduce((sum, p) => sum + p.events, 0); }

  function renderTrend(lines, interval, actor) {
    const chart = $("trend-chart");
    chart.replaceChildren();
    $("trend-legend").replaceChildren();
    chart.setAttribute("data-series", String(lines.length));
    if (!lines.length) {
      chart.append(svg("text", { x: 10, y: 20, class: "axis", text: "no events for this actor and these regions" }));
      return;
    }
    const width = chart.clientWidth || 800;
    const height = chart.clientHeight || 180;
    const all = lines.flatMap((l) => l.points);
    const step = interval === "day" ? DAY_MS : 7 * DAY_MS;
    const first = Math.min(...all.map((p) => toDay(p.period)));
    const last = Math.max(...all.map((p) => toDay(p.period))) + step;
    const top = Math.max(...all.map((p) => p.events));
    const x = (ms) => 30 + ((ms - first) / (last - first)) * (width - 40);
    const y = (n) => height - 20 - (n / top) * (height - 35);
    lines.forEach((line, index) => {
      const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
      const counts = new Map(line.points.map((p) => [toDay(p.period), p.events]));
      const coords = [];
      for (let ms = first; ms < last; ms += step) coords.push(`${x(ms).toFixed(1)},${y(counts.get(ms) || 0).toFixed(1)}`);
      chart.append(svg("polyline", { points: coords.join(" "), fill: "none", stroke: colour, "stroke-width": 2, "data-key": line.key }));
      $("trend-legend").append(el("span", {}, [el("span", { className: "swatch", style: `background:${colour}` }), ` ${line.key} (${total(line.points)})`]));
    });
    chart.append(svg("text", { class: "axis", x: 2, y: 12, text: `${top} events per ${interval}${actor ? " · " + actor : ""}` }));
    chart.append(svg("text", { class: "axis", x: 30, y: height - 4, text: isoOf(first) }));
    chart.append(svg("text", { class: "axis", x: width - 4, y: height - 4, "text-anchor": "end", text: isoOf(last - step) }));
  }

  // ---- start -------------------------------------------------------------------------------------
  function report(error) {
    console.error(error);
    setStatus(`error: ${(error && error.message) || error}`);
  }

  function refresh() {
    return Promise.all([loadEvents(), loadTimeline()]).catch(report);
  }

  async function start() {
    const config = await getJSON("/api/config");
    state.config = config;
    buildTypeFilters(config.event_types);
    await initMap(config);
    initBrush();
    $("filter-form").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
    $("type-filters").addEventListener("change", () => refresh());
    $("reset-filters").addEventListener("click", () => {
      $("filter-form").reset();
      for (const input of document.querySelectorAll("#type-filters input")) input.checked = true;
      refresh();
    });
    $("detail-close").addEventListener("click", () => {
      $("detail").hidden = true;
      state.selected = null;
      state.map.invalidateSize();
    });
    $("trend-form").addEventListener("submit", (event) => { event.preventDefault(); drawTrend().catch(report); });
    await Promise.all([refresh(), loadFilterLists().catch(report)]);
    document.body.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", () => { start().catch(report); });
})();
