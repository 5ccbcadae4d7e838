// Builds ../../data/boundaries/countries.geojson for Influence Atlas.
//
//   cd tools/boundaries && npm ci && node build.mjs
//
// Source: Natural Earth 1:50m Admin 0 countries (v4.1.0) as shipped by the npm package
// `world-atlas` (TopoJSON, countries-50m.json). Decoded with `topojson-client`; polygon
// clipping (antimeridian cut, breakaway outlines) with `polygon-clipping`.
// See data/boundaries/README.md for what is done and why.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import * as topojson from "topojson-client";
import polygonClipping from "polygon-clipping";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = path.resolve(here, "../../data/boundaries/countries.geojson");
const WORLD_ATLAS = require.resolve("world-atlas/countries-50m.json");
const WORLD_ATLAS_VERSION = require("world-atlas/package.json").version;
const DECIMALS = 3;

function fail(msg) {
  console.error("build.mjs: FAILED: " + msg);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// 1. Region selection: numeric ISO 3166-1 code (world-atlas feature id) -> [alpha-3, name].
//    Only the countries the atlas shows. Names are written out here because world-atlas
//    abbreviates ("Bosnia and Herz.", "Macedonia").
// ---------------------------------------------------------------------------------------------
const COUNTRIES = {
  // Europe
  "008": ["ALB", "Albania"],
  "020": ["AND", "Andorra"],
  "040": ["AUT", "Austria"],
  "056": ["BEL", "Belgium"],
  "070": ["BIH", "Bosnia and Herzegovina"],
  "100": ["BGR", "Bulgaria"],
  "112": ["BLR", "Belarus"],
  "191": ["HRV", "Croatia"],
  "196": ["CYP", "Cyprus"],
  "203": ["CZE", "Czechia"],
  "208": ["DNK", "Denmark"],
  "233": ["EST", "Estonia"],
  "246": ["FIN", "Finland"],
  "250": ["FRA", "France"],
  "276": ["DEU", "Germany"],
  "300": ["GRC", "Greece"],
  "336": ["VAT", "Vatican City"],
  "348": ["HUN", "Hungary"],
  "352": ["ISL", "Iceland"],
  "372": ["IRL", "Ireland"],
  "380": ["ITA", "Italy"],
  "428": ["LVA", "Latvia"],
  "438": ["LIE", "Liechtenstein"],
  "440": ["LTU", "Lithuania"],
  "442": ["LUX", "Luxembourg"],
  "470": ["MLT", "Malta"],
  "492": ["MCO", "Monaco"],
  "498": ["MDA", "Moldova"],
  "499": ["MNE", "Montenegro"],
  "528": ["NLD", "Netherlands"],
  "578": ["NOR", "Norway"],
  "616": ["POL", "Poland"],
  "620": ["PRT", "Portugal"],
  "642": ["ROU", "Romania"],
  "643": ["RUS", "Russia"],
  "674": ["SMR", "San Marino"],
  "688": ["SRB", "Serbia"],
  "703": ["SVK", "Slovakia"],
  "705": ["SVN", "Slovenia"],
  "724": ["ESP", "Spain"],
  "752": ["SWE", "Sweden"],
  "756": ["CHE", "Switzerland"],
  "804": ["UKR", "Ukraine"],
  "807": ["MKD", "North Macedonia"],
  "826": ["GBR", "United Kingdom"],
  // Caucasus and Turkey
  "031": ["AZE", "Azerbaijan"],
  "051": ["ARM", "Armenia"],
  "268": ["GEO", "Georgia"],
  "792": ["TUR", "Turkey"],
  // Central Asia
  "398": ["KAZ", "Kazakhstan"],
  "417": ["KGZ", "Kyrgyzstan"],
  "762": ["TJK", "Tajikistan"],
  "795": ["TKM", "Turkmenistan"],
  "860": ["UZB", "Uzbekistan"],
  // Middle East
  "048": ["BHR", "Bahrain"],
  "275": ["PSE", "Palestine"],
  "364": ["IRN", "Iran"],
  "368": ["IRQ", "Iraq"],
  "376": ["ISR", "Israel"],
  "400": ["JOR", "Jordan"],
  "414": ["KWT", "Kuwait"],
  "422": ["LBN", "Lebanon"],
  "512": ["OMN", "Oman"],
  "634": ["QAT", "Qatar"],
  "682": ["SAU", "Saudi Arabia"],
  "760": ["SYR", "Syria"],
  "784": ["ARE", "United Arab Emirates"],
  "887": ["YEM", "Yemen"],
  // North Africa east of Tunisia
  "434": ["LBY", "Libya"],
  "818": ["EGY", "Egypt"],
  // Where the corridors end
  "004": ["AFG", "Afghanistan"],
  "156": ["CHN", "China"],
  "356": ["IND", "India"],
  "496": ["MNG", "Mongolia"],
  "586": ["PAK", "Pakistan"],
};

// world-atlas features without a numeric id (matched by name), or small units merged into the
// state that holds them, so the map has no gaps:
const BY_NAME = { Kosovo: ["XKX", "Kosovo"] }; // no ISO numeric code; XKX is the user-assigned code in use
const MERGE_INTO = {
  "N. Cyprus": "CYP", // Turkish-controlled north: drawn as part of the Republic of Cyprus
  "248": "FIN", // Åland (autonomous region of Finland)
  "234": "DNK", // Faroe Islands (Kingdom of Denmark)
  "832": "GBR", // Jersey (Crown dependency)
  "831": "GBR", // Guernsey (Crown dependency)
  "833": "GBR", // Isle of Man (Crown dependency)
  "344": "CHN", // Hong Kong SAR
  "446": "CHN", // Macao SAR
  "Siachen Glacier": "IND", // Natural Earth's separate disputed unit; held by India since 1984
};

// Parts of a selected country far outside the atlas' region (French Guiana, Réunion, Caribbean
// Netherlands...) are dropped: a polygon is kept only if its centroid lies in this window.
// Russia is exempt (Chukotka lies at -180..-169 after the antimeridian cut).
const REGION = { minLon: -35, maxLon: 180, minLat: 5, maxLat: 90 };

// ---------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------
const polysOf = (g) =>
  !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : fail("unexpected geometry " + g.type);

function ringArea(r) {
  // planar signed area in lon/lat (positive = counter-clockwise)
  let a = 0;
  for (let i = 0, n = r.length - 1; i < n; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a / 2;
}

function ringCentroid(r) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, n = r.length - 1; i < n; i++) {
    const f = r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
    a += f;
    cx += (r[i][0] + r[i + 1][0]) * f;
    cy += (r[i][1] + r[i + 1][1]) * f;
  }
  if (Math.abs(a) < 1e-12) {
    const n = r.length;
    return [r.reduce((s, c) => s + c[0], 0) / n, r.reduce((s, c) => s + c[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

function pointInRing(p, r) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i], [xj, yj] = r[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const pointInPolygon = (p, poly) => pointInRing(p, poly[0]) && !poly.slice(1).some((h) => pointInRing(p, h));

const hasAntimeridianJump = (ring) => ring.some((c, i) => i > 0 && Math.abs(c[0] - ring[i - 1][0]) > 180);

// Unwraps a ring so that consecutive longitudes never differ by more than 180 (adding
// multiples of 360), starting from `ref` longitude.
function unwrapRing(ring, ref) {
  const out = [];
  let prev = ref;
  for (const [x, y] of ring) {
    let u = x;
    while (u - prev > 180) u -= 360;
    while (u - prev < -180) u += 360;
    out.push([u, y]);
    prev = u;
  }
  const a = out[0], b = out[out.length - 1];
  if (Math.abs(a[0] - b[0]) > 1e-9 || a[1] !== b[1]) fail("ring does not close after unwrapping (encircles a pole?)");
  return out;
}

// Cuts one polygon (exterior + holes) at the antimeridian. Returns a list of polygons whose
// coordinates all lie within [-180, 180] and whose edges never jump across the map.
function cutAtAntimeridian(poly) {
  if (!poly.some(hasAntimeridianJump)) return [poly];
  const ref = poly[0][0][0];
  let rings = poly.map((r) => unwrapRing(r, ref));
  const minX = Math.min(...rings.flat().map((c) => c[0]));
  if (minX < -180) rings = rings.map((r) => r.map(([x, y]) => [x + 360, y]));
  const maxX = Math.max(...rings.flat().map((c) => c[0]));
  if (maxX > 540) fail("polygon spans more than 360 degrees of longitude");
  const box = (x0, x1) => [[[x0, -90], [x1, -90], [x1, 90], [x0, 90], [x0, -90]]];
  const west = polygonClipping.intersection([rings], box(-180, 180));
  const east = polygonClipping.intersection([rings], box(180, 540)).map((p) =>
    p.map((r) => r.map(([x, y]) => [x - 360, y])),
  );
  return [...west, ...east];
}

const round = (v) => {
  const f = 10 ** DECIMALS;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

// Rounds, removes repeated positions, drops degenerate rings/polygons, winds per RFC 7946
// (exterior counter-clockwise, holes clockwise).
function cleanPolygons(polys) {
  const out = [];
  for (const poly of polys) {
    const rings = [];
    for (const [k, ring] of poly.entries()) {
      const r = [];
      for (const [x, y] of ring) {
        const c = [round(x), round(y)];
        const last = r[r.length - 1];
        if (!last || last[0] !== c[0] || last[1] !== c[1]) r.push(c);
      }
      if (r.length && (r[0][0] !== r[r.length - 1][0] || r[0][1] !== r[r.length - 1][1])) r.push([...r[0]]);
      if (r.length < 4 || Math.abs(ringArea(r)) === 0) {
        if (k === 0) break; // exterior collapsed: drop the polygon
        continue;
      }
      const ccw = ringArea(r) > 0;
      if ((k === 0) !== ccw) r.reverse();
      rings.push(r);
    }
    if (rings.length && poly.length && rings[0] && ringArea(rings[0]) > 0) out.push(rings);
  }
  return out;
}

const geometryOf = (polys) =>
  polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys };

// ---------------------------------------------------------------------------------------------
// 2. Load world-atlas and patch Crimea (in topology space, so shared arcs dissolve exactly)
// ---------------------------------------------------------------------------------------------
const topo = JSON.parse(fs.readFileSync(WORLD_ATLAS, "utf8"));
const geoms = topo.objects.countries.geometries;

const rus = geoms.find((g) => g.id === "643");
const ukr = geoms.find((g) => g.id === "804");
if (!rus || !ukr) fail("Russia (643) or Ukraine (804) missing in world-atlas");
if (rus.type !== "MultiPolygon") fail("Russia is not a MultiPolygon in world-atlas");

const CRIMEA_BOX = { minLon: 32.4, maxLon: 36.7, minLat: 44.3, maxLat: 46.3 };
const SEVASTOPOL = [33.52, 44.6]; // city centre area (Sevastopol Bay), checked below
const crimeaIdx = [];
rus.arcs.forEach((polyArcs, i) => {
  const g = topojson.feature(topo, { type: "Polygon", arcs: polyArcs }).geometry;
  const [cx, cy] = ringCentroid(g.coordinates[0]);
  if (cx >= CRIMEA_BOX.minLon && cx <= CRIMEA_BOX.maxLon && cy >= CRIMEA_BOX.minLat && cy <= CRIMEA_BOX.maxLat) {
    crimeaIdx.push(i);
    console.log(`Crimea: RUS polygon #${i}: ${g.coordinates[0].length} positions, centroid ${cx.toFixed(3)},${cy.toFixed(3)}`);
  }
});
if (crimeaIdx.length === 0) fail("no Russian polygon with its centroid in the Crimea window: world-atlas changed?");
const crimeaArcs = crimeaIdx.map((i) => rus.arcs[i]);
const crimeaTopo = { type: "MultiPolygon", arcs: crimeaArcs };
const crimeaGeom = topojson.feature(topo, crimeaTopo).geometry;
// Sevastopol: Natural Earth 50m has no separate unit for it; it must be inside the moved part.
if (!polysOf(crimeaGeom).some((p) => pointInPolygon(SEVASTOPOL, p))) fail("Sevastopol is not inside the Crimea polygon");
if (geoms.some((g) => g !== rus && /sevastopol/i.test(g.properties?.name ?? ""))) fail("world-atlas has a separate Sevastopol unit: handle it");
const rusWithoutCrimea = { type: "MultiPolygon", arcs: rus.arcs.filter((_, i) => !crimeaIdx.includes(i)) };

// ---------------------------------------------------------------------------------------------
// 3. Collect country geometries
// ---------------------------------------------------------------------------------------------
// iso3 -> {name, parts: [TopoJSON geometry objects]}; several parts are dissolved with
// topojson.merge, so no internal border remains (e.g. Perekop line, Cyprus Green Line).
const groups = new Map();
const addPart = (iso3, name, part) => {
  if (!groups.has(iso3)) groups.set(iso3, { name, parts: [] });
  groups.get(iso3).parts.push(part);
};
const merged = [];
for (const g of geoms) {
  const name = g.properties?.name;
  const part = g === rus ? rusWithoutCrimea : g;
  if (COUNTRIES[g.id]) addPart(COUNTRIES[g.id][0], COUNTRIES[g.id][1], part);
  else if (BY_NAME[name]) addPart(BY_NAME[name][0], BY_NAME[name][1], part);
  else if (MERGE_INTO[g.id] || MERGE_INTO[name]) merged.push([name, MERGE_INTO[g.id] || MERGE_INTO[name], part]);
}
for (const [name, into, part] of merged) {
  if (!groups.has(into)) fail(`merge target ${into} missing`);
  groups.get(into).parts.push(part);
  console.log(`merged ${name} into ${into}`);
}
groups.get("UKR").parts.push(crimeaTopo); // Crimea back to Ukraine
const polysByIso = new Map(); // iso3 -> {name, polys}
for (const [iso3, { name, parts }] of groups) {
  const geom = parts.length === 1 ? topojson.feature(topo, parts[0]).geometry : topojson.merge(topo, parts);
  polysByIso.set(iso3, { name, polys: polysOf(geom) });
}
for (const [num, [iso3]] of Object.entries(COUNTRIES)) if (!polysByIso.has(iso3)) fail(`${iso3} (${num}) not found in world-atlas`);
if (!polysByIso.has("XKX")) fail("Kosovo not found in world-atlas");

const features = [];
const dropped = [];
for (const [iso3, { name, polys }] of [...polysByIso.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  let cut = polys.flatMap(cutAtAntimeridian);
  if (iso3 !== "RUS") {
    cut = cut.filter((p) => {
      const [x, y] = ringCentroid(p[0]);
      const keep = x >= REGION.minLon && x <= REGION.maxLon && y >= REGION.minLat && y <= REGION.maxLat;
      if (!keep) dropped.push(`${iso3}@${x.toFixed(1)},${y.toFixed(1)}`);
      return keep;
    });
  }
  const clean = cleanPolygons(cut);
  if (!clean.length) fail(`${iso3} has no geometry left`);
  features.push({ type: "Feature", id: iso3, properties: { iso3, name, status: "state" }, geometry: geometryOf(clean) });
}
console.log(`dropped ${dropped.length} far-away overseas parts: ${dropped.join(" ")}`);

// Unrounded geometries of the claimant states, to clip the hand-drawn outlines against.
const claimantPolys = (iso3) => polysByIso.get(iso3).polys.flatMap(cutAtAntimeridian);

// ---------------------------------------------------------------------------------------------
// 4. Crimea (occupied) and the breakaway regions
// ---------------------------------------------------------------------------------------------
features.push({
  type: "Feature",
  id: "XCR",
  properties: {
    iso3: "XCR",
    name: "Crimea",
    status: "occupied",
    claimed_by: "UKR",
    controlled_by: "RUS",
    from: "2014-02-27",
    to: null,
    approximate: false,
    note:
      "Crimean peninsula incl. Sevastopol, as drawn by Natural Earth 1:50m (v4.1.0), which assigns it to Russia; " +
      "here it is part of Ukraine's outline and this feature marks it as occupied by Russia.",
  },
  geometry: geometryOf(cleanPolygons(polysOf(crimeaGeom))),
});

// Hand-drawn outlines (lon, lat). Only the line between the breakaway area and the rest of the
// claimant state is drawn with care (from known towns, rivers and ridges); the other sides
// run generously through the neighbouring state or the sea, and the outline is then clipped
// to the claimant's Natural Earth polygon so that coasts and international borders match it.
const APPROX_NOTE = "outline approximate, hand-drawn from known towns; not from Natural Earth";
const BREAKAWAYS = [
  {
    iso3: "XAB",
    name: "Abkhazia",
    claimed_by: "GEO",
    controlled_by: "XAB",
    from: "1993-09-30",
    to: null,
    extra:
      "Russian military bases (Gudauta, Ochamchire) since recognition in 2008. The outline includes the upper " +
      "Kodori Gorge, which Georgia held until August 2008.",
    // Russian side (Psou river, Caucasus crest) and the sea come from the clip; the eastern line
    // follows the Kodori range from the crest near 42.1E down to the Inguri (Enguri) dam at
    // Jvari, then the Inguri river past Gali (Abkhaz side) and Zugdidi (Georgian side) to its
    // mouth at Anaklia.
    outline: [
      [39.7, 43.45], [39.8, 43.9], [41.0, 43.9], [42.05, 43.7], [42.1, 43.2], [42.07, 43.05],
      [42.0, 42.9], [42.02, 42.78], [41.97, 42.69], [41.9, 42.62], [41.83, 42.57], [41.76, 42.53],
      [41.68, 42.47], [41.6, 42.42], [41.56, 42.385], [41.45, 42.3], [41.0, 42.55], [40.3, 42.9],
      [39.7, 43.45],
    ],
  },
  {
    iso3: "XSO",
    name: "South Ossetia",
    claimed_by: "GEO",
    controlled_by: "XSO",
    from: "1992-06-24",
    to: null,
    extra:
      "Russian military base in Tskhinvali and Java since 2008. The outline is the former South Ossetian " +
      "Autonomous Oblast, incl. Akhalgori (held by Georgia until August 2008).",
    // North: Russian border on the Caucasus crest (from the clip, Roki tunnel). West edge
    // between Racha (Oni)/Sachkhere (Perevi) and Java/Kvaisa; south edge just south of Tskhinvali
    // (Ergneti line); east edge around the Ksani valley with Akhalgori, west of the Aragvi
    // and of the Truso valley/Kazbegi (Georgian).
    outline: [
      [43.7, 42.95], [44.32, 42.95], [44.32, 42.6], [44.42, 42.47], [44.6, 42.35], [44.7, 42.24],
      [44.63, 42.1], [44.52, 42.04], [44.4, 42.06], [44.27, 42.14], [44.13, 42.2], [44.0, 42.195],
      [43.88, 42.19], [43.76, 42.22], [43.64, 42.29], [43.57, 42.36], [43.53, 42.46], [43.6, 42.58],
      [43.7, 42.72], [43.7, 42.95],
    ],
  },
  {
    iso3: "XTR",
    name: "Transnistria",
    claimed_by: "MDA",
    controlled_by: "XTR",
    from: "1990-09-02",
    to: null,
    extra:
      "Russian troops (Operational Group of Russian Forces) stationed since 1992. The outline is the strip east " +
      "of the Dniester plus Bender; a few Moldovan-controlled villages on the left bank (Cocieri, Dorotcaia, " +
      "Pîrîta) are not cut out.",
    // West: the Dniester from opposite Soroca (where Natural Earth's Moldova–Ukraine border
    // leaves the river) past Camenca, Rîbnița/Rezina, Dubăsari and
    // Grigoriopol to Bender, where the line crosses to the right bank to take in Bender, then
    // follows the river past Tiraspol and Slobozia. East and south: through Ukraine (the
    // Moldova–Ukraine border comes from the clip, incl. the Kuchurhan reservoir near
    // Pervomaisc/Dnestrovsc).
    outline: [
      [28.47, 48.3], [28.466, 48.095], [28.52, 48.07], [28.66, 48.0], [28.8, 47.93], [28.93, 47.82],
      [28.99, 47.74], [29.05, 47.6], [29.1, 47.45], [29.12, 47.3], [29.16, 47.22], [29.25, 47.12],
      [29.35, 47.02], [29.43, 46.93], [29.38, 46.86], [29.4, 46.79], [29.5, 46.77], [29.6, 46.79],
      [29.66, 46.72], [29.75, 46.64], [29.86, 46.56], [29.98, 46.47], [30.4, 46.4], [30.4, 47.6],
      [29.7, 48.2], [28.9, 48.5], [28.47, 48.3],
    ],
  },
  {
    iso3: "XNK",
    name: "Nagorno-Karabakh",
    claimed_by: "AZE",
    controlled_by: "XNK",
    from: "1991",
    to: "2023-12-31",
    extra:
      "Outline of the 1988 Nagorno-Karabakh Autonomous Oblast; the area the Republic of Artsakh actually held " +
      "was larger in 1994–2020 (surrounding districts) and smaller after November 2020. Dissolved 2024-01-01 " +
      "after Azerbaijan's offensive of 19–20 September 2023.",
    // Mardakert (Aghdara) district in the north up to the Sarsang reservoir area; east edge
    // west of Aghdam and Fuzuli, taking in Askeran and Martuni (Khojavend); south to Hadrut;
    // west edge east of Lachin (Shusha inside), then north-west towards Kalbajar district.
    outline: [
      [46.35, 40.25], [46.55, 40.35], [46.78, 40.28], [46.9, 40.18], [46.9, 40.05], [46.95, 39.93],
      [47.05, 39.87], [47.15, 39.8], [47.13, 39.7], [47.05, 39.6], [46.98, 39.5], [46.88, 39.45],
      [46.75, 39.52], [46.68, 39.6], [46.63, 39.7], [46.6, 39.78], [46.55, 39.88], [46.45, 39.98],
      [46.32, 40.05], [46.28, 40.15], [46.35, 40.25],
    ],
  },
];
for (const b of BREAKAWAYS) {
  const clipped = polygonClipping.intersection([[b.outline]], claimantPolys(b.claimed_by));
  const clean = cleanPolygons(clipped);
  if (!clean.length) fail(`${b.iso3}: outline does not overlap ${b.claimed_by}`);
  features.push({
    type: "Feature",
    id: b.iso3,
    properties: {
      iso3: b.iso3,
      name: b.name,
      status: "breakaway",
      claimed_by: b.claimed_by,
      controlled_by: b.controlled_by,
      from: b.from,
      to: b.to,
      approximate: true,
      note: `${APPROX_NOTE}. ${b.extra}`,
    },
    geometry: geometryOf(clean),
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Checks (fail loudly)
// ---------------------------------------------------------------------------------------------
const ids = new Set();
for (const f of features) {
  if (ids.has(f.id)) fail("duplicate id " + f.id);
  ids.add(f.id);
  if (f.id !== f.properties.iso3) fail("id/iso3 mismatch " + f.id);
  for (const poly of polysOf(f.geometry)) {
    for (const [k, ring] of poly.entries()) {
      if (ring.length < 4) fail(`${f.id}: ring with ${ring.length} positions`);
      const a = ring[0], z = ring[ring.length - 1];
      if (a[0] !== z[0] || a[1] !== z[1]) fail(`${f.id}: ring not closed`);
      if ((ringArea(ring) > 0) !== (k === 0)) fail(`${f.id}: wrong winding`);
      for (let i = 0; i < ring.length; i++) {
        const [x, y] = ring[i];
        if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) fail(`${f.id}: position out of range ${x},${y}`);
        if (round(x) !== x || round(y) !== y) fail(`${f.id}: position not rounded`);
        // antimeridian check: no edge may jump across the map
        if (i > 0 && Math.abs(x - ring[i - 1][0]) > 180) fail(`${f.id}: edge jumps ${ring[i - 1][0]} -> ${x} (antimeridian)`);
      }
    }
  }
}
const rusF = features.find((f) => f.id === "RUS");
const rusPolys = polysOf(rusF.geometry);
if (!rusPolys.some((p) => p[0].some((c) => c[0] === 180)) || !rusPolys.some((p) => p[0].some((c) => c[0] === -180)))
  fail("Russia was expected to have parts on both sides of the antimeridian");
const inside = (iso3, pt) => polysOf(features.find((f) => f.id === iso3).geometry).some((p) => pointInPolygon(pt, p));
const SIMFEROPOL = [34.1, 44.95];
if (!inside("UKR", SIMFEROPOL) || inside("RUS", SIMFEROPOL) || !inside("XCR", SIMFEROPOL)) fail("Crimea patch check failed");
if (!inside("UKR", SEVASTOPOL) || inside("RUS", SEVASTOPOL)) fail("Sevastopol check failed");
const towns = [
  ["XAB", [41.02, 43.0], "Sukhumi"], ["XAB", [41.73, 42.63], "Gali"], ["XSO", [43.96, 42.23], "Tskhinvali"],
  ["XSO", [43.93, 42.39], "Java"], ["XSO", [44.48, 42.13], "Akhalgori"], ["XTR", [29.63, 46.84], "Tiraspol"],
  ["XTR", [29.48, 46.83], "Bender"], ["XTR", [28.71, 48.03], "Camenca"], ["XTR", [29.0, 47.77], "Rîbnița"],
  ["XNK", [46.75, 39.82], "Stepanakert"], ["XNK", [46.75, 39.76], "Shusha"], ["XNK", [46.95, 39.52], "Hadrut"],
];
const notTowns = [
  ["XAB", [41.87, 42.51], "Zugdidi"], ["XSO", [44.72, 41.72], "Tbilisi"], ["XSO", [44.64, 42.66], "Stepantsminda"], ["XSO", [43.44, 42.58], "Oni"],
  ["XSO", [43.4, 42.35], "Sachkhere"], ["XSO", [44.11, 41.98], "Gori"],
  ["XTR", [28.86, 47.01], "Chișinău"], ["XTR", [28.3, 48.16], "Soroca"], ["XNK", [46.55, 39.64], "Lachin"],
  ["XNK", [46.93, 39.99], "Aghdam"],
];
for (const [iso3, pt, town] of towns) if (!inside(iso3, pt)) fail(`${town} is not inside ${iso3}`);
for (const [iso3, pt, town] of notTowns) if (inside(iso3, pt)) fail(`${town} should not be inside ${iso3}`);

// ---------------------------------------------------------------------------------------------
// 6. Write
// ---------------------------------------------------------------------------------------------
const fc = {
  type: "FeatureCollection",
  // foreign member, ignored by GeoJSON readers; says where the data comes from
  metadata: {
    source: `Natural Earth 1:50m Admin 0 countries v4.1.0 (public domain), via npm world-atlas@${WORLD_ATLAS_VERSION}`,
    generated_by: "tools/boundaries/build.mjs",
    coordinate_decimals: DECIMALS,
  },
  features,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
// one feature per line: diffs stay readable and the file small
const body = features.map((f) => JSON.stringify(f)).join(",\n");
const { features: _f, ...head } = fc;
const text = JSON.stringify(head).replace(/}$/, `,"features":[\n${body}\n]}\n`);
JSON.parse(text); // sanity
fs.writeFileSync(OUT, text);
const counts = features.reduce((m, f) => ((m[f.properties.status] = (m[f.properties.status] || 0) + 1), m), {});
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${features.length} features ${JSON.stringify(counts)}, ${fs.statSync(OUT).size} bytes`);
