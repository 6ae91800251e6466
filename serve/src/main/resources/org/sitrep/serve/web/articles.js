// sitrep web app: the article list (#/articles) and the article reader (#/articles/{id}).

import { el, fetchJson, page, query, route, appLink, externalLink, facts, badge, offsetOf } from './dom.js';
import { renderExtraction } from './reader.js';

const LIMIT = 50;

export async function render(ctx) {
  return ctx.path.length > 1 ? reader(ctx, ctx.path[1]) : list(ctx);
}

async function list(ctx) {
  const view = page('articles', 'Articles');
  ctx.mount(view);
  const offset = Math.max(0, Number(ctx.params.get('offset')) || 0);
  let answer;
  try {
    answer = await fetchJson(`/api/articles${query({ limit: LIMIT, offset: offset || null })}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  const rows = answer.items.map((a) =>
    el(
      'tr',
      { testid: 'article-row', 'data-article-id': a.id },
      el('td', {}, appLink(route('#/articles', a.id), a.title || `(untitled ${a.id})`, { class: a.title ? '' : 'muted' })),
      el('td', { text: a.source || '—' }),
      el('td', { class: 'nowrap', text: a.published || '—' }),
      el('td', { class: 'num', text: String(a.events ?? 0) }),
      el(
        'td',
        {},
        a.copy_of ? ['copy of ', appLink(route('#/articles', a.copy_of), a.copy_of)] : null,
        a.rejected_reason ? badge(`rejected: ${a.rejected_reason}`, 'warn') : null,
      ),
      el('td', { class: 'nowrap small muted', text: (a.ingested_at || '').slice(0, 19).replace('T', ' ') }),
    ),
  );
  const head = el('thead', {}, el('tr', {}, ['Title', 'Source', 'Published', 'Events', 'Status', 'Ingested'].map((h) => el('th', { scope: 'col', text: h }))));
  const nextOffset = offsetOf(answer.next);
  const prevOffset = Math.max(0, offset - LIMIT);
  view.body.append(
    answer.items.length === 0 ? el('p', { class: 'muted', text: 'No articles in the ledger.' }) : null,
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid', testid: 'articles-table' }, head, el('tbody', {}, rows))),
    el(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      el('button', {
        type: 'button', testid: 'page-prev', disabled: offset <= 0, text: '← Previous',
        onclick: () => { window.location.hash = `#/articles${query({ offset: prevOffset || null })}`; },
      }),
      el('button', {
        type: 'button', testid: 'page-next', disabled: nextOffset === null, text: 'Next →',
        onclick: () => { window.location.hash = `#/articles${query({ offset: nextOffset })}`; },
      }),
    ),
  );
  view.ready();
}

async function reader(ctx, id) {
  const view = page('article', 'Article');
  ctx.mount(view);
  let answer;
  try {
    answer = await fetchJson(`/api/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  view.root.setAttribute('data-article-id', answer.id);
  const article = (answer.extraction && answer.extraction.article) || {};
  view.heading.textContent = article.title || `(untitled ${answer.id})`;
  view.heading.setAttribute('data-testid', 'article-title');
  view.body.append(articleFacts(answer, article));
  const extraction = answer.extraction || { article };
  if (extraction.rejected) {
    view.body.append(el('p', { class: 'alert-soft' }, 'Rejected: ', JSON.stringify(extraction.rejected)));
  }
  view.body.append(renderExtraction(extraction, answer.ledger_events || {}));
  view.ready();
}

/** The article's metadata as a definition list. */
export function articleFacts(answer, article) {
  const copies = answer.copies || [];
  return facts(
    [
      ['Source', article.source || '—'],
      ['Published', article.published ? `${article.published}${article.published_from ? ` (${article.published_from})` : ''}` : '—'],
      ['URL', article.url ? externalLink(article.url) : null],
      ['Article id', answer.id || article.id],
      ['Ingested', answer.ingested_at ? answer.ingested_at.slice(0, 19).replace('T', ' ') : null],
      ['Copy of', answer.copy_of
        ? [appLink(route('#/articles', answer.copy_of), answer.copy_of),
          answer.copy_similarity != null ? ` (similarity ${Number(answer.copy_similarity).toFixed(2)})` : '']
        : null],
      ['Copies', copies.length ? copies.map((c, i) => [i ? ', ' : '', appLink(route('#/articles', String(c)), String(c))]) : null],
      ['Length', article.text ? `${article.text.length.toLocaleString()} characters` : null],
    ],
    { class: 'facts inline' },
  );
}
