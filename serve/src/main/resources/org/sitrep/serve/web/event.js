// sitrep web app: one ledger event (#/events/{id}): merged values, disagreements, and every
// source's report with its passages, the evidence highlighted by role.

import {
  el,
  fetchJson,
  page,
  route,
  appLink,
  externalLink,
  facts,
  formatDate,
  formatInterval,
  formatLocation,
  badge,
} from './dom.js';
import { highlightFragment, legend } from './highlight.js';
import { participants } from './events.js';

export const ROLES = [
  'trigger', 'actor', 'target', 'victim', 'instrument', 'date', 'place',
  'fatalities', 'captured', 'injured', 'source',
];

export async function render(ctx) {
  const id = ctx.path[1];
  const view = page('event', 'Event');
  ctx.mount(view);
  let detail;
  try {
    detail = await fetchJson(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  const m = detail.merged;
  view.heading.textContent = `${[m.type, m.mode].filter(Boolean).join(' · ')} — ${formatDate(m.date)}`;
  const titles = new Map(detail.reports.map((r) => [r.article_id, r.title || r.article_id]));
  view.body.append(
    el('p', { class: 'muted small', text: `Ledger event ${detail.id}` }),
    el(
      'div',
      { class: 'columns' },
      el('section', { class: 'card', 'aria-labelledby': 'merged-h' }, el('h2', { id: 'merged-h', text: 'Merged values' }), mergedFacts(m)),
      el(
        'section',
        { class: 'card', 'aria-labelledby': 'participants-h' },
        el('h2', { id: 'participants-h', text: 'Participants' }),
        participants(m.participants || []),
      ),
    ),
    disagreementsPanel(m.disagreements || [], titles),
    el(
      'section',
      { class: 'reports', 'aria-labelledby': 'reports-h' },
      el('h2', { id: 'reports-h', text: `Sources (${detail.reports.length})` }),
      legend(ROLES, 'role'),
      detail.reports.map(reportCard),
    ),
  );
  view.ready();
}

function mergedFacts(m) {
  const acled = m.acled ? [m.acled.event_type, m.acled.sub_event_type].filter(Boolean).join(' › ') : null;
  return facts([
    ['Type', [m.type, m.mode].filter(Boolean).join(' · ')],
    ['ACLED', acled],
    ['Date', dateText(m)],
    ['Location', locationText(m.location)],
    ['Fatalities', formatInterval(m.fatalities)],
    ['Captured', m.captured ? formatInterval(m.captured) : null],
    ['Injured', m.injured ? formatInterval(m.injured) : null],
    ['Modality', m.modality],
    ['Sources', `${m.sources} (${m.independent_sources} independent)`],
    ['First reported', m.first_reported],
    ['Last reported', m.last_reported],
  ]);
}

function dateText(m) {
  const range = m.date_start && m.date_end && m.date_start !== m.date_end ? ` · ${m.date_start} to ${m.date_end}` : '';
  return `${formatDate(m.date)}${range}`;
}

function locationText(location) {
  if (!location) {
    return '—';
  }
  const coords =
    location.lat != null && location.lon != null ? ` · ${location.lat.toFixed(3)}, ${location.lon.toFixed(3)}` : '';
  const precision = location.precision ? ` (${location.precision})` : '';
  return `${formatLocation(location)}${precision}${coords}`;
}

function disagreementsPanel(disagreements, titles) {
  const section = el(
    'section',
    { class: 'card disagreements', 'aria-labelledby': 'disagreements-h' },
    el('h2', { id: 'disagreements-h', text: `Disagreements (${disagreements.length})` }),
  );
  if (disagreements.length === 0) {
    section.appendChild(el('p', { class: 'muted', text: 'The sources agree on every field they report.' }));
    return section;
  }
  for (const d of disagreements) {
    section.appendChild(
      el(
        'div',
        { class: 'disagreement', testid: 'disagreement', 'data-field': d.field },
        el('h3', {}, badge(d.field, 'warn')),
        el(
          'div',
          { class: 'sides' },
          (d.values || []).map((v) =>
            el(
              'div',
              { class: 'side' },
              el('div', { class: 'value', text: v.value }),
              v.text ? el('q', { class: 'evidence', text: v.text }) : el('div', { class: 'muted small', text: 'source silent' }),
              el(
                'div',
                { class: 'small' },
                appLink(route('#/articles', v.article_id), titles.get(v.article_id) || v.article_id),
                el('span', { class: 'muted', text: ` · ${v.event_id}` }),
              ),
            ),
          ),
        ),
      ),
    );
  }
  return section;
}

function reportCard(report) {
  const e = report.event || {};
  return el(
    'article',
    { class: 'card source-report', testid: 'source-report', 'data-article-id': report.article_id },
    el(
      'header',
      { class: 'report-head' },
      el('h3', {}, appLink(route('#/articles', report.article_id), report.title || `(untitled ${report.article_id})`, { testid: 'article-link' })),
      el(
        'p',
        { class: 'small muted' },
        [report.source || 'unknown source', report.published ? `published ${report.published}` : 'no date'].join(' · '),
        report.copy_of ? ` · copy of ${report.copy_of}` : '',
      ),
      report.url ? el('p', { class: 'small' }, externalLink(report.url)) : null,
      el('p', { class: 'small' }, el('span', { class: 'muted', text: 'Match: ' }), report.match_rule || '—'),
    ),
    el('details', { class: 'report-values' }, el('summary', { text: `Its values (event ${e.id || '?'})` }), reportFacts(e)),
    el(
      'div',
      { class: 'passages' },
      (report.passages || []).map((p) =>
        el(
          'blockquote',
          { class: 'passage', testid: 'passage', 'data-start': p.start, 'data-end': p.end },
          highlightFragment(
            p.text || '',
            p.start,
            (p.highlights || []).map((h) => ({ start: h.start, end: h.end, key: h.role, label: h.role })),
            { attr: 'role', order: ROLES },
          ),
        ),
      ),
    ),
  );
}

function names(list) {
  return (list || []).map((a) => `${a.name}${a.text && a.text !== a.name ? ` (“${a.text}”)` : ''}`).join('; ');
}

function reportFacts(e) {
  const acled = e.acled ? [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(' › ') : null;
  return facts([
    ['Type', [e.type, e.mode].filter(Boolean).join(' · ')],
    ['ACLED', acled],
    ['Trigger', e.trigger ? e.trigger.text : null],
    ['Date', e.date ? `${formatDate(e.date)}${e.date.text ? ` from “${e.date.text}”` : ''}` : null],
    ['Location', e.location ? `${formatLocation(e.location)}${e.location.text ? ` from “${e.location.text}”` : ''}` : null],
    ['Actors', names(e.actors)],
    ['Targets', names(e.targets)],
    ['Victims', names(e.victims)],
    ['Instruments', names(e.instruments)],
    ['Fatalities', e.fatalities ? formatInterval(e.fatalities) : null],
    ['Captured', e.captured ? formatInterval(e.captured) : null],
    ['Injured', e.injured ? formatInterval(e.injured) : null],
    ['Modality', e.modality],
    ['Attributed to', e.attribution ? e.attribution.source || e.attribution.text : null],
    ['Confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null],
  ]);
}
