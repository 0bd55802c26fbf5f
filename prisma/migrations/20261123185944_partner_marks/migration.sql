-- CreateTable
CREATE TABLE "PartnerMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartnerMark_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerMark_otherId_fkey" FOREIGN KEY ("otherId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PartnerMark_otherId_idx" ON "PartnerMark"("otherId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerMark_businessId_otherId_key" ON "PartnerMark"("businessId", "otherId");
