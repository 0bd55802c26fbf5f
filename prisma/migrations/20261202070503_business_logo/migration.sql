-- AlterTable
ALTER TABLE "Business" ADD COLUMN "logoKey" TEXT;
