import { enqueueSearchSync } from "~/models/search-outbox.server";
import { prisma } from "~/utils/db.server";

/** Queues every business for the sync worker (it indexes published ones and removes the rest). */
export async function enqueueFullReindex(): Promise<number> {
  const ids = (await prisma.business.findMany({ select: { id: true } })).map((row) => row.id);
  for (let start = 0; start < ids.length; start += 1000) {
    await prisma.$transaction((tx) => enqueueSearchSync(tx, ids.slice(start, start + 1000)));
  }
  return ids.length;
}
