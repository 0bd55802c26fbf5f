-- CreateTable
CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromBusinessId" TEXT,
    "toBusinessId" TEXT,
    "senderUserId" TEXT,
    "pairKey" TEXT NOT NULL,
    "openPairKey" TEXT,
    "kind" TEXT NOT NULL,
    "forThem" TEXT NOT NULL,
    "inReturn" TEXT NOT NULL DEFAULT '',
    "horizon" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'requested',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "declineReason" TEXT NOT NULL DEFAULT '',
    "endedAt" DATETIME,
    "endedByBusinessId" TEXT,
    "endedReason" TEXT NOT NULL DEFAULT '',
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nudgedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Partnership_fromBusinessId_fkey" FOREIGN KEY ("fromBusinessId") REFERENCES "Business" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Partnership_toBusinessId_fkey" FOREIGN KEY ("toBusinessId") REFERENCES "Business" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Partnership_senderUserId_fkey" FOREIGN KEY ("senderUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Block_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Block_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "authorBusinessId" TEXT,
    "authorUserId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partnershipId" TEXT NOT NULL,
    "giverBusinessId" TEXT,
    "receiverBusinessId" TEXT,
    "need" TEXT NOT NULL,
    "customerContact" TEXT,
    "contactClearedAt" DATETIME,
    "expectedValue" INTEGER,
    "wonValue" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "referredOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "lostReason" TEXT NOT NULL DEFAULT '',
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Referral_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Referral_giverBusinessId_fkey" FOREIGN KEY ("giverBusinessId") REFERENCES "Business" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Referral_receiverBusinessId_fkey" FOREIGN KEY ("receiverBusinessId") REFERENCES "Business" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "businessId" TEXT,
    "partnershipId" TEXT,
    "referralId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "inDigest" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "emailVerifiedAt" DATETIME,
    "notificationSettings" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "id", "passwordHash", "updatedAt") SELECT "createdAt", "email", "id", "passwordHash", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
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
    "claimed" BOOLEAN NOT NULL DEFAULT true,
    "externalRef" TEXT,
    "importId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Business_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Business_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Business" ("capacity", "city", "contactEmail", "contactPhone", "contactVisibility", "country", "createdAt", "customerProblems", "description", "externalRef", "horizon", "id", "importId", "inferredFields", "lat", "lng", "name", "niche", "offerings", "offersToPartners", "ownerId", "partnershipKinds", "placeId", "primaryCategory", "publishedAt", "radiusKm", "region", "secondaryCategories", "servesRemotely", "slug", "status", "targetCustomers", "teamSize", "updatedAt", "wantsFromPartners", "website", "yearFounded") SELECT "capacity", "city", "contactEmail", "contactPhone", "contactVisibility", "country", "createdAt", "customerProblems", "description", "externalRef", "horizon", "id", "importId", "inferredFields", "lat", "lng", "name", "niche", "offerings", "offersToPartners", "ownerId", "partnershipKinds", "placeId", "primaryCategory", "publishedAt", "radiusKm", "region", "secondaryCategories", "servesRemotely", "slug", "status", "targetCustomers", "teamSize", "updatedAt", "wantsFromPartners", "website", "yearFounded" FROM "Business";
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
CREATE INDEX "EmailToken_userId_purpose_idx" ON "EmailToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "EmailToken_expiresAt_idx" ON "EmailToken"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_openPairKey_key" ON "Partnership"("openPairKey");

-- CreateIndex
CREATE INDEX "Partnership_fromBusinessId_createdAt_idx" ON "Partnership"("fromBusinessId", "createdAt");

-- CreateIndex
CREATE INDEX "Partnership_toBusinessId_status_idx" ON "Partnership"("toBusinessId", "status");

-- CreateIndex
CREATE INDEX "Partnership_pairKey_status_idx" ON "Partnership"("pairKey", "status");

-- CreateIndex
CREATE INDEX "Partnership_status_expiresAt_idx" ON "Partnership"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Partnership_status_lastActivityAt_idx" ON "Partnership"("status", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Block_blockedId_idx" ON "Block"("blockedId");

-- CreateIndex
CREATE UNIQUE INDEX "Block_blockerId_blockedId_key" ON "Block"("blockerId", "blockedId");

-- CreateIndex
CREATE INDEX "Message_partnershipId_createdAt_idx" ON "Message"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_authorUserId_createdAt_idx" ON "Message"("authorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_partnershipId_referredOn_idx" ON "Referral"("partnershipId", "referredOn");

-- CreateIndex
CREATE INDEX "Referral_giverBusinessId_referredOn_idx" ON "Referral"("giverBusinessId", "referredOn");

-- CreateIndex
CREATE INDEX "Referral_receiverBusinessId_referredOn_idx" ON "Referral"("receiverBusinessId", "referredOn");

-- CreateIndex
CREATE INDEX "Referral_closedAt_contactClearedAt_idx" ON "Referral"("closedAt", "contactClearedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_inDigest_userId_idx" ON "Notification"("inDigest", "userId");

-- Listings a bulk import created (they carry the import's reference id) are not run by their owner yet.
UPDATE "Business" SET "claimed" = false WHERE "externalRef" IS NOT NULL;
