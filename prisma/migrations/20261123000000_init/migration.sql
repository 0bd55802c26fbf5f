-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Business" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Business_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "businessId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "processedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Business_slug_key" ON "Business"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Business_externalRef_key" ON "Business"("externalRef");

-- CreateIndex
CREATE INDEX "Business_ownerId_idx" ON "Business"("ownerId");

-- CreateIndex
CREATE INDEX "Business_status_publishedAt_idx" ON "Business"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Business_status_primaryCategory_idx" ON "Business"("status", "primaryCategory");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_nextAttemptAt_idx" ON "SearchOutbox"("processedAt", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_businessId_idx" ON "SearchOutbox"("businessId");

