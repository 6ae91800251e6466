// sitrep web app: an actor (#/actors/{id}) or the actors matching a name (#/actors?q=NAME):
// identity, aliases, roles over time, members in succession, branches, resolution decisions.

import { el, fetchJson, page, query, route, appLink, facts, table } from './dom.js';

export async function render(ctx) {
  const id = ctx.path[1];
  const q = (ctx.params.get('q') || '').trim();
  const view = page('actor', 'Actor');
  ctx.mount(view);
  if (!id && !q) {
    view.body.appendChild(searchForm(q));
    view.ready();
    return;
  }
  let profiles;
  try {
    profiles = id ? [await fetchJson(`/api/actors/${encodeURIComponent(id)}`)] : await fetchJson(`/api/actors${query({ q })}`);
  } catch (error) {
    if (ctx.live()) view.error(error);
    return;
  }
  if (!ctx.live()) return;
  if (!id) {
    view.heading.textContent = `Actors matching “${q}”`;
    view.body.appendChild(searchForm(q));
    if (profiles.length === 0) {
      view.body.appendChild(el('p', { class: 'muted', text: 'No actor has this name or alias.' }));
    }
    if (profiles.length > 1) {
      view.body.appendChild(
        el('ul', { class: 'plain choices' }, profiles.map((p) => el('li', {}, appLink(route('#/actors', p.id), p.name), ` (${p.id})`))),
      );
    }
  }
  if (profiles.length >= 1) {
    if (id) view.heading.textContent = 'Actor';
    profiles.forEach((p, i) => view.body.appendChild(profile(p, i === 0)));
  }
  view.ready();
}

function searchForm(q) {
  const input = el('input', { type: 'search', id: 'actor-q', value: q, testid: 'actor-query', placeholder: 'name or alias' });
  const form = el(
    'form',
    { class: 'filters', role: 'search' },
    el('label', { for: 'actor-q', text: 'Find an actor ' }),
    input,
    el('button', { type: 'submit', testid: 'actor-go', text: 'Find' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = `#/actors${query({ q: input.value })}`;
  });
  return form;
}

function profile(p, first) {
  // Test hooks go on the first profile only, so that actor-name is unique on the page.
  const hook = (name) => (first ? name : null);
  const roleRows = [
    ...(p.roles || []).map((r) => roleRow(r, 'held')),
    ...(p.members || []).map((r) => roleRow(r, 'member')),
  ];
  return el(
    'article',
    { class: 'card actor', 'data-actor-id': p.id },
    el('h2', { testid: hook('actor-name'), text: p.name }),
    facts([
      ['Id', p.id],
      ['Kind', p.kind],
      ['Type', p.actor_type],
      ['Country', p.country_code],
      ['Catalogued', p.from_catalog ? 'yes' : 'no (found in articles only)'],
      ['Branch of', p.parent ? appLink(route('#/actors', p.parent), p.parent) : null],
      ['Branches', (p.branches || []).length ? p.branches.map((b, i) => [i ? ', ' : '', appLink(route('#/actors', b), b)]) : null],
      ['Events', [`${p.events} `, appLink(`#/timeline${query({ q: p.name })}`, 'timeline →', { testid: hook('actor-timeline') })]],
    ]),
    el('h3', { text: 'Aliases' }),
    el('ul', { class: 'chips', testid: hook('actor-aliases') }, (p.aliases || []).map((a) => el('li', { text: a }))),
    el('h3', { text: 'Roles over time' }),
    roleRows.length === 0 ? el('p', { class: 'muted small', text: 'No roles recorded.' }) : null,
    el(
      'div',
      { class: 'table-wrap' },
      table(['Role', 'Holder', 'Organisation', 'From', 'To', 'Articles'], roleRows, { testid: hook('actor-roles') }),
    ),
    el('h3', { text: 'Resolution decisions' }),
    (p.decisions || []).length === 0
      ? el('p', { class: 'muted small', text: 'None recorded.' })
      : el(
        'div',
        { class: 'table-wrap' },
        table(
          ['Article', 'Mention', 'Rule', 'Score', 'Alternatives / detail'],
          p.decisions.map((d) => [
            appLink(route('#/articles', d.article_id), d.article_id),
            `${d.name} (${d.entity_id})`,
            d.rule,
            typeof d.score === 'number' ? d.score.toFixed(2) : '—',
            d.detail || '—',
          ]),
          { testid: hook('actor-decisions') },
        ),
      ),
  );
}

function roleRow(r, kind) {
  const articles = (r.articles || []).map((a, i) => [i ? ', ' : '', appLink(route('#/articles', a), a)]);
  return el(
    'tr',
    { testid: 'actor-role', 'data-kind': kind },
    el('td', { text: r.role || '—' }),
    el('td', {}, r.actor_id ? appLink(route('#/actors', r.actor_id), r.actor_name || r.actor_id) : r.actor_name || '—'),
    el('td', {}, r.organization ? appLink(route('#/actors', r.organization), r.organization_name || r.organization) : r.organization_name || '—'),
    el('td', { class: 'nowrap', text: r.from || '?' }),
    el('td', { class: 'nowrap', text: r.until || '?' }),
    el('td', { class: 'small' }, articles.length ? articles : '—'),
  );
}
