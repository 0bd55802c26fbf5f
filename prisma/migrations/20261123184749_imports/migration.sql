-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "unmappedLabels" TEXT NOT NULL DEFAULT '{}',
    "problems" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Import_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Business" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "niche" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactVisibility" TEXT NOT NULL DEFAULT 'members',
    "primaryCategory" TEXT NOT NULL,
    "secondaryCategories" TEXT NOT NULL DEFAULT '[]',
    "offerings" TEXT NOT NULL DEFAULT '[]',
    "targetCustomers" TEXT NOT NULL DEFAULT '[]',
    "customerProblems" TEXT NOT NULL DEFAULT '[]',
    "inferredFields" TEXT NOT NULL DEFAULT '[]',
    "placeId" INTEGER,
    "city" TEXT NOT NULL,
    "region" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "radiusKm" INTEGER,
    "servesRemotely" BOOLEAN NOT NULL DEFAULT false,
    "partnershipKinds" TEXT NOT NULL DEFAULT '[]',
    "offersToPartners" TEXT NOT NULL DEFAULT '',
    "wantsFromPartners" TEXT NOT NULL DEFAULT '',
    "horizon" TEXT NOT NULL DEFAULT 'either',
    "capacity" TEXT NOT NULL DEFAULT 'none',
    "teamSize" TEXT,
    "yearFounded" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "externalRef" TEXT,
    "importId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Business_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Business_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Business" ("capacity", "city", "contactEmail", "contactPhone", "contactVisibility", "country", "createdAt", "customerProblems", "description", "externalRef", "horizon", "id", "inferredFields", "lat", "lng", "name", "niche", "offerings", "offersToPartners", "ownerId", "partnershipKinds", "placeId", "primaryCategory", "publishedAt", "radiusKm", "region", "secondaryCategories", "servesRemotely", "slug", "status", "targetCustomers", "teamSize", "updatedAt", "wantsFromPartners", "website", "yearFounded") SELECT "capacity", "city", "contactEmail", "contactPhone", "contactVisibility", "country", "createdAt", "customerProblems", "description", "externalRef", "horizon", "id", "inferredFields", "lat", "lng", "name", "niche", "offerings", "offersToPartners", "ownerId", "partnershipKinds", "placeId", "primaryCategory", "publishedAt", "radiusKm", "region", "secondaryCategories", "servesRemotely", "slug", "status", "targetCustomers", "teamSize", "updatedAt", "wantsFromPartners", "website", "yearFounded" FROM "Business";
DROP TABLE "Business";
ALTER TABLE "new_Business" RENAME TO "Business";
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");
CREATE INDEX "Business_ownerId_idx" ON "Business"("ownerId");
CREATE INDEX "Business_importId_idx" ON "Business"("importId");
CREATE INDEX "Business_status_publishedAt_idx" ON "Business"("status", "publishedAt");
CREATE INDEX "Business_status_primaryCategory_idx" ON "Business"("status", "primaryCategory");
CREATE UNIQUE INDEX "Business_ownerId_externalRef_key" ON "Business"("ownerId", "externalRef");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Import_ownerId_createdAt_idx" ON "Import"("ownerId", "createdAt");
