import type { Prisma } from "@prisma/client";
import { toExportRow, type ExportRow } from "#app/domain/export-format";
import { parseStringList } from "#app/domain/business";
import { prisma } from "#app/utils/db.server";

/** Export of businesses in the import format (an owner's, an import's, or the public directory). */

export interface ExportScope {
  ownerId?: string;
  importId?: string;
}

const exportSelect = {
  id: true,
  externalRef: true,
  name: true,
  niche: true,
  primaryCategory: true,
  secondaryCategories: true,
  city: true,
  region: true,
  country: true,
  lat: true,
  lng: true,
  website: true,
  description: true,
  offerings: true,
  targetCustomers: true,
  customerProblems: true,
  capacity: true,
  inferredFields: true,
} satisfies Prisma.BusinessSelect;

/**
 * Rows for export, in pages read by id. With an owner or an import: that owner's businesses (any
 * status), ref = their external ref. With neither: every published business, public fields only,
 * ref = the public business id. Never contact details or owner ids. Each row carries the fields
 * still filled in from its category and not confirmed by the business (`inferredFields`).
 */
export async function* exportBusinesses(scope: ExportScope = {}, pageSize = 1000): AsyncGenerator<ExportRow> {
  const own = !!(scope.ownerId || scope.importId);
  const where: Prisma.BusinessWhereInput = own
    ? { ...(scope.ownerId ? { ownerId: scope.ownerId } : {}), ...(scope.importId ? { importId: scope.importId } : {}) }
    : { status: "published" };
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.business.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: "asc" },
      take: pageSize,
      select: exportSelect,
    });
    for (const row of page) {
      const profile = {
        ...row,
        secondaryCategories: parseStringList(row.secondaryCategories),
        offerings: parseStringList(row.offerings),
        targetCustomers: parseStringList(row.targetCustomers),
        customerProblems: parseStringList(row.customerProblems),
        inferredFields: parseStringList(row.inferredFields),
      };
      yield toExportRow(profile, own ? (row.externalRef ?? row.id) : row.id);
    }
    if (page.length < pageSize) return;
    cursor = page[page.length - 1]?.id;
  }
}
