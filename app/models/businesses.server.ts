import { Prisma, type Business as BusinessRow } from "@prisma/client";
import { parseStringList, type BusinessInput, type BusinessProfile } from "#app/domain/business";
import { nextFreeSlug, slugify } from "#app/domain/slug";
import { prisma } from "#app/utils/db.server";
import { deleteBusinessLogoFiles } from "./business-logo.server";
import { enqueueSearchSync } from "./search-outbox.server";
import { isUniqueViolation } from "./users.server";

export function toProfile(row: BusinessRow): BusinessProfile {
  return {
    ...row,
    secondaryCategories: parseStringList(row.secondaryCategories),
    offerings: parseStringList(row.offerings),
    targetCustomers: parseStringList(row.targetCustomers),
    customerProblems: parseStringList(row.customerProblems),
    inferredFields: parseStringList(row.inferredFields),
    partnershipKinds: parseStringList(row.partnershipKinds),
    status: row.status === "published" ? "published" : "draft",
  };
}

/** The columns a BusinessInput writes (lists as JSON text). */
export function businessRowData(input: BusinessInput) {
  return {
    name: input.name,
    niche: input.niche,
    description: input.description ?? "",
    website: input.website ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    contactVisibility: input.contactVisibility,
    primaryCategory: input.primaryCategory,
    secondaryCategories: JSON.stringify(input.secondaryCategories),
    offerings: JSON.stringify(input.offerings),
    targetCustomers: JSON.stringify(input.targetCustomers),
    customerProblems: JSON.stringify(input.customerProblems),
    inferredFields: JSON.stringify(input.inferredFields ?? []),
    placeId: input.place.placeId,
    city: input.place.city,
    region: input.place.region,
    country: input.place.country,
    lat: input.place.lat,
    lng: input.place.lng,
    servesRemotely: input.servesRemotely,
    radiusKm: input.radiusKm ?? null,
    partnershipKinds: JSON.stringify(input.partnershipKinds),
    offersToPartners: input.offersToPartners ?? "",
    wantsFromPartners: input.wantsFromPartners ?? "",
    horizon: input.horizon,
    capacity: input.capacity,
    teamSize: input.teamSize ?? null,
    yearFounded: input.yearFounded ?? null,
  } satisfies Prisma.BusinessUncheckedUpdateInput;
}

export type SaveResult =
  | { ok: true; business: BusinessProfile }
  | { ok: false; field: "slug"; message: string }
  /** Changed since the form was opened (another tab, a co-owner, an import): `version` is the current one. */
  | { ok: false; field: "version"; message: string; version: string };

const SLUG_TAKEN = "That address is taken by another business; pick another";

async function freeSlugFor(name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await prisma.business.findMany({
        where: { slug: { startsWith: base || "business" } },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  return nextFreeSlug(base, (slug) => taken.has(slug));
}

/** Whether a save also puts the business in the directory (publishing from the form). */
export interface SaveOptions {
  publish?: boolean;
  /**
   * The `updatedAt` (ISO) the form was opened with: the save is refused if the row changed since,
   * so a stale page never writes older answers back over newer ones.
   */
  version?: string | null;
}

const CHANGED_SINCE =
  "This business was changed in another tab or window since you opened this page. Your answers are kept below: save again to replace the newer ones with them, or open the page again to see what changed.";

class ChangedSince extends Error {
  constructor(readonly version: string) {
    super("changed since the form was opened");
  }
}

/** The version a form sends back (its row's updatedAt), or null when it sent none or nonsense. */
export function formVersion(value: FormDataEntryValue | null): string | null {
  if (typeof value !== "string" || value.length > 40) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Creates a business for its owner: a draft, or published at once (`publish`). Either way the row
 * and its search outbox row are written in one transaction.
 */
export async function createBusiness(
  ownerId: string,
  input: BusinessInput,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const slug = input.slug || (await freeSlugFor(input.name));
  try {
    const row = await prisma.$transaction(async (tx) => {
      const created = await tx.business.create({
        data: {
          ...businessRowData(input),
          ownerId,
          slug,
          externalRef: input.externalRef ?? null,
          ...(options.publish ? { status: "published", publishedAt: new Date() } : {}),
        },
      });
      await enqueueSearchSync(tx, [created.id]);
      return created;
    });
    return { ok: true, business: toProfile(row) };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "slug", message: SLUG_TAKEN };
    throw error;
  }
}

/**
 * Saves the owner's form, and with `publish` puts the business in the directory in the same
 * transaction. Saving confirms whatever the form held, so fields an import filled in from the
 * category stop being marked inferred (the form sends no inferredFields).
 */
export async function updateBusiness(
  businessId: string,
  input: BusinessInput,
  options: SaveOptions = {},
): Promise<SaveResult> {
  try {
    const row = await prisma.$transaction(async (tx) => {
      const publishedAt = options.publish
        ? ((await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { publishedAt: true } }))
            .publishedAt ?? new Date())
        : undefined;
      // A conditional write (portable, atomic): only the row the form was opened with is replaced.
      const { count } = await tx.business.updateMany({
        where: { id: businessId, ...(options.version ? { updatedAt: new Date(options.version) } : {}) },
        data: {
          ...businessRowData(input),
          ...(input.slug ? { slug: input.slug } : {}),
          ...(publishedAt ? { status: "published", publishedAt } : {}),
        },
      });
      const updated = await tx.business.findUniqueOrThrow({ where: { id: businessId } });
      if (count === 0) throw new ChangedSince(updated.updatedAt.toISOString());
      await enqueueSearchSync(tx, [businessId]);
      return updated;
    });
    return { ok: true, business: toProfile(row) };
  } catch (error) {
    if (error instanceof ChangedSince) {
      return { ok: false, field: "version", message: CHANGED_SINCE, version: error.version };
    }
    if (isUniqueViolation(error)) return { ok: false, field: "slug", message: SLUG_TAKEN };
    throw error;
  }
}

/**
 * The owner says the fields filled in from the category are right: they stop being marked inferred
 * (and a re-import keeps them as they are). Not in the search document, so no outbox row.
 */
export async function confirmInferredFields(businessId: string) {
  await prisma.business.update({ where: { id: businessId }, data: { inferredFields: "[]" } });
}

export async function publishBusiness(businessId: string) {
  await prisma.$transaction(async (tx) => {
    const current = await tx.business.findUniqueOrThrow({ where: { id: businessId }, select: { publishedAt: true } });
    await tx.business.update({
      where: { id: businessId },
      data: { status: "published", publishedAt: current.publishedAt ?? new Date() },
    });
    await enqueueSearchSync(tx, [businessId]);
  });
}

export async function unpublishBusiness(businessId: string) {
  await prisma.$transaction(async (tx) => {
    await tx.business.update({ where: { id: businessId }, data: { status: "draft" } });
    await enqueueSearchSync(tx, [businessId]);
  });
}

export async function deleteBusiness(businessId: string) {
  await prisma.$transaction(async (tx) => {
    await tx.business.delete({ where: { id: businessId } });
    await enqueueSearchSync(tx, [businessId]);
  });
  await deleteBusinessLogoFiles(businessId);
}

/**
 * Raw: the suggestion routes load the business before their Meilisearch queries can go out, and
 * Prisma 6.19 compiles this model query in ~0.8 ms where the same row costs ~0.2 ms as SQL
 * (decision 011). Portable SQL; the adapter gives the columns the model's types.
 */
export async function getBusinessById(id: string): Promise<BusinessProfile | null> {
  const [row] = await prisma.$queryRaw<BusinessRow[]>(Prisma.sql`SELECT * FROM "Business" WHERE "id" = ${id}`);
  return row ? toProfile(row) : null;
}

/**
 * An account's other published businesses, at most `limit` (oldest first), and how many there are
 * in all: an organiser's account holds every member it imported, so the list is cut and counted.
 * Raw for the same reason as getBusinessById; portable SQL.
 */
export async function otherPublishedBusinesses(
  ownerId: string,
  exceptId: string,
  limit: number,
): Promise<{ businesses: BusinessProfile[]; total: number }> {
  const rows = await prisma.$queryRaw<BusinessRow[]>(
    Prisma.sql`SELECT * FROM "Business" WHERE "ownerId" = ${ownerId} AND "status" = 'published' AND "id" <> ${exceptId}
      ORDER BY "createdAt", "id" LIMIT ${limit + 1}`,
  );
  if (rows.length <= limit) return { businesses: rows.map(toProfile), total: rows.length };
  const [counted] = await prisma.$queryRaw<{ count: number | bigint }[]>(
    Prisma.sql`SELECT COUNT(*) AS "count" FROM "Business" WHERE "ownerId" = ${ownerId} AND "status" = 'published' AND "id" <> ${exceptId}`,
  );
  return { businesses: rows.slice(0, limit).map(toProfile), total: Number(counted?.count ?? rows.length) };
}

export async function getBusinessBySlug(slug: string): Promise<BusinessProfile | null> {
  const row = await prisma.business.findUnique({ where: { slug } });
  return row ? toProfile(row) : null;
}

/** The business if `userId` owns it; throws 404 when it does not exist and 403 when it is not theirs. */
export async function requireOwnedBusiness(userId: string, businessId: string): Promise<BusinessProfile> {
  const business = await getBusinessById(businessId);
  if (!business) throw new Response("There is no business at this address.", { status: 404 });
  if (business.ownerId !== userId) throw new Response("Only the owner can change this business.", { status: 403 });
  return business;
}

export async function listOwnerBusinesses(ownerId: string) {
  return prisma.business.findMany({
    where: { ownerId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      slug: true,
      name: true,
      niche: true,
      status: true,
      primaryCategory: true,
      city: true,
      updatedAt: true,
    },
  });
}

/** Counts of published businesses per primary category, for the directory's category filter. */
export async function countPublishedByCategory() {
  const groups = await prisma.business.groupBy({
    by: ["primaryCategory"],
    where: { status: "published" },
    _count: { _all: true },
  });
  return groups.map((group) => ({ category: group.primaryCategory, count: group._count._all }));
}

/** Every published business, in id order, a page at a time (for index rebuilds and checks). */
export async function* publishedBusinessPages(pageSize: number): AsyncGenerator<BusinessProfile[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.business.findMany({
      where: { status: "published" },
      orderBy: { id: "asc" },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    cursor = rows[rows.length - 1]?.id;
    yield rows.map(toProfile);
  }
}
