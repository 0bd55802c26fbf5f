import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signUpHere } from "./accounts";
import { openTestPage } from "./browser";

// The pages ship neither the taxonomy nor (on the account pages) Zod up front (decision 017):
// these check that the browser still checks forms before sending them.

let browser: Browser;
let page: Page;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  ({ browser, page } = await openTestPage());
});
afterAll(async () => {
  await browser?.close();
});

/** The form posts the page sends to `path` from now on. */
function postsTo(path: string) {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === path) posts.push(request.url());
  });
  return posts;
}

it("checks the sign-up form in the browser, with the schema loaded after the page", async () => {
  await page.goto(`${baseUrl}/signup`);
  // The schema arrives once the page is interactive.
  await page.waitForLoadState("networkidle");
  const posts = postsTo("/signup");
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect.poll(() => page.getByText("Enter an email address like name@example.com").count()).toBe(1);
  expect(await page.getByText("Use at least 10 characters").count()).toBe(1);
  expect(posts).toEqual([]);
});

it("suggests tags for a category typed by another name, and refuses an unknown one before sending", async () => {
  await page.goto(`${baseUrl}/signup`);
  await signUpHere(page);
  await page.goto(`${baseUrl}/businesses/new`);

  // "Realtor" is not a category name: the server says what it is, and its tags are offered.
  await page.getByLabel("Primary category").fill("realtor");
  await page.getByRole("group", { name: "Suggested offerings" }).getByRole("button").first().waitFor();

  const answered = page.waitForResponse((response) => response.url().includes("label=Flowr+Shopp"));
  await page.getByLabel("Secondary category 1").fill("Flowr Shopp");
  await answered;
  const posts = postsTo("/businesses/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect.poll(() => page.getByText("Pick categories from the list (“Flowr Shopp” is not one)").count()).toBe(1);
  expect(posts).toEqual([]);
});

it("suggests towns as the owner types, dropping the requests for earlier keystrokes without a console error", async () => {
  const context = await browser.newContext();
  try {
    const owner = await context.newPage();
    const errors: string[] = [];
    owner.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    owner.on("pageerror", (error) => errors.push(String(error)));
    await owner.goto(`${baseUrl}/signup`);
    await signUpHere(owner);
    await owner.goto(`${baseUrl}/businesses/new`);
    await owner.waitForLoadState("networkidle");
    const town = owner.getByLabel("Town or city");
    const options = owner.locator(`datalist[id="${await town.getAttribute("list")}"] option`);
    // Quick typing, then slower typing (each keystroke's request outlived by the next), as people do.
    for (const [name, delay] of [
      ["Springfield", 0],
      ["Portland", 40],
      ["Austin", 150],
    ] as const) {
      await town.fill("");
      await town.pressSequentially(name, { delay });
      await expect.poll(() => options.first().getAttribute("value")).toMatch(new RegExp(`^${name}\\b`));
    }
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
