-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "headers" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "sentAt" DATETIME,
    "failedAt" DATETIME,
    "captured" BOOLEAN NOT NULL DEFAULT false,
    "lastError" TEXT,
    "providerMessageId" TEXT
);

-- CreateIndex
CREATE INDEX "MailOutbox_sentAt_failedAt_nextAttemptAt_idx" ON "MailOutbox"("sentAt", "failedAt", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailOutbox_claimedBy_idx" ON "MailOutbox"("claimedBy");
