// sitrep web app: the events table (#/events) with filters and pagination; #/events/{id} is
// delegated to event.js.

import {
  el,
  fetchJson,
  page,
  query,
  route,
  appLink,
  formatDate,
  formatInterval,
  formatLocation,
  badge,
  offsetOf,
} from './dom.js';
import * as eventPage from './event.js';

const EVENT_TYPES = [
  'ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'SANCTION', 'THREATEN', 'REJECT', 'ACCUSE',
  'REQUEST', 'RETREAT', 'AID', 'COOPERATE', 'CONCEDE', 'SUPPORT', 'CONSULT', 'AGREE',
];
const LIMIT = 50;

export async function render(ctx) {
  if (ctx.path.length > 1) {
    return eventPage.render(ctx);
  }
  const view = page('events', 'Events');
  ctx.mount(view);
  const params = ctx.params;
  const filters = filterForm(params);
  view.body.appendChild(filters.form);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const apiQuery = query({
    actor: params.get('actor'),
    place: params.get('place'),
    type: params.get('type'),
    from: params.get('from'),
    to: params.get('to'),
    minSources: params.get('minSources'),
    limit: LIMIT,
    offset: offset || null,
  });
  const result = el('div', { class: 'result' });
  view.body.appendChild(result);
  let answer;
  try {
    answer = await fetchJson(`/api/events${apiQuery}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  result.appendChild(summaryLine(answer, offset));
  result.appendChild(eventsTable(answer.items));
  result.appendChild(pager(params, answer, offset));
  view.ready();
}

function filterForm(params) {
  const field = (label, input) => el('label', { class: 'field' }, el('span', { text: label }), input);
  const text = (name, testid, placeholder) =>
    el('input', { type: 'text', name, testid, placeholder, value: params.get(name) ?? '' });
  const type = el(
    'select',
    { name: 'type', testid: 'filter-type' },
    el('option', { value: '', text: 'any type' }),
    EVENT_TYPES.map((t) => el('option', { value: t, text: t, selected: params.get('type') === t })),
  );
  const minSources = el('input', {
    type: 'number',
    name: 'minSources',
    testid: 'filter-min-sources',
    min: '1',
    step: '1',
    placeholder: '1',
    value: params.get('minSources') ?? '',
  });
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field('Actor', text('actor', 'filter-actor', 'name or id')),
    field('Place', text('place', 'filter-place', 'name')),
    field('Type', type),
    field('From', text('from', 'filter-from', 'YYYY[-MM[-DD]]')),
    field('To', text('to', 'filter-to', 'YYYY[-MM[-DD]]')),
    field('Min. sources', minSources),
    el('button', { type: 'submit', testid: 'filter-apply', text: 'Apply' }),
    el('a', { href: '#/events', class: 'reset', text: 'Reset' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const values = {};
    for (const [key, value] of data.entries()) {
      values[key] = value;
    }
    window.location.hash = `#/events${query(values)}`;
  });
  return { form };
}

function summaryLine(answer, offset) {
  const count = answer.items.length;
  if (count === 0) {
    return el('p', { class: 'muted', text: offset > 0 ? 'No more events.' : 'No events match.' });
  }
  return el('p', {
    class: 'muted',
    text: `Events ${offset + 1}–${offset + count}${answer.next ? ' (more on the next page)' : ''}`,
  });
}

function eventsTable(items) {
  const headers = ['Date', 'Type', 'Location', 'Participants', 'Fatalities', 'Sources', ''];
  const rows = items.map(eventRow);
  const head = el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h }))));
  return el(
    'div',
    { class: 'table-wrap' },
    el('table', { class: 'grid events', testid: 'events-table' }, head, el('tbody', {}, rows)),
  );
}

function eventRow(item) {
  const m = item.merged;
  const href = route('#/events', item.id);
  const acled = m.acled ? [m.acled.event_type, m.acled.sub_event_type].filter(Boolean).join(' › ') : '';
  const disagreements = (m.disagreements || []).length;
  return el(
    'tr',
    { testid: 'event-row', 'data-event-id': item.id },
    el('td', { class: 'nowrap' }, appLink(href, m.date && m.date.value ? formatDate(m.date) : 'undated', { 'aria-label': `Event ${item.id}` })),
    el(
      'td',
      {},
      el('a', { href, class: 'strong', text: [m.type, m.mode].filter(Boolean).join(' · ') }),
      acled ? el('div', { class: 'small muted', text: acled }) : null,
    ),
    el('td', {}, locationCell(m.location)),
    el('td', {}, participants(m.participants || [])),
    el('td', { class: 'num', text: formatInterval(m.fatalities) }),
    el(
      'td',
      { class: 'nowrap' },
      `${m.sources}`,
      el('span', { class: 'muted', text: ` (${m.independent_sources} indep.)`, title: 'independent sources' }),
    ),
    el('td', {}, disagreements > 0 ? badge(`${disagreements} disagree`, 'warn') : null),
  );
}

function locationCell(location) {
  if (!location) {
    return el('span', { class: 'muted', text: '—' });
  }
  const region = [location.admin1, location.country_code].filter(Boolean).join(', ');
  return [el('div', { text: location.name || '—' }), region ? el('div', { class: 'small muted', text: region }) : null];
}

/** Participants grouped by role: "actor: United States, Afghan forces". */
export function participants(list) {
  if (list.length === 0) {
    return el('span', { class: 'muted', text: '—' });
  }
  const byRole = new Map();
  for (const p of list) {
    if (!byRole.has(p.role)) byRole.set(p.role, []);
    byRole.get(p.role).push(p);
  }
  return el(
    'ul',
    { class: 'plain participants' },
    [...byRole.entries()].map(([role, people]) =>
      el(
        'li',
        {},
        el('span', { class: `role-tag hl-${role}`, text: role }),
        ' ',
        people.map((p, i) => [
          i > 0 ? ', ' : '',
          p.actor_id ? appLink(route('#/actors', p.actor_id), p.name) : el('span', { text: p.name }),
        ]),
      ),
    ),
  );
}

function pager(params, answer, offset) {
  const prevParams = new URLSearchParams(params);
  const prevOffset = Math.max(0, offset - (answer.limit || LIMIT));
  if (prevOffset > 0) prevParams.set('offset', String(prevOffset));
  else prevParams.delete('offset');
  const nextOffset = offsetOf(answer.next);
  const nextParams = new URLSearchParams(params);
  if (nextOffset !== null) nextParams.set('offset', String(nextOffset));
  const go = (p) => () => {
    const text = p.toString();
    window.location.hash = `#/events${text ? `?${text}` : ''}`;
  };
  return el(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    el('button', { type: 'button', testid: 'page-prev', disabled: offset <= 0, onclick: go(prevParams), text: '← Previous' }),
    el('button', { type: 'button', testid: 'page-next', disabled: nextOffset === null, onclick: go(nextParams), text: 'Next →' }),
  );
}
