// sitrep web app: claims compared (#/contradictions): one card per comparison with its verdict,
// subject, explanation and each side's claims with their sources.

import { el, fetchJson, page, query, route, appLink, badge } from './dom.js';

export async function render(ctx) {
  const all = ctx.params.get('all') === 'true';
  const view = page('contradictions', 'Contradictions');
  ctx.mount(view);
  const toggle = el('input', { type: 'checkbox', id: 'contra-all', checked: all, testid: 'contradictions-all' });
  toggle.addEventListener('change', () => {
    window.location.hash = `#/contradictions${query({ all: toggle.checked ? 'true' : null })}`;
  });
  view.body.appendChild(el('p', { class: 'filters' }, toggle, el('label', { for: 'contra-all', text: ' also show comparisons that agree' })));
  let answer;
  let titles;
  try {
    [answer, titles] = await Promise.all([fetchJson(`/api/contradictions${query({ all: all ? 'true' : null })}`), articleTitles()]);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  if (answer.length === 0) {
    view.body.appendChild(el('p', { class: 'muted', text: 'No claims contradict each other.' }));
  }
  view.body.appendChild(el('div', { class: 'cards' }, answer.map((c) => card(c, titles))));
  view.ready();
}

// Titles for the source links; the list is small next to the claims, and a failure only costs
// the titles (the links still show the article ids).
async function articleTitles() {
  try {
    const answer = await fetchJson('/api/articles?limit=500');
    return new Map(answer.items.map((a) => [a.id, a.title]));
  } catch (error) {
    return new Map();
  }
}

function card(c, titles) {
  return el(
    'article',
    { class: 'card contradiction', testid: 'contradiction', 'data-verdict': c.verdict },
    el(
      'header',
      { class: 'contra-head' },
      badge(c.verdict, `verdict verdict-${c.verdict}`),
      el('span', { class: 'muted small', text: ` ${c.kind} ` }),
      el('h2', { class: 'subject', text: c.subject }),
    ),
    el('p', { class: 'explanation', text: c.explanation }),
    el(
      'div',
      { class: 'sides' },
      (c.sides || []).map((side) =>
        el(
          'section',
          { class: 'side', 'aria-label': side.position },
          el('h3', { text: side.position }),
          el('ul', { class: 'plain' }, (side.claims || []).map((claim) => claimItem(claim, titles))),
        ),
      ),
    ),
  );
}

function claimItem(claim, titles) {
  return el(
    'li',
    { class: 'claim', 'data-claim-id': claim.claim_id },
    el('q', { class: 'evidence', text: claim.text }),
    el(
      'div',
      { class: 'small' },
      el('span', { class: 'strong', text: claim.speaker || 'article’s own voice' }),
      el('span', { class: 'muted', text: ` · ${claim.stance}` }),
    ),
    el(
      'div',
      { class: 'small muted' },
      appLink(route('#/articles', claim.article_id), titles.get(claim.article_id) || claim.article_id),
      ` · published ${claim.published || '?'}`,
      claim.as_of && claim.as_of !== claim.published ? ` · as of ${claim.as_of}` : '',
    ),
  );
}
