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

/** The demo owner's first business's id, read from the dashboard (signing in first when asked). */
async function firstBusinessId(on: Page, { signInFirst }: { signInFirst: boolean }) {
  if (signInFirst) await signIn(on);
  else await on.goto(`${baseUrl}/dashboard`);
  const edit = await on.locator('main a[href^="/businesses/"][href$="/edit"]').first().getAttribute("href");
  expect(edit).toBeTruthy();
  return edit!.split("/")[2]!;
}

/** The demo owner's first business's logo page (the form on a page of its own). */
async function logoPage(on: Page) {
  const id = await firstBusinessId(on, { signInFirst: true });
  await on.goto(`${baseUrl}/businesses/${id}/logo`);
  return id;
}

const pngOf = (background: string) =>
  sharp({ create: { width: 300, height: 200, channels: 3, background } })
    .png()
    .toBuffer();

/** The form's status line (role=status) when it says `text`. */
const statusSaying = (on: Page, text: string) => on.getByRole("status").filter({ hasText: text });

it("uploads, shows, refuses and removes a logo with JavaScript, staying on the page and saying what the latest action did", async () => {
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

  await input.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await pngOf("#aa3366") });
  await page.getByRole("button", { name: "Upload" }).click();
  // Said politely in the form's status line; the refusal is gone and the page stays where it is.
  await statusSaying(page, "Logo saved.").waitFor();
  expect(await page.getByRole("alert").count()).toBe(0);
  expect(page.url()).toBe(`${baseUrl}/businesses/${id}/logo`);
  const image = page.locator('main img[src^="/logos/"]');
  await image.waitFor();
  expect(await image.getAttribute("alt")).toBe("");
  // The 256 px file, shown at 128 CSS pixels: sharp on a 2× screen.
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(256);
  expect(await image.evaluate((element: HTMLImageElement) => element.getBoundingClientRect().width)).toBe(128);
  // The field is emptied for the next picture, and says so.
  const replace = page.getByLabel("Replace it with another picture");
  expect(await replace.evaluate((element: HTMLInputElement) => element.files?.length)).toBe(0);
  // On a phone the form goes under the picture: the file field is wide enough to show a file's name.
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await replace.boundingBox())!.width).toBeGreaterThan(240);
  await page.setViewportSize({ width: 1280, height: 720 });

  // A later refusal replaces the success: "Logo saved." no longer shows.
  const gif = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#00ff00" } })
    .gif()
    .toBuffer();
  await replace.setInputFiles({ name: "logo.gif", mimeType: "image/gif", buffer: gif });
  await page.getByRole("button", { name: "Upload" }).click();
  await page.getByRole("alert").filter({ hasText: "This file is a GIF" }).waitFor();
  expect(await page.getByText("Logo saved.").count()).toBe(0);

  // Removing asks twice: the button is inside a closed disclosure.
  expect(await page.getByRole("button", { name: "Yes, remove the picture" }).isVisible()).toBe(false);
  await page.getByText("Remove the picture…").click();
  await page.getByRole("button", { name: "Yes, remove the picture" }).click();
  await statusSaying(page, "Logo removed: cards show your initials.").waitFor();
  // The button pressed is gone with the picture: the keyboard stays in the form, at the file field.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("file");
  expect(await page.getByText("Logo saved.").count()).toBe(0);
  expect(await page.getByRole("alert").count()).toBe(0);
  expect(page.url()).toBe(`${baseUrl}/businesses/${id}/logo`);
  expect(await page.locator('main img[src^="/logos/"]').count()).toBe(0);
});

it("on the edit page, a logo's status replaces the page's earlier one, and going back never shows an old one", async () => {
  const id = await firstBusinessId(page, { signInFirst: false });
  // As after saving the form: the page says so.
  await page.goto(`${baseUrl}/businesses/${id}/edit?saved=saved`);
  await page.getByRole("status").filter({ hasText: "Changes saved." }).waitFor();

  await page.getByLabel("Choose a picture").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: await pngOf("#3366aa"),
  });
  await page.getByRole("button", { name: "Upload" }).click();
  await statusSaying(page, "Logo saved.").waitFor();
  await page.waitForURL(`${baseUrl}/businesses/${id}/edit`);
  // The page's message comes with its data, which reloads for the new address.
  await expect.poll(() => page.getByText("Changes saved.").count()).toBe(0);
  await page.locator('main img[src^="/logos/"]').waitFor();

  await page.getByText("Remove the picture…").click();
  await page.getByRole("button", { name: "Yes, remove the picture" }).click();
  await statusSaying(page, "Logo removed: cards show your initials.").waitFor();
  expect(await page.getByText("Logo saved.").count()).toBe(0);

  // Neither action added a page to the history: back is the dashboard, forward the edit page as it is now.
  await page.goBack();
  await page.waitForURL(`${baseUrl}/dashboard`);
  expect(await page.getByText("Logo saved.").count()).toBe(0);
  await page.goForward();
  await page.waitForURL(`${baseUrl}/businesses/${id}/edit`);
  await page.getByLabel("Choose a picture").waitFor();
  expect(await page.getByText("Logo saved.").count()).toBe(0);
  expect(await page.getByText("Logo removed").count()).toBe(0);
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
