-- CreateTable
CREATE TABLE "TradePairStrength" (
    "pairKey" TEXT NOT NULL PRIMARY KEY,
    "mineTrade" TEXT NOT NULL,
    "theirTrade" TEXT NOT NULL,
    "prior" REAL NOT NULL,
    "strength" REAL NOT NULL,
    "owners" INTEGER NOT NULL,
    "computedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "claimedBy" TEXT,
    "claimedUntil" DATETIME,
    "lastStartedAt" DATETIME,
    "lastFinishedAt" DATETIME
);
