// sitrep web app: hash router, navigation and the ledger's counts.
// Every page module exports render(ctx) where ctx = {path, params, mount(pageObject), live()}.

import { el, clear, fetchJson, parseHash, page } from './dom.js';
import * as events from './events.js';
import * as articles from './articles.js';
import * as timeline from './timeline.js';
import * as map from './map.js';
import * as contradictions from './contradictions.js';
import * as actors from './actors.js';
import * as paste from './paste.js';

const PAGES = { events, articles, timeline, map, contradictions, actors, paste };

let generation = 0;

function main() {
  return document.getElementById('main');
}

async function show() {
  const { path, params } = parseHash(window.location.hash || '#/events');
  const name = path[0] || 'events';
  const current = ++generation;
  const ctx = {
    path,
    params,
    // Whether this render is still the one on screen (the user may have navigated away).
    live: () => current === generation,
    mount(pageObject) {
      if (current === generation) {
        clear(main());
        main().appendChild(pageObject.root);
      }
    },
  };
  markNav(name);
  const module = PAGES[name];
  if (!module) {
    const missing = page('missing', 'Not found');
    ctx.mount(missing);
    missing.error(new Error(`There is no page "${name}". Use the navigation above.`));
    return;
  }
  try {
    await module.render(ctx);
  } catch (error) {
    // A page that threw before handling its own errors: show it rather than a blank screen.
    if (ctx.live()) {
      const failed = main().querySelector('[data-state]');
      const alert = failed && failed.querySelector('[role=alert]');
      if (failed && alert) {
        failed.setAttribute('data-state', 'error');
        alert.textContent = error.message;
        alert.hidden = false;
      } else {
        main().appendChild(el('div', { role: 'alert', testid: 'error', class: 'alert', text: error.message }));
      }
    }
  }
}

function markNav(name) {
  const section = name === 'actors' ? 'timeline' : name;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.getAttribute('data-nav') === section) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

async function health() {
  const target = document.querySelector('[data-testid=health]');
  try {
    const h = await fetchJson('/api/health');
    const ledger = String(h.ledger ?? 'ledger').split(/[\\/]/).pop();
    target.textContent = `${ledger} · ${h.articles} articles · ${h.events} events`;
    target.title = `${h.ledger} (status: ${h.status})`;
  } catch (error) {
    target.textContent = `ledger unavailable: ${error.message}`;
  }
}

window.addEventListener('hashchange', () => {
  show();
  main().focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
if (!window.location.hash) {
  history.replaceState(null, '', '#/events');
}
health();
show();
