// Unit tests of atlas.js with node's own runner, outside the Maven build:
//   node --test atlas/src/test/js/
// The real-data test reads atlas/target/classes (after a Maven build) and is skipped without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeTopology, drawMap } from '../../main/resources/org/sitrep/atlas/atlas.js';

const built = fileURLToPath(new URL('../../../target/classes/org/sitrep/atlas/', import.meta.url));

// Two squares sharing the edge x = 1: arc 0 is the shared edge (1,0)→(1,1), arc 1 the rest of
// the left square, arc 2 the rest of the right one. Quantized with scale 0.5 and translate
// (60, 30), delta-encoded.
const squares = {
  type: 'Topology',
  transform: { scale: [0.5, 0.5], translate: [60, 30] },
  objects: {
    shapes: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'XX.LE', properties: { name: 'Left', iso2: 'XX' }, arcs: [[~0, 1]] },
        {
          type: 'MultiPolygon',
          id: 'XX.RI',
          properties: { name: 'Right', iso2: 'XX' },
          arcs: [[[0, 2]]],
        },
        { type: null, id: 'XX.NO', properties: { name: 'Nothing' } },
      ],
    },
  },
  arcs: [
    [[2, 0], [0, 2]],
    [[2, 0], [-2, 0], [0, 2], [2, 0]],
    [[2, 2], [2, 0], [0, -2], [-2, 0]],
  ],
};

test('decodes quantized arcs, reversed arcs and both polygon kinds', () => {
  const [left, right, nothing] = decodeTopology(squares);

  assert.equal(left.id, 'XX.LE');
  assert.deepEqual(left.properties, { name: 'Left', iso2: 'XX' });
  // ~0 walks the shared edge downwards, then arc 1 goes round the left square back to the top.
  assert.deepEqual(left.rings, [[[61, 31], [61, 30], [60, 30], [60, 31], [61, 31]]]);
  assert.deepEqual(right.rings, [[[61, 30], [61, 31], [62, 31], [62, 30], [61, 30]]]);
  assert.deepEqual(nothing.rings, []);
});

test('decodes arcs without a transform as absolute positions', () => {
  const plain = {
    type: 'Topology',
    objects: { one: { type: 'Polygon', id: 'P', arcs: [[0]] } },
    arcs: [[[10, 10], [11, 10], [11, 11], [10, 10]]],
  };

  const [feature] = decodeTopology(plain, 'one');

  assert.deepEqual(feature.rings, [[[10, 10], [11, 10], [11, 11], [10, 10]]]);
  assert.deepEqual(feature.properties, {});
});

test('rejects what is not a topology and unknown objects', () => {
  assert.throws(() => decodeTopology({ type: 'FeatureCollection' }), TypeError);
  assert.throws(() => decodeTopology(squares, 'missing'), RangeError);
});

// A minimal stand-in for the DOM calls drawMap may use; it has no innerHTML at all.
class FakeElement {
  constructor(doc, namespace, name) {
    Object.assign(this, { ownerDocument: doc, namespace, name, attributes: {}, children: [] });
    this.textContent = '';
  }
  setAttribute(key, value) {
    this.attributes[key] = String(value);
  }
  getAttribute(key) {
    return key in this.attributes ? this.attributes[key] : null;
  }
  appendChild(child) {
    this.children.push(child);
    return child;
  }
  removeChild(child) {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  get firstChild() {
    return this.children[0] ?? null;
  }
  all(name) {
    const own = this.name === name ? [this] : [];
    return own.concat(this.children.flatMap((c) => c.all(name)));
  }
}

function fakeSvg(width, height) {
  const doc = { createElementNS: (ns, name) => new FakeElement(doc, ns, name) };
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  return svg;
}

test('draws provinces and points fitted to the focus, labels as text only', () => {
  const svg = fakeSvg(200, 100);
  svg.appendChild(new FakeElement(svg.ownerDocument, '', 'old'));
  const label = '<img src=x onerror=alert(1)> & "Kunar"';

  const { project, focus } = drawMap(svg, {
    provinces: decodeTopology(squares),
    points: [
      { lon: 61, lat: 30.5, label, href: '/events/7', radius: 8 },
      { lon: 61.5, lat: 30.5, label: 'bad link', href: 'java\tscript:alert(1)' },
      { lon: 61.5, lat: 30.6, label: 'worse link', href: ' JavaScript:alert(1)' },
    ],
    focus: [60, 30, 62, 31],
  });

  assert.deepEqual(focus, [60, 30, 62, 31]);
  assert.equal(svg.all('old').length, 0);
  assert.equal(svg.getAttribute('viewBox'), '0 0 200 100');
  const paths = svg.all('path');
  assert.deepEqual(paths.map((p) => p.attributes.class), ['atlas-province', 'atlas-province']);
  assert.equal(paths[0].attributes['data-name'], 'Left');
  assert.equal(paths[0].attributes['data-iso2'], 'XX');
  assert.equal(paths[0].attributes['data-id'], 'XX.LE');
  assert.match(paths[0].attributes.d, /^M[\d.,L]+Z$/);
  // The focus box is centred: at latitude 30.5 a degree of longitude is cos(30.5°) as wide.
  const [x, y] = project(61, 30.5);
  assert.ok(Math.abs(x - 100) < 1e-9 && Math.abs(y - 50) < 1e-9, `centre at ${x},${y}`);
  const links = svg.all('a');
  assert.equal(links.length, 1);
  assert.equal(links[0].attributes.href, '/events/7');
  const circles = svg.all('circle');
  assert.equal(circles.length, 3);
  assert.equal(circles[0].attributes.class, 'atlas-point');
  assert.equal(circles[0].attributes.r, '8');
  assert.equal(circles[0].children[0].name, 'title');
  assert.equal(circles[0].children[0].textContent, label);
  assert.equal(circles[0].children[0].children.length, 0);
});

test('without a focus, fits the points with padding, or the world without points', () => {
  const svg = fakeSvg(300, 300);

  assert.deepEqual(drawMap(svg, { points: [{ lon: 70, lat: 35 }] }).focus, [69, 34, 71, 36]);
  assert.deepEqual(drawMap(svg, {}).focus, [-180, -58, 180, 84]);
});

test('finds Kunar among the built Afghan provinces, where it belongs', { skip: !existsSync(`${built}provinces/AF.json`) }, () => {
  const provinces = decodeTopology(JSON.parse(readFileSync(`${built}provinces/AF.json`, 'utf8')));
  const kunar = provinces.find((p) => p.properties.name === 'Kunar');
  const lons = kunar.rings.flat().map(([lon]) => lon);
  const lats = kunar.rings.flat().map(([, lat]) => lat);
  assert.ok(Math.min(...lons) > 70 && Math.max(...lons) < 72, 'Kunar lies between 70°E and 72°E');
  assert.ok(Math.min(...lats) > 34 && Math.max(...lats) < 36, 'Kunar lies between 34°N and 36°N');
  for (const ring of kunar.rings) {
    assert.deepEqual(ring[0], ring[ring.length - 1], 'rings are closed');
  }

  const world = decodeTopology(JSON.parse(readFileSync(`${built}world.json`, 'utf8')));
  const svg = fakeSvg(960, 540);
  drawMap(svg, { countries: world, provinces, focus: [69, 33, 73, 37] });
  const paths = svg.all('path');
  const kunarPath = paths.find((p) => p.attributes['data-name'] === 'Kunar');
  assert.equal(kunarPath.attributes.class, 'atlas-province');
  assert.equal(kunarPath.attributes['data-iso2'], 'AF');
  assert.ok(paths.some((p) => p.attributes['data-iso3'] === 'PAK'), 'Pakistan is in view');
  assert.ok(!paths.some((p) => p.attributes['data-iso3'] === 'USA'), 'the USA is not');
});
