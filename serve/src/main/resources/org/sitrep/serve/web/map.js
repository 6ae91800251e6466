// sitrep web app: the offline map (#/map): country outlines, the provinces of every country
// that has events, and events with coordinates as points linking to their event page.

import { el, fetchJson, page, route, appLink, formatDate, formatLocation } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const PAGE_SIZE = 500;
// Enough for an analyst's map; beyond this the points would hide each other anyway.
const MAX_EVENTS = 5000;

export async function render(ctx) {
  const view = page('map', 'Map');
  ctx.mount(view);
  let atlas;
  let events;
  let world;
  let index;
  try {
    // Imported on demand, so that the rest of the app works even without the atlas.
    [atlas, events, world, index] = await Promise.all([
      import('/atlas/atlas.js'),
      allEvents(),
      fetchJson('/atlas/world.json'),
      fetchJson('/atlas/index.json'),
    ]);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  const withProvinces = new Set(index.filter((c) => c.provinces > 0).map((c) => c.iso2));
  const codes = [...new Set(events.items.map((e) => e.merged.location && e.merged.location.country_code).filter(Boolean))]
    .map((c) => c.toUpperCase())
    .filter((c) => withProvinces.has(c));
  let provinces = [];
  try {
    const topologies = await Promise.all(codes.map((c) => fetchJson(`/atlas/provinces/${encodeURIComponent(c)}.json`)));
    provinces = topologies.flatMap((t) => atlas.decodeTopology(t));
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  const located = events.items.filter((e) => hasPoint(e.merged.location));
  const missing = events.items.length - located.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('data-testid', 'map-svg');
  svg.setAttribute('width', '960');
  svg.setAttribute('height', '600');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Map of ${located.length} located events`);
  svg.setAttribute('class', 'map');
  atlas.drawMap(svg, {
    countries: atlas.decodeTopology(world),
    provinces,
    points: located.map((e) => ({
      lon: e.merged.location.lon,
      lat: e.merged.location.lat,
      label: label(e),
      href: route('#/events', e.id),
      radius: 7 + Math.min(8, 3 * Math.log2(Math.max(1, e.merged.sources))),
    })),
  });
  const circles = svg.querySelectorAll('circle.atlas-point');
  view.body.append(
    el(
      'p',
      { class: 'muted', testid: 'map-summary' },
      `${located.length} of ${events.items.length} events plotted; ${missing} without coordinates.`,
      events.truncated ? ` Only the first ${MAX_EVENTS} events of the ledger are shown.` : '',
    ),
    el(
      'div',
      { class: 'map-layout' },
      el('div', { class: 'map-frame' }, svg),
      el(
        'aside',
        { class: 'map-list', 'aria-label': 'Plotted events' },
        el('h2', { text: 'Plotted events' }),
        el(
          'ol',
          { class: 'plain', testid: 'map-events' },
          located.map((e, i) => listItem(e, circles[i])),
        ),
      ),
    ),
  );
  view.ready();
}

async function allEvents() {
  const items = [];
  let offset = 0;
  for (;;) {
    const answer = await fetchJson(`/api/events?limit=${PAGE_SIZE}&offset=${offset}`);
    items.push(...answer.items);
    if (!answer.next || answer.items.length === 0) {
      return { items, truncated: false };
    }
    if (items.length >= MAX_EVENTS) {
      return { items, truncated: true };
    }
    offset += answer.items.length;
  }
}

function hasPoint(location) {
  return !!location && Number.isFinite(location.lat) && Number.isFinite(location.lon);
}

function label(e) {
  const m = e.merged;
  return `${[m.type, m.mode].filter(Boolean).join(' · ')} — ${formatDate(m.date)} — ${formatLocation(m.location)}`;
}

function listItem(e, circle) {
  const m = e.merged;
  const link = appLink(route('#/events', e.id), [m.type, m.mode].filter(Boolean).join(' · '), { class: 'strong' });
  const item = el(
    'li',
    { 'data-event-id': e.id },
    link,
    el('div', { class: 'small muted', text: `${formatDate(m.date)} · ${formatLocation(m.location)}` }),
  );
  if (circle) {
    const on = () => circle.classList.add('active');
    const off = () => circle.classList.remove('active');
    item.addEventListener('mouseenter', on);
    item.addEventListener('mouseleave', off);
    link.addEventListener('focus', on);
    link.addEventListener('blur', off);
  }
  return item;
}
