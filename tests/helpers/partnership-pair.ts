import { expect } from "vitest";
import { createBusiness, publishBusiness } from "#app/models/businesses.server";
import { pairKey } from "#app/domain/partnership";
import { prisma } from "#app/utils/db.server";
import { hashPassword } from "#app/utils/password.server";
import { DEMO_CITIES, makeBusinessInput, seededRandom } from "#prisma/factories";
import type { TestClient } from "./app";
import { TEST_PASSWORD } from "./accounts";

const random = seededRandom(1010);
let counter = 0;
let passwordHash: Promise<string> | undefined;

/** An owner with a published business, signed in through the real log-in form. */
export async function ownerWithBusiness(
  client: TestClient,
  options: { name: string; category: string; displayName?: string; verified?: boolean; overrides?: object },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `pair-owner${++counter}-${Date.now()}@example.com`;
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash: await passwordHash,
      displayName: options.displayName ?? "",
      emailVerifiedAt: options.verified === false ? null : new Date(),
    },
  });
  const created = await createBusiness(
    user.id,
    makeBusinessInput(random, options.category, DEMO_CITIES[0]!, { name: options.name, ...options.overrides }),
  );
  if (!created.ok) throw new Error("create failed");
  await publishBusiness(created.business.id);
  await prisma.rateLimitBucket.deleteMany({ where: { key: { startsWith: "signin:" } } });
  const login = await client.post("/login", { email, password: TEST_PASSWORD });
  expect(login.status).toBe(302);
  return { client, userId: user.id, email, business: created.business };
}

/** A partnership row set up directly (the request flow is tested elsewhere). */
export async function createPartnership(
  fromBusinessId: string,
  toBusinessId: string,
  options: { status?: string; createdAt?: Date; lastActivityAt?: Date } = {},
) {
  const status = options.status ?? "accepted";
  const createdAt = options.createdAt ?? new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);
  const key = pairKey(fromBusinessId, toBusinessId);
  return prisma.partnership.create({
    data: {
      fromBusinessId,
      toBusinessId,
      pairKey: key,
      openPairKey: status === "requested" || status === "accepted" ? key : null,
      kind: "referral-exchange",
      forThem: "We send you our wedding clients who still need flowers.",
      horizon: "long-term",
      status,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 30 * 24 * 60 * 60 * 1000),
      respondedAt: status === "requested" ? null : createdAt,
      lastActivityAt: options.lastActivityAt ?? createdAt,
    },
  });
}
