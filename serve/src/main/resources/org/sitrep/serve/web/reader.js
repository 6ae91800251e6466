// sitrep web app: shows one extraction (article text with entities, places, times, event
// triggers and quotes highlighted, and side lists of each). Used by the article reader and the
// paste page.

import { el, clear, route, appLink, formatDate, formatInterval, formatLocation } from './dom.js';
import { highlightFragment } from './highlight.js';

export const KINDS = ['event', 'entity', 'place', 'time', 'quote'];
// Which kind names a piece covered by several: the more specific first (a place is often an
// entity too; the place says more).
const PRIORITY = ['event', 'place', 'time', 'entity', 'quote'];
const KIND_LABELS = { event: 'Event triggers', entity: 'Entities', place: 'Places', time: 'Times', quote: 'Quotes / claims' };

/**
 * @param {object} extraction {article, entities, places, times, events, claims, ...}
 * @param {object} [ledgerEvents] article event id → ledger event id
 * @returns {HTMLElement}
 */
export function renderExtraction(extraction, ledgerEvents = {}) {
  const text = (extraction.article && extraction.article.text) || '';
  const spans = spansOf(extraction);
  const enabled = new Set(KINDS);
  const textBlock = el('div', { class: 'article-text', testid: 'article-text', tabindex: '0', 'aria-label': 'Article text' });
  const draw = () => {
    clear(textBlock);
    textBlock.appendChild(
      highlightFragment(text, 0, spans.filter((s) => enabled.has(s.key)), { attr: 'kind', order: PRIORITY, chunk: 20000 }),
    );
  };
  draw();
  const toggles = el(
    'fieldset',
    { class: 'toggles' },
    el('legend', { text: 'Highlight' }),
    KINDS.map((kind) => {
      const box = el('input', { type: 'checkbox', checked: true, 'data-kind-toggle': kind, testid: `toggle-${kind}` });
      box.addEventListener('change', () => {
        if (box.checked) enabled.add(kind);
        else enabled.delete(kind);
        draw();
      });
      return el('label', { class: 'toggle' }, box, el('span', { class: `swatch hl-${kind}`, text: KIND_LABELS[kind] }));
    }),
  );
  const jump = (start) => {
    const mark = textBlock.querySelector(`mark[data-start="${Number(start)}"]`);
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.classList.add('flash');
      setTimeout(() => mark.classList.remove('flash'), 1500);
    }
  };
  const warnings = (extraction.article && extraction.article.warnings) || [];
  return el(
    'div',
    { class: 'reader' },
    el(
      'div',
      { class: 'reader-main' },
      toggles,
      warnings.length ? el('ul', { class: 'warnings small' }, warnings.map((w) => el('li', { text: String(w) }))) : null,
      textBlock,
    ),
    el(
      'aside',
      { class: 'reader-side', 'aria-label': 'What was extracted' },
      eventsList(extraction.events || [], ledgerEvents, jump),
      entitiesList(extraction.entities || [], jump),
      placesList(extraction.places || [], jump),
      timesList(extraction.times || [], jump),
      claimsList(extraction.claims || [], jump),
    ),
  );
}

function spansOf(x) {
  const spans = [];
  for (const e of x.entities || []) {
    for (const m of e.mentions || []) {
      spans.push({ start: m.start, end: m.end, key: 'entity', label: `entity: ${e.name} (${e.kind}${e.actor_id ? `, ${e.actor_id}` : ''})` });
    }
  }
  for (const p of x.places || []) {
    spans.push({ start: p.start, end: p.end, key: 'place', label: `place: ${formatLocation(p)}` });
  }
  for (const t of x.times || []) {
    spans.push({ start: t.start, end: t.end, key: 'time', label: `time: ${t.value ?? '?'} (${t.type})` });
  }
  for (const v of x.events || []) {
    if (v.trigger) {
      spans.push({ start: v.trigger.start, end: v.trigger.end, key: 'event', label: `event ${v.id}: ${v.type}` });
    }
  }
  for (const c of x.claims || []) {
    if (c.content) {
      const who = c.speaker ? c.speaker.name : 'unattributed';
      spans.push({ start: c.content.start, end: c.content.end, key: 'quote', label: `claim ${c.id}: ${who} (${c.stance})` });
    }
  }
  return spans;
}

// Lists are built for the first SHOWN items only: a huge article has tens of thousands.
const SHOWN = 200;

function sideSection(kind, testid, title, data, build) {
  const list = el('ul', { class: 'plain', testid }, data.slice(0, SHOWN).map(build));
  const section = el(
    'section',
    { class: 'side-list' },
    el('h2', {}, el('span', { class: `swatch hl-${kind}`, text: `${title} (${data.length})` })),
    list,
    data.length === 0 ? el('p', { class: 'muted small', text: 'none' }) : null,
  );
  if (data.length > SHOWN) {
    const more = el('button', { type: 'button', class: 'link small', text: `Show all ${data.length}` });
    more.addEventListener('click', () => {
      list.append(...data.slice(SHOWN).map(build));
      more.remove();
    });
    section.appendChild(more);
  }
  return section;
}

function jumpButton(span, jump) {
  if (!span || span.start == null) return null;
  return el('button', {
    type: 'button',
    class: 'link small',
    title: 'Show in the text',
    text: `“${shorten(span.text || '', 60)}”`,
    onclick: () => jump(span.start),
  });
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function eventsList(events, ledgerEvents, jump) {
  const build = ((v) => {
    const ledgerId = ledgerEvents[v.id];
    const label = `${v.id} ${[v.type, v.mode].filter(Boolean).join(' · ')}`;
    return el(
      'li',
      { 'data-event': v.id },
      ledgerId ? appLink(route('#/events', ledgerId), label, { class: 'strong' }) : el('span', { class: 'strong', text: label }),
      ' ',
      jumpButton(v.trigger, jump),
      el(
        'div',
        { class: 'small muted' },
        [v.date ? formatDate(v.date) : null, v.location ? formatLocation(v.location) : null,
          v.fatalities ? `${formatInterval(v.fatalities)} killed` : null, v.modality]
          .filter(Boolean)
          .join(' · '),
      ),
    );
  });
  return sideSection('event', 'article-events', 'Events', events, build);
}

function entitiesList(entities, jump) {
  const build = ((e) =>
    el(
      'li',
      { 'data-entity': e.id },
      e.actor_id ? appLink(route('#/actors', e.actor_id), e.name, { class: 'strong' }) : el('span', { class: 'strong', text: e.name }),
      el('span', { class: 'muted small', text: ` ${e.kind}${e.actor_type ? ` · ${e.actor_type}` : ''}${e.actor_id ? ` · ${e.actor_id}` : ''}` }),
      ' ',
      jumpButton((e.mentions || [])[0], jump),
      (e.mentions || []).length > 1 ? el('span', { class: 'muted small', text: ` ×${e.mentions.length}` }) : null,
    )
  );
  return sideSection('entity', 'article-entities', 'Entities', entities, build);
}

function placesList(places, jump) {
  const build = ((p) =>
    el(
      'li',
      {},
      el('span', { class: 'strong', text: formatLocation(p) }),
      ' ',
      jumpButton(p, jump),
      el(
        'div',
        { class: 'small muted' },
        [p.feature, p.lat != null && p.lon != null ? `${Number(p.lat).toFixed(3)}, ${Number(p.lon).toFixed(3)}` : 'no coordinates',
          p.resolution]
          .filter(Boolean)
          .join(' · '),
      ),
    )
  );
  return sideSection('place', 'article-places', 'Places', places, build);
}

function timesList(times, jump) {
  const build = ((t) =>
    el('li', {}, jumpButton(t, jump), ' → ', el('span', { class: 'strong', text: t.value ?? '?' }),
      el('span', { class: 'muted small', text: ` ${t.type}${t.mod ? ` · ${t.mod}` : ''}` }))
  );
  return sideSection('time', 'article-times', 'Times', times, build);
}

function claimsList(claims, jump) {
  const build = ((c) =>
    el(
      'li',
      { 'data-claim': c.id },
      el(
        'div',
        {},
        el('span', { class: 'strong', text: c.speaker ? c.speaker.name : 'unattributed' }),
        c.speaker && c.speaker.actor_id ? [' ', appLink(route('#/actors', c.speaker.actor_id), '(actor)', { class: 'small' })] : null,
        el('span', { class: 'muted small', text: ` ${c.stance}${c.direct ? ' · direct quote' : ' · reported'}${c.cue ? ` · “${c.cue.text}”` : ''}` }),
      ),
      c.content ? el('button', { type: 'button', class: 'link quote-text', text: `“${shorten(c.content.text || '', 160)}”`, onclick: () => jump(c.content.start) }) : null,
    )
  );
  return sideSection('quote', 'article-claims', 'Claims & quotes', claims, build);
}
