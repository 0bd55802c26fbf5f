-- AlterTable
ALTER TABLE "SearchOutbox" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "SearchOutbox" ADD COLUMN "claimedUntil" DATETIME;

-- CreateIndex
CREATE INDEX "SearchOutbox_claimedBy_idx" ON "SearchOutbox"("claimedBy");
