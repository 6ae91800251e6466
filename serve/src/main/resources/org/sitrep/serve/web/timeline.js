// sitrep web app: the timeline of an actor or a place (#/timeline?q=NAME), events in date order
// on a vertical axis with year and month headings.

import { el, fetchJson, page, query, route, appLink, formatDate, formatInterval, formatLocation, badge, offsetOf } from './dom.js';

const LIMIT = 200;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export async function render(ctx) {
  const q = (ctx.params.get('q') || '').trim();
  const view = page('timeline', 'Timeline');
  ctx.mount(view);
  const input = el('input', { type: 'search', id: 'timeline-q', testid: 'timeline-query', value: q, placeholder: 'actor or place, e.g. a group or a province' });
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Timeline of an actor or place' },
    el('label', { class: 'field grow', for: 'timeline-q' }, el('span', { text: 'Actor or place' })),
    input,
    el('button', { type: 'submit', testid: 'timeline-go', text: 'Show timeline' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/timeline${query({ q: input.value })}`;
  });
  view.body.appendChild(form);
  if (!q) {
    view.body.appendChild(el('p', { class: 'muted', text: 'Name an actor or a place to see its events in date order.' }));
    view.ready();
    return;
  }
  const offset = Math.max(0, Number(ctx.params.get('offset')) || 0);
  let answer;
  try {
    answer = await fetchJson(`/api/timeline${query({ q, limit: LIMIT, offset: offset || null })}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  view.heading.textContent = `Timeline: ${answer.query}`;
  const items = (answer.events && answer.events.items) || [];
  view.body.appendChild(
    el(
      'p',
      { class: 'muted' },
      `${items.length} event${items.length === 1 ? '' : 's'} for the ${answer.kind} `,
      (answer.keys || []).map((k, i) => [i ? ', ' : '', answer.kind === 'actor' ? appLink(route('#/actors', k), k) : el('code', { text: k })]),
    ),
  );
  view.body.appendChild(axis(items));
  const nextOffset = offsetOf(answer.events && answer.events.next);
  if (nextOffset !== null) {
    view.body.appendChild(el('p', {}, appLink(`#/timeline${query({ q, offset: nextOffset })}`, 'Later events →', { testid: 'page-next' })));
  }
  view.ready();
}

function sortKey(item) {
  const m = item.merged;
  return m.date_start || (m.date && m.date.value) || '9999';
}

function axis(items) {
  const sorted = [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const list = el('ol', { class: 'timeline', 'aria-label': 'Events in date order' });
  let year = null;
  let month = null;
  for (const item of sorted) {
    const key = sortKey(item);
    const itemYear = key === '9999' ? 'Undated' : key.slice(0, 4);
    const itemMonth = key.length >= 7 && item.merged.date && item.merged.date.precision !== 'year' ? key.slice(5, 7) : null;
    if (itemYear !== year) {
      year = itemYear;
      month = null;
      list.appendChild(el('li', { class: 'tl-year' }, el('h2', { text: itemYear })));
    }
    if (itemMonth && itemMonth !== month) {
      month = itemMonth;
      list.appendChild(el('li', { class: 'tl-month' }, el('h3', { text: `${MONTHS[Number(itemMonth) - 1] || itemMonth} ${itemYear}` })));
    }
    list.appendChild(entry(item));
  }
  if (sorted.length === 0) {
    list.appendChild(el('li', { class: 'muted', text: 'No events.' }));
  }
  return list;
}

function entry(item) {
  const m = item.merged;
  const who = (m.participants || []).map((p) => `${p.name} (${p.role})`).join(', ');
  return el(
    'li',
    { class: 'tl-item', testid: 'timeline-item', 'data-event-id': item.id },
    el('span', { class: 'tl-date', text: formatDate(m.date) }),
    el(
      'div',
      { class: 'tl-body' },
      appLink(route('#/events', item.id), [m.type, m.mode].filter(Boolean).join(' · '), { class: 'strong' }),
      m.location ? el('span', { text: ` in ${formatLocation(m.location)}` }) : null,
      m.fatalities ? el('span', { text: ` · ${formatInterval(m.fatalities)} killed` }) : null,
      ' ',
      el('span', { class: 'muted small', text: `${m.sources} source${m.sources === 1 ? '' : 's'}` }),
      (m.disagreements || []).length ? [' ', badge('disagreement', 'warn')] : null,
      who ? el('div', { class: 'small muted', text: who }) : null,
    ),
  );
}
