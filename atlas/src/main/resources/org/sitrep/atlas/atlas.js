// sitrep atlas: decodes TopoJSON outlines and draws an offline SVG map.
// Written for sitrep (GPL-3.0-or-later). An ES module without dependencies. It builds the map
// with createElementNS, setAttribute and textContent only: labels come from news articles and
// must never be parsed as markup.

const SVG = 'http://www.w3.org/2000/svg';
const WORLD = [-180, -58, 180, 84];
const DEFAULT_WIDTH = 960;
const DEFAULT_HEIGHT = 540;
const DEFAULT_RADIUS = 5;

/**
 * Decodes one object of a TopoJSON topology into features.
 *
 * @param {object} topology a TopoJSON Topology ({type, objects, arcs, transform?})
 * @param {string} [objectName] the object to decode; default: the first of `objects`
 * @returns {{id: (string|undefined), properties: object, rings: number[][][]}[]} one feature per
 *   geometry (a GeometryCollection's members, flattened); `rings` holds every ring of every
 *   polygon as [[lon, lat], ...], outer rings and holes alike (draw them with even-odd filling).
 *   Geometries that are not polygons get no rings.
 */
export function decodeTopology(topology, objectName) {
  if (!topology || topology.type !== 'Topology' || typeof topology.objects !== 'object') {
    throw new TypeError('decodeTopology needs a TopoJSON Topology');
  }
  const name = objectName ?? Object.keys(topology.objects)[0];
  const object = topology.objects[name];
  if (!object) {
    throw new RangeError(`the topology has no object named ${String(name)}`);
  }
  const arcs = decodeArcs(topology.arcs || [], topology.transform);
  const features = [];
  collect(object, arcs, features);
  return features;
}

// Absolute [lon, lat] points of every arc. Quantized arcs (with a transform) are delta-encoded:
// each position after the first is an offset from the previous one.
function decodeArcs(arcs, transform) {
  if (!transform) {
    return arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
  }
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function collect(geometry, arcs, features) {
  if (geometry.type === 'GeometryCollection') {
    for (const member of geometry.geometries || []) {
      collect(member, arcs, features);
    }
    return;
  }
  features.push({
    id: geometry.id,
    properties: geometry.properties || {},
    rings: rings(geometry, arcs),
  });
}

function rings(geometry, arcs) {
  if (geometry.type === 'Polygon') {
    return geometry.arcs.map((ring) => stitch(ring, arcs));
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.arcs.flatMap((polygon) => polygon.map((ring) => stitch(ring, arcs)));
  }
  return [];
}

// Joins a ring's arcs; ~i (a negative index) is arc i walked backwards. Consecutive arcs share
// their joining point, so each arc after the first drops its first point.
function stitch(references, arcs) {
  const ring = [];
  for (const reference of references) {
    const arc = reference >= 0 ? arcs[reference] : arcs[~reference].slice().reverse();
    if (!arc) {
      throw new RangeError(`the topology has no arc ${reference}`);
    }
    const start = ring.length > 0 ? 1 : 0;
    for (let i = start; i < arc.length; i++) {
      ring.push(arc[i]);
    }
  }
  return ring;
}

/**
 * Draws countries, provinces and points into an <svg> element, replacing its content, with an
 * equirectangular projection (longitudes scaled by the cosine of the focus' middle latitude).
 *
 * @param {SVGSVGElement} svg the element to draw in; its width/height attributes set the size
 *   (default 960 × 540), and its viewBox is set to that size
 * @param {object} layers
 * @param {object[]} [layers.countries] features from decodeTopology (world.json); paths of class
 *   `atlas-country` with data-iso2, data-iso3 and data-name
 * @param {object[]} [layers.provinces] features from decodeTopology (provinces/XX.json); paths of
 *   class `atlas-province` with data-iso2, data-id (HASC code) and data-name
 * @param {{lon: number, lat: number, label?: string, href?: string, radius?: number}[]}
 *   [layers.points] markers: <circle class="atlas-point"> with a <title>, inside an <a> when
 *   `href` is a relative or http(s) link (other schemes are dropped)
 * @param {number[]} [layers.focus] [minLon, minLat, maxLon, maxLat] to fit; default: the points'
 *   box padded, or the world when there are no points
 * @returns {{project: function(number, number): number[], focus: number[]}} the projection used
 */
export function drawMap(svg, { countries = [], provinces = [], points = [], focus } = {}) {
  const doc = svg.ownerDocument;
  const width = Number(svg.getAttribute('width')) || DEFAULT_WIDTH;
  const height = Number(svg.getAttribute('height')) || DEFAULT_HEIGHT;
  const box = validBox(focus) ? focus : pointsBox(points);
  const project = projection(box, width, height);
  while (svg.firstChild) {
    svg.removeChild(svg.firstChild);
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.appendChild(areaLayer(doc, 'atlas-countries', 'atlas-country', countries, project, box));
  svg.appendChild(areaLayer(doc, 'atlas-provinces', 'atlas-province', provinces, project, box));
  svg.appendChild(pointLayer(doc, points, project));
  return { project, focus: box };
}

function validBox(box) {
  return (
    Array.isArray(box) &&
    box.length === 4 &&
    box.every(Number.isFinite) &&
    box[0] < box[2] &&
    box[1] < box[3]
  );
}

function pointsBox(points) {
  const usable = points.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat));
  if (usable.length === 0) {
    return WORLD;
  }
  const lons = usable.map((p) => p.lon);
  const lats = usable.map((p) => p.lat);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  // At least a degree around a lone point, so that it sits in its surroundings.
  const pad = Math.max(1, 0.2 * Math.max(maxLon - minLon, maxLat - minLat));
  return [
    Math.max(-180, minLon - pad),
    Math.max(-90, minLat - pad),
    Math.min(180, maxLon + pad),
    Math.min(90, maxLat + pad),
  ];
}

function projection([minLon, minLat, maxLon, maxLat], width, height) {
  const middle = ((minLat + maxLat) / 2) * (Math.PI / 180);
  const stretch = Math.max(0.2, Math.cos(middle));
  const spanX = (maxLon - minLon) * stretch;
  const spanY = maxLat - minLat;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return (lon, lat) => [
    offsetX + (lon - minLon) * stretch * scale,
    offsetY + (maxLat - lat) * scale,
  ];
}

function areaLayer(doc, groupClass, pathClass, features, project, box) {
  const group = doc.createElementNS(SVG, 'g');
  group.setAttribute('class', groupClass);
  for (const feature of features) {
    if (!feature.rings || feature.rings.length === 0 || !overlaps(feature.rings, box)) {
      continue;
    }
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('class', pathClass);
    path.setAttribute('d', pathData(feature.rings, project));
    path.setAttribute('fill-rule', 'evenodd');
    const props = feature.properties || {};
    setIfText(path, 'data-iso2', props.iso2);
    setIfText(path, 'data-name', props.name);
    if (pathClass === 'atlas-country') {
      setIfText(path, 'data-iso3', feature.id);
    } else {
      setIfText(path, 'data-id', feature.id);
    }
    if (typeof props.name === 'string') {
      const title = doc.createElementNS(SVG, 'title');
      title.textContent = props.name;
      path.appendChild(title);
    }
    group.appendChild(path);
  }
  return group;
}

// Whether any ring's bounding box meets the view (a ring can cover the whole view without a
// point inside it, when zoomed into a large country).
function overlaps(rings, [minLon, minLat, maxLon, maxLat]) {
  return rings.some((ring) => {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    return west <= maxLon && east >= minLon && south <= maxLat && north >= minLat;
  });
}

function pathData(rings, project) {
  const parts = [];
  for (const ring of rings) {
    if (ring.length < 3) {
      continue;
    }
    const points = ring.map(([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return `${round(x)},${round(y)}`;
    });
    parts.push(`M${points.join('L')}Z`);
  }
  return parts.join('');
}

function round(value) {
  return Math.round(value * 10) / 10;
}

function pointLayer(doc, points, project) {
  const group = doc.createElementNS(SVG, 'g');
  group.setAttribute('class', 'atlas-points');
  for (const point of points) {
    if (!Number.isFinite(point.lon) || !Number.isFinite(point.lat)) {
      continue;
    }
    const [x, y] = project(point.lon, point.lat);
    const circle = doc.createElementNS(SVG, 'circle');
    circle.setAttribute('class', 'atlas-point');
    circle.setAttribute('cx', String(round(x)));
    circle.setAttribute('cy', String(round(y)));
    const radius = Number.isFinite(point.radius) && point.radius > 0 ? point.radius : DEFAULT_RADIUS;
    circle.setAttribute('r', String(radius));
    const title = doc.createElementNS(SVG, 'title');
    title.textContent = point.label == null ? '' : String(point.label);
    circle.appendChild(title);
    if (safeHref(point.href)) {
      const link = doc.createElementNS(SVG, 'a');
      link.setAttribute('href', point.href);
      link.appendChild(circle);
      group.appendChild(link);
    } else {
      group.appendChild(circle);
    }
  }
  return group;
}

// Only links that cannot run script: relative ones, and http(s). Browsers ignore tabs and
// newlines inside a URL ("java\tscript:"), so any whitespace or control character drops the link.
function safeHref(href) {
  if (typeof href !== 'string' || href.length === 0 || /[\u0000-\u0020\u007f]/.test(href)) {
    return false;
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  return scheme === null || /^https?$/i.test(scheme[1]);
}

function setIfText(element, name, value) {
  if (typeof value === 'string' && value.length > 0) {
    element.setAttribute(name, value);
  }
}
