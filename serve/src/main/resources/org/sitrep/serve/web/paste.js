// sitrep web app: paste an article (#/paste) → POST /api/extract → the extraction shown like the
// article reader. Nothing is stored.

import { el, clear, fetchJson, page } from './dom.js';
import { renderExtraction } from './reader.js';

export async function render(ctx) {
  const view = page('paste', 'Paste an article');
  ctx.mount(view);
  const text = el('textarea', { id: 'paste-text', testid: 'paste-text', rows: '9', placeholder: 'Paste the article text here' });
  const title = el('input', { type: 'text', id: 'paste-title', testid: 'paste-title' });
  const published = el('input', { type: 'text', id: 'paste-published', testid: 'paste-published', placeholder: 'YYYY-MM-DD' });
  const button = el('button', { type: 'submit', testid: 'paste-extract', text: 'Extract' });
  const result = el('div', { testid: 'paste-result', class: 'paste-result' });
  const form = el(
    'form',
    { class: 'paste-form', 'aria-label': 'Article to extract' },
    el('label', { for: 'paste-text', text: 'Article text' }),
    text,
    el(
      'div',
      { class: 'filters' },
      el('label', { class: 'field grow', for: 'paste-title' }, el('span', { text: 'Title (optional)' })),
      title,
      el('label', { class: 'field', for: 'paste-published' }, el('span', { text: 'Published (optional)' })),
      published,
      button,
    ),
    el('p', { class: 'muted small', text: 'The text is extracted on the server and not stored in the ledger.' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(result);
    view.loading('Extracting… the first request loads the models, which can take a minute.');
    button.disabled = true;
    const body = { text: text.value };
    if (title.value.trim()) body.title = title.value.trim();
    if (published.value.trim()) body.published = published.value.trim();
    try {
      const extraction = await fetchJson('/api/extract', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      if (!ctx.live()) return;
      result.append(el('h2', { text: (extraction.article && extraction.article.title) || 'Extraction' }), renderExtraction(extraction));
      view.ready();
    } catch (error) {
      if (ctx.live()) view.error(error);
    } finally {
      button.disabled = false;
    }
  });
  view.body.append(form, result);
  view.ready();
}
