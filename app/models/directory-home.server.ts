import { placeLabel } from "#app/domain/business";
import type { Prisma } from "@prisma/client";
import { distanceKm, type GeoPoint } from "#app/domain/geo";
import { DEFAULT_RADIUS_KM, formatDistance } from "#app/domain/matching";
import { regionName } from "#app/domain/place-names";
import { categoryName, isCategorySlug } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { nearbyBusinessIds, SearchUnavailableError } from "#search/index";
import { countPublishedByCategory } from "./businesses.server";
import { choosePlace, findPlaceByName, getPlace, nearestPlace, type Place } from "./places.server";

/**
 * The home page's directory: published businesses near a place, nearest first, or the newest
 * when there is no place.
 *
 * Nearest first is Meilisearch's `_geoPoint` sort over the business index, which already holds
 * every published business with a filterable, sortable `_geo` (search/settings.ts). It sorts
 * 100,000 documents in milliseconds, pages without reading the rows before the page, and keeps
 * the SQL plain (ids in, records out) for the move to PostgreSQL. A bounding-box query over an
 * index on (lat, lng) would be portable too, but it has to guess a box, widen it when the box is
 * empty (the countryside), and read and sort every row in the box in the app for each page (a
 * big city's thousands). The index can lag a write by a moment, so rows are reloaded from the
 * database and anything no longer published is dropped. When Meilisearch is unavailable the page
 * falls back to the newest, with distances still shown, and says so quietly.
 */

/** Cards per page: a phone shows a screenful or two, not 4,700 px. */
export const HOME_PAGE_SIZE = 12;
/** What "near" means in the count above the list (the list goes on, further away). */
export const HOME_NEAR_KM = DEFAULT_RADIUS_KM;
const MAX_PAGE = 10_000;
const MAX_PLACE_TEXT = 100;

export interface HomeCard {
  id: string;
  slug: string;
  name: string;
  niche: string;
  categoryName: string;
  /** "Portland, OR, US" */
  place: string;
  /** "12 km away", when the list is around a place. */
  distance: string | null;
  logoKey: string | null;
}

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

export interface HomeDirectory {
  near: HomeNear | null;
  problem: HomePlaceProblem | null;
  category: string;
  categoryName: string;
  categories: { slug: string; name: string; count: number }[];
  cards: HomeCard[];
  /** Published businesses (of the category) in all. */
  total: number;
  /** How many are within HOME_NEAR_KM of the place; null without a place or without search. */
  withinRadius: number | null;
  nearKm: number;
  page: number;
  pageCount: number;
  /** Meilisearch was unavailable: the newest are shown instead of the nearest. */
  sortUnavailable: boolean;
}

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

interface Where {
  near: HomeNear | null;
  point: GeoPoint | null;
  problem: HomePlaceProblem | null;
}

/**
 * Where the list is centred: `lat`/`lng` (the browser's location) first, then a typed `near`
 * (an empty one means "anywhere"), then the signed-in owner's own business.
 */
async function resolveWhere(search: URLSearchParams, userId: string | null): Promise<Where> {
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
    const fallback = await resolveWhere(withoutLocation(search), userId);
    return { ...fallback, problem: { kind: "bad-location" } };
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
  if (userId) {
    const own = await ownBusinessPlace(userId);
    if (own) return { near: own.near, point: own.point, problem: null };
  }
  return { near: null, point: null, problem: null };
}

function withoutLocation(search: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete("lat");
  next.delete("lng");
  return next;
}

/**
 * The place of the owner's own business (one they run, not a listing they imported for a
 * group): published before draft, then the latest changed.
 */
async function ownBusinessPlace(userId: string): Promise<{ near: HomeNear; point: GeoPoint } | null> {
  const business = await prisma.business.findFirst({
    where: { ownerId: userId, claimed: true },
    // "published" sorts after "draft": descending puts a published business first.
    orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
    select: { placeId: true, city: true, region: true, country: true, lat: true, lng: true },
  });
  if (!business) return null;
  const place =
    (business.placeId !== null ? getPlace(business.placeId) : undefined) ??
    findPlaceByName(business.city, business.region, business.country);
  const label = place?.label ?? placeLabel(business);
  return {
    near: { label, name: placeName(place ?? { name: business.city, ...business }), from: "your-business" },
    point: { lat: business.lat, lng: business.lng },
  };
}

const CARD_SELECT = {
  id: true,
  slug: true,
  name: true,
  niche: true,
  primaryCategory: true,
  city: true,
  region: true,
  country: true,
  lat: true,
  lng: true,
  logoKey: true,
} satisfies Prisma.BusinessSelect;

type CardRow = Prisma.BusinessGetPayload<{ select: typeof CARD_SELECT }>;

function toCard(row: CardRow, point: GeoPoint | null): HomeCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    niche: row.niche,
    categoryName: categoryName(row.primaryCategory),
    place: placeLabel(row),
    distance: point ? formatDistance(distanceKm(point, row)) : null,
    logoKey: row.logoKey,
  };
}

/** The home page's directory for a request's search parameters and the signed-in user, if any. */
export async function loadHomeDirectory(search: URLSearchParams, userId: string | null): Promise<HomeDirectory> {
  const categoryParam = search.get("category") ?? "";
  const category = isCategorySlug(categoryParam) ? categoryParam : "";
  const page = Math.max(1, Math.min(MAX_PAGE, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const [where, counts] = await Promise.all([resolveWhere(search, userId), countPublishedByCategory()]);
  const total = counts.reduce((sum, entry) => (!category || entry.category === category ? sum + entry.count : sum), 0);
  const base = {
    near: where.near,
    problem: where.problem,
    category,
    categoryName: category ? categoryName(category) : "",
    categories: counts
      .map((entry) => ({ slug: entry.category, name: categoryName(entry.category), count: entry.count }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    total,
    nearKm: HOME_NEAR_KM,
    page,
  };

  if (where.point) {
    try {
      const found = await nearbyBusinessIds({
        near: where.point,
        primaryCategory: category || undefined,
        page,
        hitsPerPage: HOME_PAGE_SIZE,
        withinKm: HOME_NEAR_KM,
      });
      const rows = await publishedByIds(found.ids);
      return {
        ...base,
        cards: rows.map((row) => toCard(row, where.point)),
        withinRadius: found.withinRadius,
        pageCount: Math.max(1, Math.ceil(Math.min(found.total, total) / HOME_PAGE_SIZE)),
        sortUnavailable: false,
      };
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      console.warn(error.message);
      const rows = await newestPublished(category, page);
      return { ...base, ...pageOf(rows, where.point, total), withinRadius: null, sortUnavailable: true };
    }
  }
  const rows = await newestPublished(category, page);
  return { ...base, ...pageOf(rows, null, total), withinRadius: null, sortUnavailable: false };
}

function pageOf(rows: CardRow[], point: GeoPoint | null, total: number) {
  return {
    cards: rows.map((row) => toCard(row, point)),
    pageCount: Math.max(1, Math.ceil(total / HOME_PAGE_SIZE)),
  };
}

/** The records for ids from the index, in the same order, still published. */
async function publishedByIds(ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  // By primary key only, status checked here: the planner cannot pick a worse index.
  const rows = await prisma.business.findMany({
    where: { id: { in: ids } },
    select: { ...CARD_SELECT, status: true },
  });
  const byId = new Map(rows.filter((row) => row.status === "published").map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { status: _status, ...card } = row;
    return [card];
  });
}

/** Newest first by publication (the (status, publishedAt) index), a page at a time. */
function newestPublished(category: string, page: number): Promise<CardRow[]> {
  return prisma.business.findMany({
    where: { status: "published", ...(category ? { primaryCategory: category } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * HOME_PAGE_SIZE,
    take: HOME_PAGE_SIZE,
    select: CARD_SELECT,
  });
}
