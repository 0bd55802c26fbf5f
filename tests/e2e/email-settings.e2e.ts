import { expect, inject, it } from "vitest";
import { signUpHere } from "./accounts";
import { browserForFile } from "./browser";

/** The email settings page as a new owner in Portland uses it: the digest at 07:00 on their own clock. */
const baseUrl = inject("baseUrl");
const openPage = browserForFile();

it("sets the daily digest to 07:00 in the browser's own time zone, by keyboard, at phone width", async () => {
  const page = await openPage({ timezoneId: "America/Los_Angeles", viewport: { width: 390, height: 844 } });
  await page.goto(`${baseUrl}/signup`);
  await signUpHere(page);
  await page.goto(`${baseUrl}/account/notifications`);

  const hour = page.getByLabel("Hour");
  const zone = page.getByLabel("Time zone");
  // Until chosen: 14:00 UTC. The page offers the browser's zone.
  expect(await hour.inputValue()).toBe("14");
  expect(await zone.inputValue()).toBe("UTC");
  const useBrowserZone = page.getByRole("button", { name: "Use this browser's time zone (America/Los Angeles)" });
  await useBrowserZone.focus();
  await page.keyboard.press("Enter");
  expect(await zone.inputValue()).toBe("America/Los_Angeles");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("digest-time-zone");
  await expect.poll(() => useBrowserZone.count()).toBe(0);
  await hour.selectOption("7");

  // Nothing spills sideways at phone width, the long zone list included.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );

  await page.getByRole("button", { name: "Save email settings" }).click();
  await page.waitForURL((url) => url.pathname === "/account" && url.searchParams.get("saved") === "notifications");
  await page.getByText("Email settings saved.").waitFor();
  await page.getByText("The digest comes at 07:00 (America/Los Angeles).").waitFor();
  await page.getByRole("link", { name: "Change email settings" }).click();
  await page.waitForURL((url) => url.pathname === "/account/notifications");
  expect(await page.getByLabel("Hour").inputValue()).toBe("7");
  expect(await page.getByLabel("Time zone").inputValue()).toBe("America/Los_Angeles");
  // Saved as the browser's zone: nothing more to offer.
  expect(await page.getByRole("button", { name: /Use this browser/ }).count()).toBe(0);
});
