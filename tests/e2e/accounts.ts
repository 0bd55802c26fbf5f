import type { Page } from "playwright-core";
import { inject } from "vitest";
import { DEMO_OWNER } from "#prisma/seed-demo";
import { linkInMail, waitForMail } from "./mail";

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
 * wants to walk), opens the verification link from the email in this browser and confirms it,
 * then waits for the dashboard. Returns the new account, signed in and verified.
 */
export async function signUpHere(
  page: Page,
  email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`,
) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
  const mail = await waitForMail(email, (message) => message.body.includes("/verify-email?token="));
  // The link's own address (APP_URL) is the site's: open it in this browser, which holds the sign-up cookie.
  const link = new URL(linkInMail(mail, "/verify-email"));
  await page.goto(`${inject("baseUrl")}${link.pathname}${link.search}`);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await page.waitForURL((url) => url.pathname === "/dashboard");
  return { email, password: E2E_PASSWORD };
}
