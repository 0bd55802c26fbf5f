import type { Prisma } from "@prisma/client";
import { placeLabel } from "#app/domain/business";
import { distanceKm, type GeoPoint } from "#app/domain/geo";
import { DEFAULT_RADIUS_KM, formatDistance } from "#app/domain/matching";
import { categoryName, isCategorySlug } from "#app/domain/taxonomy";
import { prisma } from "#app/utils/db.server";
import { nearbyBusinessIds, SearchUnavailableError } from "#search/index";
import { countPublishedByCategory } from "./businesses.server";
import { resolveWhere, type HomeNear, type HomePlaceProblem } from "./directory-home-place.server";

export type { HomeNear, HomePlaceProblem } from "./directory-home-place.server";

/**
 * The home page's directory: the published businesses near a place (within HOME_NEAR_KM), nearest
 * first, or the newest when there is no place (where it is centred: ./directory-home-place.server.ts);
 * and the signed-in user's own businesses, where its "Find partners" button leads.
 *
 * Nearest first is Meilisearch's `_geoRadius` filter and `_geoPoint` sort over the business index,
 * which already holds every published business with a filterable, sortable `_geo`
 * (search/settings.ts). It sorts 100,000 documents in milliseconds, pages without reading the rows
 * before the page, counts what is within the radius (so the pages count what the list holds), and
 * keeps the SQL plain (ids in, records out) for the move to PostgreSQL. A bounding-box query over
 * an index on (lat, lng) would be portable too, but it has to guess a box and read and sort every
 * row in it in the app for each page (a big city's thousands). A place with nobody within the
 * radius (the countryside) gets one page of the nearest further away. The index can lag a write
 * by a moment, so rows are reloaded from the database and anything no longer published is
 * dropped. When Meilisearch is unavailable the page falls back to the newest, with distances
 * still shown, and says so quietly.
 */

/** Cards per page: a phone shows a screenful or two, not 4,700 px. */
export const HOME_PAGE_SIZE = 12;
/** What "near" means: the list around a place holds the businesses within this distance. */
export const HOME_NEAR_KM = DEFAULT_RADIUS_KM;
const MAX_PAGE = 10_000;

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

export interface HomeDirectory {
  near: HomeNear | null;
  problem: HomePlaceProblem | null;
  category: string;
  categoryName: string;
  categories: { slug: string; name: string; count: number }[];
  cards: HomeCard[];
  /** Published businesses (of the category) in the whole directory. */
  total: number;
  /** How many the list holds over all its pages: those within nearKm of the place, else `total`. */
  listed: number;
  /**
   * "newest": newest first; "nearest": the businesses within nearKm, nearest first; "further":
   * none is within nearKm, so one page of the nearest further away.
   */
  order: "newest" | "nearest" | "further";
  nearKm: number;
  page: number;
  pageCount: number;
  /** Meilisearch was unavailable: the newest are shown instead of the nearest. */
  sortUnavailable: boolean;
  /** The signed-in user's own businesses (not listings imported for a group): at most two. */
  ownBusinesses: { id: string; name: string }[];
}

const OWN_SELECT = {
  id: true,
  name: true,
  placeId: true,
  city: true,
  region: true,
  country: true,
  lat: true,
  lng: true,
} satisfies Prisma.BusinessSelect;

/**
 * The user's own businesses (ones they run, not listings they imported for a group), published
 * before draft, then the latest changed: two are enough to tell one from several.
 */
async function ownBusinesses(userId: string | null) {
  if (!userId) return [];
  return prisma.business.findMany({
    where: { ownerId: userId, claimed: true },
    // "published" sorts after "draft": descending puts a published business first.
    orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
    take: 2,
    select: OWN_SELECT,
  });
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
  const [own, counts] = await Promise.all([ownBusinesses(userId), countPublishedByCategory()]);
  const where = resolveWhere(search, own[0]);
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
    ownBusinesses: own.map(({ id, name }) => ({ id, name })),
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
      const cards = (await publishedByIds(found.ids)).map((row) => toCard(row, where.point));
      // The index may hold a business unpublished a moment ago: never count more than the database has.
      const listed = found.withinRadius > 0 ? Math.min(found.withinRadius, total) : page === 1 ? cards.length : 0;
      return {
        ...base,
        cards,
        listed,
        order: found.withinRadius > 0 ? "nearest" : "further",
        pageCount: pagesFor(listed),
        sortUnavailable: false,
      };
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      console.warn(error.message);
      const rows = await newestPublished(category, page);
      return { ...base, ...newestPage(rows, where.point, total), sortUnavailable: true };
    }
  }
  const rows = await newestPublished(category, page);
  return { ...base, ...newestPage(rows, null, total), sortUnavailable: false };
}

const pagesFor = (count: number) => Math.max(1, Math.ceil(count / HOME_PAGE_SIZE));

function newestPage(rows: CardRow[], point: GeoPoint | null, total: number) {
  return {
    cards: rows.map((row) => toCard(row, point)),
    listed: total,
    order: "newest" as const,
    pageCount: pagesFor(total),
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
