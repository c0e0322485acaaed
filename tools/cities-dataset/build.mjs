#!/usr/bin/env node
// Builds packages/db/src/seed/data/{regions,cities}.json from the pinned dev-only
// packages + the hand-kept tables and corrections in this folder.  Run: node build.mjs
// Deterministic: same inputs → byte-identical output.  Exits 1 on any validation error.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { REGIONS, FEDERAL_DISTRICTS } from './regions-table.mjs';
import { CITIES } from './cities-table.mjs';
import { NAMES_RU } from './names-ru.mjs';
import { NAMES_ZH } from './names-zh.mjs';
import * as C from './corrections.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(here, '..', '..', 'packages', 'db', 'src', 'seed', 'data');
const nm = (p) => join(here, 'node_modules', p);
const readJson = (p) => JSON.parse(readFileSync(nm(p), 'utf8'));

const errors = [];
const fail = (msg) => errors.push(msg);
const log = (msg) => console.log(msg);

// ───────────────────────────── sources ─────────────────────────────
const isoDb = {};
for (const country of ['RU', 'CN']) {
  isoDb[country] = {};
  for (const lang of ['ru', 'en', 'zh']) {
    // dispute/UN view = the ISO 3166-2 list as published (83 RU subdivisions)
    for (const row of readJson(`iso3166-2-db/regions/${country}/dispute/UN/${lang}.json`)) {
      (isoDb[country][row.iso] ??= {})[lang] = row.name;
    }
  }
}
const ctRows = readJson('city-timezones/data/cityMap.json');
const cldrZh = readJson('cldr-dates-full/main/zh/timeZoneNames.json').main.zh.dates.timeZoneNames.zone;
const cldrRu = readJson('cldr-dates-full/main/ru/timeZoneNames.json').main.ru.dates.timeZoneNames.zone;
const cldrExemplar = (zones, tz) => tz.split('/').reduce((o, k) => o?.[k], zones)?.exemplarCity;

// Zones whose CLDR exemplar city IS the dataset city (so its zh/ru name applies to it).
const CLDR_CITY_ZONES = {
  'Europe/Kaliningrad': 'kaliningrad', 'Europe/Moscow': 'moscow', 'Europe/Volgograd': 'volgograd',
  'Europe/Saratov': 'saratov', 'Europe/Astrakhan': 'astrakhan', 'Europe/Ulyanovsk': 'ulyanovsk',
  'Europe/Kirov': 'kirov', 'Europe/Samara': 'samara', 'Europe/Simferopol': 'simferopol',
  'Asia/Yekaterinburg': 'yekaterinburg', 'Asia/Omsk': 'omsk', 'Asia/Novosibirsk': 'novosibirsk',
  'Asia/Barnaul': 'barnaul', 'Asia/Tomsk': 'tomsk', 'Asia/Novokuznetsk': 'novokuznetsk',
  'Asia/Krasnoyarsk': 'krasnoyarsk', 'Asia/Irkutsk': 'irkutsk', 'Asia/Chita': 'chita',
  'Asia/Yakutsk': 'yakutsk', 'Asia/Vladivostok': 'vladivostok', 'Asia/Magadan': 'magadan',
  'Asia/Anadyr': 'anadyr',
};

// ───────────────────────────── helpers ─────────────────────────────
const round4 = (x) => Math.round(x * 1e4) / 1e4;
const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** apply a `{from, <field>}` correction; fails if the source no longer has `from` */
function applyFix(kind, key, fix, field, sourceValue) {
  if (!fix) return sourceValue;
  if (fix.from !== undefined && fix.from !== sourceValue) {
    fail(`stale correction ${kind}[${key}]: expected source value ${JSON.stringify(fix.from)}, source now has ${JSON.stringify(sourceValue)} — review the entry`);
  }
  return fix[field];
}

const supportedZones = new Set(Intl.supportedValuesOf('timeZone'));
function checkZone(where, tz) {
  if (supportedZones.has(tz)) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    log(`  note: ${where}: ${tz} is accepted by Intl but not listed by Intl.supportedValuesOf (non-canonical in this ICU)`);
  } catch {
    fail(`${where}: time zone ${JSON.stringify(tz)} is not a valid IANA zone`);
  }
}

// ───────────────────────────── regions ─────────────────────────────
const ruIsoCodes = Object.keys(isoDb.RU);
if (ruIsoCodes.length !== 83) fail(`iso3166-2-db: expected 83 RU subdivisions, got ${ruIsoCodes.length}`);
const usedIso = new Set();
const regions = [];
for (const [id, r] of Object.entries(REGIONS)) {
  const country = id.slice(0, 2).toUpperCase();
  let name;
  let isoCode = null;
  if (r.iso === null) {
    const m = C.missingSubjects[id];
    if (!m) { fail(`region ${id}: no ISO code and no entry in corrections.missingSubjects`); continue; }
    name = { ...m.name };
  } else {
    const src = isoDb[country]?.[r.iso];
    if (!src) { fail(`region ${id}: iso3166-2-db has no ${country} subdivision ${r.iso}`); continue; }
    if (country === 'RU') usedIso.add(r.iso);
    const srcKey = `${country}-${r.iso}`;
    const mapped = C.regionIdMap[srcKey]?.id ?? srcKey;
    if (mapped !== id) fail(`region ${id}: source code ${srcKey} maps to ${mapped}`);
    isoCode = id;
    name = {
      ru: applyFix('regionRuNames', id, C.regionRuNames[id], 'ru', src.ru),
      en: applyFix('regionEnNames', id, C.regionEnNames[id], 'en', src.en),
      zh: src.zh,
    };
    if (C.regionZhBroken[id] && C.regionZhTraditional[id]) fail(`region ${id}: two zh corrections`);
    name.zh = applyFix('regionZhBroken', id, C.regionZhBroken[id], 'zh', name.zh);
    name.zh = applyFix('regionZhTraditional', id, C.regionZhTraditional[id], 'zh', name.zh);
  }
  regions.push({
    id, isoCode, country,
    federalDistrict: r.fd,
    name: { ru: name.ru, en: name.en, zh: name.zh },
    timeZone: r.tz,
    capitalCityId: r.capital,
  });
}
for (const code of ruIsoCodes) if (!usedIso.has(code)) fail(`iso3166-2-db RU subdivision ${code} is not in regions-table.mjs`);
for (const key of Object.keys(C.missingSubjects)) if (REGIONS[key]?.iso !== null) fail(`missingSubjects.${key} is not a no-ISO region`);
for (const [kind, table] of Object.entries({ regionRuNames: C.regionRuNames, regionEnNames: C.regionEnNames, regionZhBroken: C.regionZhBroken, regionZhTraditional: C.regionZhTraditional })) {
  for (const key of Object.keys(table)) if (!REGIONS[key]) fail(`${kind}.${key}: unknown region`);
}
const regionById = new Map(regions.map((r) => [r.id, r]));

// ───────────────────────────── cities ─────────────────────────────
const capitals = new Map(regions.filter((r) => r.capitalCityId).map((r) => [r.capitalCityId, r.id]));
const cities = [];
const disagreements = [];
const seenDisagreement = new Set();
for (const [id, regionId, censusPop, ctKey] of CITIES) {
  const region = regionById.get(regionId);
  if (!region) { fail(`city ${id}: unknown regionId ${regionId}`); continue; }

  // city-timezones row
  let ct = null;
  if (ctKey) {
    const hits = ctRows.filter((row) => row.city === ctKey[0] && row.province === ctKey[1]);
    if (hits.length !== 1) { fail(`city ${id}: ${hits.length} city-timezones rows match ${JSON.stringify(ctKey)}`); continue; }
    [ct] = hits;
    if (C.citiesMissingFromSource[id]) fail(`city ${id}: has a city-timezones row and a citiesMissingFromSource entry`);
  }
  const manual = C.citiesMissingFromSource[id];
  if (!ct && !manual) { fail(`city ${id}: not matched in city-timezones and no citiesMissingFromSource entry`); continue; }

  // English name
  const en = ct ? applyFix('cityEnNames', id, C.cityEnNames[id], 'en', ct.city) ?? ct.city : manual.en;
  if (slug(en) !== id && !id.startsWith(`${slug(en)}-`)) fail(`city ${id}: id is not the slug of its English name "${en}" (${slug(en)})`);

  // coordinates
  const latitude = round4(ct ? ct.lat : manual.latitude);
  const longitude = round4(ct ? ct.lng : manual.longitude);

  // population
  const ps = C.populationSources[id];
  let population = censusPop;
  if (ps && censusPop !== null) fail(`city ${id}: both a census population and a populationSources entry`);
  if (ps) population = ps.fromCityTimezones ? Math.round(ct.pop) : ps.population;
  if (!Number.isInteger(population) || population <= 0) fail(`city ${id}: population ${population} is not a positive integer`);

  // time zone: region default, per-city exception, cross-check with city-timezones
  const exception = C.cityTimeZoneExceptions[id];
  const timeZone = exception ? exception.zone : region.timeZone;
  if (ct) {
    const theirs = ct.timezone ?? '';
    if (theirs !== timeZone) {
      const ack = C.cityTimeZoneDisagreements[id];
      disagreements.push(`${id}: city-timezones ${JSON.stringify(theirs)} vs dataset ${timeZone}${ack ? ' (listed)' : ' (NOT LISTED)'}`);
      if (!ack) fail(`city ${id}: city-timezones says ${JSON.stringify(theirs)}, dataset says ${timeZone}; resolve with a corrections.cityTimeZoneDisagreements entry`);
      else if (ack.from !== theirs) fail(`stale correction cityTimeZoneDisagreements[${id}]: expected ${JSON.stringify(ack.from)}, source has ${JSON.stringify(theirs)}`);
      seenDisagreement.add(id);
    }
  }

  // names
  const cldrZone = Object.keys(CLDR_CITY_ZONES).find((z) => CLDR_CITY_ZONES[z] === id);
  let zh = NAMES_ZH[id];
  if (cldrZone) {
    const cz = cldrExemplar(cldrZh, cldrZone);
    const cr = cldrExemplar(cldrRu, cldrZone);
    if (!cz) fail(`CLDR has no zh exemplar city for ${cldrZone}`);
    if (zh) fail(`city ${id}: names-zh.mjs has ${zh} but CLDR (${cldrZone}) names it ${cz}; keep one (use cityZhOverrides to override CLDR)`);
    zh = applyFix('cityZhOverrides', id, C.cityZhOverrides[id], 'zh', cz) ?? cz;
    if (cr !== NAMES_RU[id]) fail(`city ${id}: names-ru.mjs "${NAMES_RU[id]}" differs from CLDR ru exemplar "${cr}"`);
  } else if (C.cityZhOverrides[id]) fail(`cityZhOverrides.${id}: the city has no CLDR name to override`);
  const ru = NAMES_RU[id];
  if (!ru) fail(`city ${id}: no Russian name in names-ru.mjs`);

  const name = { ru, en };
  if (zh) name.zh = zh;
  cities.push({
    id, regionId, country: region.country, name, population, timeZone,
    coordinates: { latitude, longitude },
    isAdministrativeCentre: capitals.get(id) === regionId,
  });
}
for (const id of Object.keys(C.cityTimeZoneDisagreements)) if (!seenDisagreement.has(id)) fail(`stale correction cityTimeZoneDisagreements[${id}]: no disagreement any more`);
for (const [kind, table] of Object.entries({ cityEnNames: C.cityEnNames, citiesMissingFromSource: C.citiesMissingFromSource, populationSources: C.populationSources, cityZhOverrides: C.cityZhOverrides, cityTimeZoneExceptions: C.cityTimeZoneExceptions, cityMatchNotes: C.cityMatchNotes })) {
  for (const key of Object.keys(table)) if (!CITIES.some((c) => c[0] === key)) fail(`${kind}.${key}: unknown city`);
}
for (const key of Object.keys(NAMES_ZH)) if (!CITIES.some((c) => c[0] === key)) fail(`names-zh.mjs: unknown city ${key}`);
for (const key of Object.keys(NAMES_RU)) if (!CITIES.some((c) => c[0] === key)) fail(`names-ru.mjs: unknown city ${key}`);

// ───────────────────────────── validation ─────────────────────────────
const CYR = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;
// Traditional-only characters seen in place names (simplified forms exist for all)
const TRAD_RE = /[亞倫區國奧爾維羅諾貝達邊蘭薩灣們來東車馬門長發過還對說廣島龍戰陽漢齊劉華聯盧]/u;
function checkNames(where, name, requireZh) {
  for (const lang of ['ru', 'en', 'zh']) {
    const v = name[lang];
    if (v === undefined) { if (lang !== 'zh' || requireZh) fail(`${where}: missing name.${lang}`); continue; }
    if (typeof v !== 'string' || v.trim() === '' || v.trim() === '-' || /китайский/i.test(v)) fail(`${where}: placeholder name.${lang} ${JSON.stringify(v)}`);
  }
  if (CYR.test(name.en)) fail(`${where}: Cyrillic in name.en ${JSON.stringify(name.en)}`);
  if (LATIN.test(name.ru)) fail(`${where}: Latin in name.ru ${JSON.stringify(name.ru)}`);
  if (name.zh !== undefined) {
    if (CYR.test(name.zh) || LATIN.test(name.zh)) fail(`${where}: Cyrillic/Latin in name.zh ${JSON.stringify(name.zh)}`);
    if (TRAD_RE.test(name.zh)) fail(`${where}: Traditional Chinese character in name.zh ${JSON.stringify(name.zh)}`);
  }
}

const ids = new Set();
for (const r of regions) {
  if (ids.has(r.id)) fail(`duplicate region id ${r.id}`);
  ids.add(r.id);
  const isoLike = /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.id);
  if (r.isoCode !== null && (r.isoCode !== r.id || !isoLike)) fail(`region ${r.id}: isoCode/id policy violated`);
  if (r.isoCode === null && !/^ru-[a-z]+$/.test(r.id)) fail(`region ${r.id}: non-ISO id must be lowercase ru-…`);
  if (r.country === 'RU' ? !FEDERAL_DISTRICTS.includes(r.federalDistrict) : r.federalDistrict !== null) fail(`region ${r.id}: bad federalDistrict ${r.federalDistrict}`);
  checkZone(`region ${r.id}`, r.timeZone);
  checkNames(`region ${r.id}`, r.name, true);
}
const cityIds = new Set();
for (const c of cities) {
  if (cityIds.has(c.id)) fail(`duplicate city id ${c.id}`);
  cityIds.add(c.id);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) fail(`city ${c.id}: id is not a lowercase ASCII slug`);
  checkZone(`city ${c.id}`, c.timeZone);
  checkNames(`city ${c.id}`, c.name, false);
  const { latitude, longitude } = c.coordinates;
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) || round4(latitude) !== latitude || round4(longitude) !== longitude) fail(`city ${c.id}: bad coordinates`);
  if (c.country === 'RU' && !c.isAdministrativeCentre && !(c.population > 100000)) fail(`city ${c.id}: neither an administrative centre nor above 100,000`);
}
for (const r of regions) {
  if (r.capitalCityId === null) { if (r.country === 'RU') fail(`region ${r.id}: RU region without capitalCityId`); continue; }
  const cap = cities.find((c) => c.id === r.capitalCityId);
  if (!cap) fail(`region ${r.id}: capitalCityId ${r.capitalCityId} is not a city`);
  else if (!cap.isAdministrativeCentre || cap.regionId !== r.id) fail(`region ${r.id}: capital ${cap.id} is not flagged as its administrative centre`);
  const centres = cities.filter((c) => c.regionId === r.id && c.isAdministrativeCentre);
  if (r.country === 'RU' && centres.length !== 1) fail(`region ${r.id}: ${centres.length} administrative centres`);
}
for (const r of regions) if (!cities.some((c) => c.regionId === r.id)) fail(`region ${r.id}: no city`);

// ───────────────────────────── report + write ─────────────────────────────
log(`time-zone disagreements with city-timezones (${disagreements.length}):`);
for (const d of disagreements) log(`  ${d}`);

if (errors.length) {
  console.error(`\n${errors.length} validation error(s):`);
  for (const e of errors) console.error(`  ✗ ${e}`);
  process.exit(1);
}

regions.sort(byId);
cities.sort(byId);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'regions.json'), `${JSON.stringify(regions, null, 2)}\n`);
writeFileSync(join(OUT_DIR, 'cities.json'), `${JSON.stringify(cities, null, 2)}\n`);

const ruCount = regions.filter((r) => r.country === 'RU').length;
const cnCount = regions.filter((r) => r.country === 'CN').length;
const countEntries = (o) => Object.keys(o).length;
log('\ncorrections applied, by kind:');
for (const [kind, n] of Object.entries({
  regionIdMap: countEntries(C.regionIdMap), missingSubjects: countEntries(C.missingSubjects),
  regionZhBroken: countEntries(C.regionZhBroken), regionZhTraditional: countEntries(C.regionZhTraditional),
  regionRuNames: countEntries(C.regionRuNames), regionEnNames: countEntries(C.regionEnNames),
  administrativeCentreNotes: countEntries(C.administrativeCentreNotes), populationSources: countEntries(C.populationSources),
  roundingRule: 1, cityEnNames: countEntries(C.cityEnNames), citiesMissingFromSource: countEntries(C.citiesMissingFromSource),
  cityTimeZoneExceptions: countEntries(C.cityTimeZoneExceptions), cityTimeZoneDisagreements: countEntries(C.cityTimeZoneDisagreements),
  cityZhOverrides: countEntries(C.cityZhOverrides), cldrExemplarsNotUsed: countEntries(C.cldrExemplarsNotUsed),
  cityMatchNotes: countEntries(C.cityMatchNotes),
})) log(`  ${kind.padEnd(26)} ${n}`);
log(`\nregions ${regions.length} (RU ${ruCount} + CN ${cnCount})`);
log(`cities ${cities.length} (administrative centres ${cities.filter((c) => c.isAdministrativeCentre).length})`);
log(`cities with zh names ${cities.filter((c) => c.name.zh).length} (from CLDR ${Object.keys(CLDR_CITY_ZONES).length}, hand-translated ${countEntries(NAMES_ZH)})`);
log(`wrote ${join('packages', 'db', 'src', 'seed', 'data')}/regions.json and cities.json`);
