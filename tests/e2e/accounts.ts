import type { Page } from "playwright-core";
import { inject } from "vitest";
import { DEMO_OWNER } from "#prisma/seed-demo";

export const E2E_PASSWORD = "e2e passphrase 2026";

/** Signs in through the real form and waits for the dashboard. Defaults to the demo owner. */
export async function signIn(page: Page, account: { email: string; password: string } = DEMO_OWNER) {
  const baseUrl = inject("baseUrl");
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`${baseUrl}/dashboard`);
}

/**
 * Fills and sends the sign-up form on the current page (the caller gets there the way the test
 * wants to walk), then waits for the dashboard. Returns the new account.
 */
export async function signUpHere(
  page: Page,
  email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`,
) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.waitForURL(`${inject("baseUrl")}/dashboard`);
  return { email, password: E2E_PASSWORD };
}
