import { placeLabel, type BusinessProfile } from "#app/domain/business";
import type { GeoPoint } from "#app/domain/geo";
import { regionName } from "#app/domain/place-names";
import { choosePlace, findPlaceByName, getPlace, nearestPlace, type Place } from "./places.server";

/** Where the home page's directory (./directory-home.server.ts) is centred, from its URL. */

const MAX_PLACE_TEXT = 100;

export interface HomeNear {
  /** What the place input shows ("Portland, OR, US"), empty for a point with no town near it. */
  label: string;
  /** "Portland, Oregon" */
  name: string;
  from: "typed" | "location" | "your-business";
}

export type HomePlaceProblem =
  | { kind: "choices"; typed: string; choices: { label: string; name: string }[] }
  | { kind: "not-found"; typed: string }
  | { kind: "bad-location" };

/** "Portland, Oregon"; "Toronto, Ontario, Canada"; "Paris, France". */
export function placeName(place: Pick<Place, "name" | "region" | "country">): string {
  const country = place.country === "US" ? "" : countryName(place.country);
  return [place.name, regionName(place.region, place.country), country].filter(Boolean).join(", ");
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A point from `lat` and `lng` parameters, rounded to two decimals (about 1 km: the page needs
 * no more, and the URL should not say more); null unless both are plain numbers in range.
 */
export function parseLocation(lat: string | null, lng: string | null): GeoPoint | null {
  const number = (text: string | null) =>
    text !== null && /^-?\d{1,3}(\.\d{1,12})?$/.test(text.trim()) ? Number(text) : Number.NaN;
  const point = { lat: number(lat), lng: number(lng) };
  if (!(Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180)) return null;
  return { lat: Math.round(point.lat * 100) / 100, lng: Math.round(point.lng * 100) / 100 };
}

/** Where the user's own business is, for a list that starts there. */
export type OwnPlace = Pick<BusinessProfile, "placeId" | "city" | "region" | "country" | "lat" | "lng">;

export interface Where {
  near: HomeNear | null;
  point: GeoPoint | null;
  problem: HomePlaceProblem | null;
}

/**
 * Where the list is centred: `lat`/`lng` (the browser's location) first, then a typed `near`
 * (an empty one means "anywhere"), then the signed-in owner's own business.
 */
export function resolveWhere(search: URLSearchParams, own: OwnPlace | undefined): Where {
  if (search.has("lat") || search.has("lng")) {
    const point = parseLocation(search.get("lat"), search.get("lng"));
    if (point) {
      const place = nearestPlace(point);
      return {
        near: { label: place?.label ?? "", name: place ? placeName(place) : "your location", from: "location" },
        point,
        problem: null,
      };
    }
    return { ...resolveWhere(withoutLocation(search), own), problem: { kind: "bad-location" } };
  }
  if (search.has("near")) {
    const typed = (search.get("near") ?? "").trim().slice(0, MAX_PLACE_TEXT);
    if (!typed) return { near: null, point: null, problem: null };
    const chosen = choosePlace(typed);
    if (!chosen) return { near: null, point: null, problem: { kind: "not-found", typed } };
    if ("choices" in chosen) {
      const choices = chosen.choices.map((place) => ({ label: place.label, name: placeName(place) }));
      return { near: null, point: null, problem: { kind: "choices", typed, choices } };
    }
    const { place } = chosen;
    return { near: { label: place.label, name: placeName(place), from: "typed" }, point: place, problem: null };
  }
  if (own) return { near: ownBusinessNear(own), point: { lat: own.lat, lng: own.lng }, problem: null };
  return { near: null, point: null, problem: null };
}

function withoutLocation(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete("lat");
  next.delete("lng");
  return next;
}

function ownBusinessNear(business: OwnPlace): HomeNear {
  const place =
    (business.placeId !== null ? getPlace(business.placeId) : undefined) ??
    findPlaceByName(business.city, business.region, business.country);
  const label = place?.label ?? placeLabel(business);
  return { label, name: placeName(place ?? { name: business.city, ...business }), from: "your-business" };
}
