// sitrep web app: renders text with overlapping highlights as a DocumentFragment.
//
// Design decision: highlights may overlap or nest ("US" inside "US and Afghan forces"; the same
// words as victim and fatalities). Instead of nesting <mark> elements (impossible for partial
// overlaps), the text is cut at every highlight boundary; each piece gets ONE <mark> whose class
// list holds every key covering it. Its data-role / data-kind is the primary key: the one of the
// narrowest covering highlight (ties broken by the caller's key order); data-roles / data-kinds
// lists them all. Text outside highlights becomes plain text nodes, so a 5 MB article costs one
// node per highlight boundary, not per character.

/**
 * @param {string} text the text to show
 * @param {number} base the absolute offset of text[0] (highlight offsets are absolute)
 * @param {{start: number, end: number, key: string, label?: string}[]} spans highlights
 * @param {{attr: string, order?: string[], chunk?: number}} options attr: 'role' or 'kind'
 *   (data-role/data-kind); chunk: when > 0, the text is cut into <div class="chunk"> blocks of
 *   about that many characters, at line breaks outside highlights (see Chunks)
 * @returns {DocumentFragment}
 */
export function highlightFragment(text, base, spans, { attr, order = [], chunk = 0 }) {
  const out = new Chunks(chunk);
  const fragment = out.fragment;
  const length = text.length;
  const usable = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(length, span.start - base));
    const end = Math.max(0, Math.min(length, span.end - base));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start && span.key) {
      usable.push({ start, end, key: span.key, label: span.label, width: end - start });
    }
  }
  if (usable.length === 0) {
    out.plain(text);
    return fragment;
  }
  const boundaries = [];
  usable.forEach((span, index) => {
    boundaries.push([span.start, 1, index]);
    boundaries.push([span.end, -1, index]);
  });
  // Ends before starts at the same position, so touching highlights do not merge.
  boundaries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rank = new Map(order.map((key, i) => [key, i]));
  const active = new Set();
  let position = 0;
  for (const [at, delta, index] of boundaries) {
    if (at > position) {
      if (active.size === 0) {
        out.plain(text.slice(position, at));
      } else {
        out.add(segment(text.slice(position, at), base + position, active, usable, attr, rank), at - position);
      }
      position = at;
    }
    if (delta > 0) {
      active.add(index);
    } else {
      active.delete(index);
    }
  }
  if (position < length) {
    out.plain(text.slice(position));
  }
  return fragment;
}

/**
 * Where the pieces go. Design decision: a huge article laid out as one block takes the browser
 * many seconds; cut into blocks with `content-visibility: auto` (see app.css), only the visible
 * ones are laid out. Blocks end just after a line break outside any highlight, so the text
 * reads the same (a block's last line break adds no empty line) and textContent is unchanged.
 */
class Chunks {
  constructor(size) {
    this.size = size;
    this.fragment = document.createDocumentFragment();
    this.filled = 0;
    this.current = size > 0 ? this.open() : this.fragment;
  }

  open() {
    const block = document.createElement('div');
    block.className = 'chunk';
    this.fragment.appendChild(block);
    this.filled = 0;
    return block;
  }

  add(node, chars) {
    this.current.appendChild(node);
    this.filled += chars;
  }

  plain(piece) {
    let rest = piece;
    while (this.size > 0 && this.filled + rest.length > this.size) {
      const cut = rest.indexOf('\n', Math.max(0, this.size - this.filled));
      if (cut < 0) {
        break;
      }
      this.add(document.createTextNode(rest.slice(0, cut + 1)), cut + 1);
      this.current = this.open();
      rest = rest.slice(cut + 1);
    }
    if (rest.length > 0) {
      this.add(document.createTextNode(rest), rest.length);
    }
  }
}

function segment(piece, absoluteStart, active, spans, attr, rank) {
  const covering = [...active].map((i) => spans[i]);
  covering.sort(
    (a, b) =>
      a.width - b.width || (rank.get(a.key) ?? 99) - (rank.get(b.key) ?? 99) || a.key.localeCompare(b.key),
  );
  const keys = [];
  const labels = [];
  for (const span of covering) {
    if (!keys.includes(span.key)) {
      keys.push(span.key);
    }
    if (span.label && !labels.includes(span.label)) {
      labels.push(span.label);
    }
  }
  const mark = document.createElement('mark');
  mark.className = ['hl', ...keys.map((k) => `hl-${k}`), keys.length > 1 ? 'hl-multi' : '']
    .join(' ')
    .trim();
  mark.setAttribute(`data-${attr}`, keys[0]);
  mark.setAttribute(`data-${attr}s`, keys.join(' '));
  mark.setAttribute('data-start', String(absoluteStart));
  if (labels.length > 0) {
    mark.setAttribute('title', labels.join('\n'));
  }
  mark.textContent = piece;
  return mark;
}

/** A legend: one swatch per key, using the same classes as the marks. */
export function legend(keys, attr, describe = (k) => k) {
  const list = document.createElement('ul');
  list.className = 'legend';
  list.setAttribute('aria-label', 'Highlight colours');
  for (const key of keys) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch hl-${key}`;
    swatch.setAttribute(`data-legend-${attr}`, key);
    swatch.textContent = describe(key);
    item.appendChild(swatch);
    list.appendChild(item);
  }
  return list;
}
