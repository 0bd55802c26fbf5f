import sharp from "sharp";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signIn } from "./accounts";
import { openTestPage } from "./browser";

let browser: Browser;
let page: Page;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  ({ browser, page } = await openTestPage());
});
afterAll(async () => {
  await browser?.close();
});

/** The demo owner's first business's logo page (the form on a page of its own). */
async function logoPage(on: Page) {
  await signIn(on);
  const edit = await on.locator('main a[href^="/businesses/"][href$="/edit"]').first().getAttribute("href");
  expect(edit).toBeTruthy();
  const id = edit!.split("/")[2]!;
  await on.goto(`${baseUrl}/businesses/${id}/logo`);
  return id;
}

it("uploads, shows, refuses and removes a logo with JavaScript, staying on the page for a refusal", async () => {
  const id = await logoPage(page);
  const input = page.getByLabel("Choose a picture");
  expect(await input.getAttribute("accept")).toBe("image/jpeg,image/png,image/webp");
  // No logo yet: the initials badge, hidden from screen readers (the name is in the heading).
  expect(await page.locator('main span[aria-hidden="true"]').first().textContent()).toMatch(/^\S{1,2}$/);

  await input.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("not a picture at all") });
  await page.getByRole("button", { name: "Upload" }).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toContain("This file is text, not a picture");
  expect(page.url()).toBe(`${baseUrl}/businesses/${id}/logo`);
  const describedBy = (await input.getAttribute("aria-describedby"))!.split(" ");
  expect(describedBy).toContain(await alert.getAttribute("id"));

  const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#aa3366" } })
    .png()
    .toBuffer();
  await input.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload" }).click();
  await page.waitForURL(`${baseUrl}/businesses/${id}/edit?saved=logo`);

  await page.goto(`${baseUrl}/businesses/${id}/logo`);
  const image = page.locator('main img[src^="/logos/"]');
  await image.waitFor();
  expect(await image.getAttribute("alt")).toBe("");
  // The 256 px file, shown at 128 CSS pixels: sharp on a 2× screen.
  const shown = await image.evaluate((element: HTMLImageElement) => [
    element.naturalWidth,
    element.getBoundingClientRect().width,
  ]);
  expect(shown).toEqual([256, 128]);

  // Removing asks twice: the button is inside a closed disclosure.
  expect(await page.getByRole("button", { name: "Yes, remove the picture" }).isVisible()).toBe(false);
  await page.getByText("Remove the picture…").click();
  await page.getByRole("button", { name: "Yes, remove the picture" }).click();
  await page.waitForURL(`${baseUrl}/businesses/${id}/edit?saved=logo-removed`);
  await page.goto(`${baseUrl}/businesses/${id}/logo`);
  expect(await page.locator('main img[src^="/logos/"]').count()).toBe(0);
});

it("without JavaScript, a refusal shows the page again with the message next to the field", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  noScript.setDefaultTimeout(15_000);
  try {
    const id = await logoPage(noScript);
    const gif = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#00ff00" } })
      .gif()
      .toBuffer();
    await noScript
      .getByLabel(/^(Choose a picture|Replace it with another picture)$/)
      .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: gif });
    await noScript.getByRole("button", { name: "Upload" }).click();
    await noScript.getByRole("alert").waitFor();
    expect(await noScript.getByRole("alert").textContent()).toContain("This file is a GIF");
    expect(noScript.url()).toBe(`${baseUrl}/businesses/${id}/logo`);
  } finally {
    await context.close();
  }
});
