import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { signUpHere } from "./accounts";
import { openTestPage } from "./browser";

// The pages ship neither the taxonomy nor (on the account pages) Zod up front (decision 017):
// these check that the browser still checks forms before sending them. Then the short first
// form, with JavaScript and without.

let browser: Browser;
let page: Page;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  ({ browser, page } = await openTestPage());
});
afterAll(async () => {
  await browser?.close();
});

/** The form posts the page sends to `path` from now on (with JavaScript, Remix posts to `path.data`). */
function postsTo(path: string, on: Page = page) {
  const posts: string[] = [];
  on.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === "POST" && (pathname === path || pathname === `${path}.data`)) posts.push(request.url());
  });
  return posts;
}

/** With E2E_SHOTS=<folder>, full-page screenshots at 390 and 1280 px wide (for looking at, not asserted). */
async function shots(on: Page, name: string) {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return;
  for (const width of [390, 1280]) {
    await on.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await on.screenshot({ path: `${folder}/form-${name}-${width}.png`, fullPage: true });
  }
  await on.setViewportSize({ width: 1280, height: 720 });
}

/** The five answers step 1 requires, by the words of their labels. */
const REQUIRED_LABELS = [
  "Business name",
  "What you do",
  "Your niche in one line",
  "Town or city",
  "Your products and services",
];

/** Tab presses from the top of a freshly loaded page until the button named `name` has the focus. */
async function tabsTo(on: Page, name: string) {
  for (let presses = 1; presses <= 120; presses++) {
    await on.keyboard.press("Tab");
    const focused = await on.evaluate(() =>
      document.activeElement?.tagName === "BUTTON" ? document.activeElement.textContent?.trim() : null,
    );
    if (focused === name) return presses;
  }
  throw new Error(`${name} was not reached in 120 Tab presses`);
}

/** Fills step 1 with a Portland florist (the demo directory has partners for it there). */
async function fillStepOne(on: Page, name: string, { place = "Portland, OR, US" } = {}) {
  await on.getByLabel("Business name").fill(name);
  await on.getByLabel("What you do").fill("Florists");
  await on.getByLabel("Your niche in one line").fill("Garden-style wedding flowers for small venues");
  await on.getByLabel("Town or city").fill(place);
  await on.getByLabel("Who buys from you").fill("engaged couples");
  await on.getByLabel("Your products and services").fill("bridal bouquets, centrepieces");
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
  // The form's check arrives once the page is interactive.
  await page.waitForLoadState("networkidle");

  // "Realtor" is not a category name: the server says what it is, and its tags are offered.
  await page.getByLabel("What you do").fill("realtor");
  await page.getByRole("toolbar", { name: "Suggested products and services" }).getByRole("button").first().waitFor();

  const answered = page.waitForResponse((response) => response.url().includes("label=Flowr+Shopp"));
  await page.getByLabel("What you do").fill("Flowr Shopp");
  await answered;
  const posts = postsTo("/businesses/new");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect.poll(() => page.getByText("Pick a category from the list").count()).toBe(1);
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

it("asks only what matching needs, says which answers are required, and is a short Tab walk to Publish", async () => {
  await page.goto(`${baseUrl}/businesses/new`);
  await page.waitForLoadState("networkidle");
  await shots(page, "step-1");
  for (const label of REQUIRED_LABELS) {
    const field = page.getByLabel(label);
    expect(await field.getAttribute("required"), label).toBe("");
    expect(await field.getAttribute("aria-required"), label).toBe("true");
    // Said in words in the label, which is what a screen reader reads out.
    expect(await page.locator(`label[for="${await field.getAttribute("id")}"]`).textContent(), label).toMatch(
      /\(required\)$/,
    );
  }
  expect(await page.getByLabel("Who buys from you").getAttribute("required")).toBeNull();
  expect(await page.locator('label[for]:has-text("(optional)")').count()).toBe(2);
  // Step 2's questions are not here; the hints are text under the fields, not placeholders.
  expect(await page.getByLabel("Description").count()).toBe(0);
  expect(await page.locator("#business [placeholder]").count()).toBe(0);
  const hint = await page.getByLabel("Your niche in one line").getAttribute("aria-describedby");
  expect(await page.locator(`#${hint}`).textContent()).toMatch(/e\.g\. /);

  const controls = await page
    .locator("#business")
    .locator("input:not([type=hidden]), select, textarea, button")
    .count();
  const tabs = await tabsTo(page, "Publish and see partners");
  // With a category chosen, its suggestions come in toolbars: one Tab stop each, arrow keys within.
  await page.getByLabel("What you do").fill("Florists");
  const offered = page.getByRole("toolbar", { name: "Suggested products and services" }).getByRole("button");
  await offered.first().waitFor();
  const suggestionButtons = await page.locator("#business [role=toolbar] button").count();
  const toolbars = await page.locator("#business [role=toolbar]").count();
  await page.getByLabel("What you do").focus();
  // Niche, town, distance, remote, three tag fields and the button: 8 stops, and one per toolbar.
  expect(await tabsTo(page, "Publish and see partners")).toBe(8 + toolbars);
  // Arrow keys move along a toolbar; adding a suggestion moves the focus to the next one.
  await offered.first().focus();
  await page.keyboard.press("ArrowRight");
  const second = (await offered.nth(1).textContent())!;
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second);
  await page.keyboard.press("Enter");
  expect(await page.getByLabel("Your products and services").inputValue()).toBe(second.replace(/^\+ /, ""));
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[role=toolbar]") !== null)).toBe(true);
  console.log(
    `[business form] step 1: ${controls} controls; ${tabs} Tab presses from the top of the page to "Publish and see partners" (before: 41 to "Save draft"); a category's ${suggestionButtons} suggestions add ${toolbars} Tab stops (one per toolbar)`,
  );
  expect(controls).toBeLessThanOrEqual(12);
  expect(tabs).toBeLessThan(41);
});

it("previews the public page and publishes from the form, with JavaScript, on to the first suggestions", async () => {
  await page.goto(`${baseUrl}/businesses/new`);
  await page.waitForLoadState("networkidle");
  const posts = postsTo("/businesses/new");
  // Nothing filled in: the browser says what is missing, next to each field, and sends nothing.
  await page.getByRole("button", { name: "Publish and see partners" }).click();
  await expect.poll(() => page.getByText("Add at least one thing you offer").count()).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("name");
  expect(posts).toEqual([]);
  await shots(page, "step-1-errors");

  await fillStepOne(page, "Petal & Stem JS");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: /Preview: how your public page will look/ });
  await preview.waitFor();
  expect(await preview.getByText("Petal & Stem JS").count()).toBe(1);
  expect(await preview.getByText("Florists").count()).toBe(1);
  // Focus goes to the preview, and the answers are still in the form.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("preview-heading");
  expect(await page.getByLabel("Business name").inputValue()).toBe("Petal & Stem JS");
  await shots(page, "preview");

  await page.getByRole("button", { name: "Publish and see partners" }).click();
  await page.waitForURL(/\/businesses\/[^/]+\/partners\?welcome=1$/);
  await expect
    .poll(() =>
      page.getByRole("status").filter({ hasText: "Published. Here are your first suggested partners." }).count(),
    )
    .toBe(1);
  await page.getByRole("list", { name: "Suggestions" }).locator(":scope > li").first().waitFor();
  await shots(page, "welcome");
  await page.getByRole("link", { name: "Improve your matches" }).click();
  await page.waitForURL(/\/businesses\/[^/]+\/details$/);
  await shots(page, "step-2");
  await page.getByLabel("I have room for more work").check();
  await page.getByLabel("What you want from partners").fill("wedding photographers");
  // Leaving by the link with answers not saved asks first; "Cancel" keeps them on the page.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Back to your suggested partners" }).click();
  await expect.poll(() => asked).toEqual(["Leave this page? Your answers here are not saved yet."]);
  expect(page.url()).toMatch(/\/details$/);
  expect(await page.getByLabel("What you want from partners").inputValue()).toBe("wedding photographers");
  await page.getByRole("button", { name: "Save and see partners" }).click();
  await page.waitForURL(/\/partners\?saved=details$/);
  await expect.poll(() => page.getByRole("status").filter({ hasText: "use your new answers" }).count()).toBe(1);

  // The edit page keeps the whole form, the answers of both steps in it; published, so no "Save and publish".
  await page.getByRole("link", { name: "Edit profile" }).click();
  await page.waitForURL(/\/businesses\/[^/]+\/edit$/);
  expect(await page.getByLabel("I have room for more work").isChecked()).toBe(true);
  expect(await page.getByLabel("Business name").inputValue()).toBe("Petal & Stem JS");
  expect(await page.getByRole("button", { name: "Save and publish" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: "Unpublish" }).count()).toBe(1);
  await shots(page, "edit");
});

it("works without JavaScript: errors next to the field with the focus on it, a preview, then publish", async () => {
  const signedIn = await page.context().storageState();
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, storageState: signedIn });
  try {
    const owner = await context.newPage();
    owner.setDefaultTimeout(15_000);
    await owner.goto(`${baseUrl}/businesses/new`);
    // A place the gazetteer does not know: only the server can say so.
    await fillStepOne(owner, "Petal & Stem No JS", { place: "Nowhereville Zzz" });
    await owner.getByRole("button", { name: "Publish and see partners" }).click();
    await owner.getByText("pick a town or city from the list").waitFor();
    expect(owner.url()).toBe(`${baseUrl}/businesses/new`);
    const town = owner.getByLabel("Town or city");
    expect(await town.getAttribute("aria-invalid")).toBe("true");
    expect(await owner.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("place");
    expect(await owner.getByLabel("Business name").inputValue()).toBe("Petal & Stem No JS");
    expect(await owner.getByLabel("Your products and services").inputValue()).toBe("bridal bouquets, centrepieces");

    await town.fill("Portland, OR, US");
    await owner.getByRole("button", { name: "Preview" }).click();
    const preview = owner.getByRole("region", { name: /Preview: how your public page will look/ });
    await preview.waitFor();
    expect(await preview.getByText("Petal & Stem No JS").count()).toBe(1);
    expect(await owner.getByLabel("Town or city").inputValue()).toBe("Portland, OR, US");

    await owner.getByRole("button", { name: "Publish and see partners" }).click();
    await owner.waitForURL(/\/businesses\/[^/]+\/partners\?welcome=1$/);
    expect(await owner.getByText("Published. Here are your first suggested partners.").count()).toBe(1);
    expect(await owner.getByRole("list", { name: "Suggestions" }).locator(":scope > li").count()).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});

it("asks which Portland; the question stays while other fields change, and a choice fills the field in", async () => {
  await page.goto(`${baseUrl}/businesses/new`);
  await page.waitForLoadState("networkidle");
  const posts = postsTo("/businesses/new");
  await fillStepOne(page, "Which Portland JS", { place: "Portland" });
  await page.getByRole("button", { name: "Publish and see partners" }).click();
  const choices = page.getByRole("group", { name: "Places called Portland" }).getByRole("button");
  await choices.first().waitFor();
  expect(await choices.allTextContents()).toEqual(expect.arrayContaining(["Portland, Oregon", "Portland, Maine"]));
  const town = page.getByLabel("Town or city");
  expect(await town.getAttribute("aria-invalid")).toBe("true");
  expect(posts).toHaveLength(1);
  await shots(page, "which-place");

  // Changing another answer does not make the question go away unanswered.
  await page.getByLabel("Business name").fill("Which Portland JS Co");
  expect(await page.getByText("Several places are called Portland: pick one").count()).toBe(1);
  // Enter in a field is still "Publish", not the first choice: the browser asks, and nothing is sent.
  await page.evaluate(() => {
    const pressed: string[] = [];
    (window as unknown as { pressed: string[] }).pressed = pressed;
    document.forms
      .namedItem("business")!
      .addEventListener(
        "submit",
        (event) => pressed.push((event.submitter as HTMLButtonElement | null)?.value ?? "none"),
        { capture: true },
      );
  });
  await page.getByLabel("Business name").press("Enter");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { pressed: string[] }).pressed))
    .toEqual(["publish"]);
  await expect.poll(() => page.getByText("Several places are called Portland: pick one").count()).toBe(1);
  expect(await town.inputValue()).toBe("Portland");
  expect(posts).toHaveLength(1);

  // A choice fills the field in, without sending the form; the question goes and the focus is on the field.
  await choices.filter({ hasText: "Portland, Maine" }).click();
  expect(await town.inputValue()).toBe("Portland, ME, US");
  await expect.poll(() => choices.count()).toBe(0);
  expect(await town.getAttribute("aria-invalid")).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("place");
  // It says what is next: the choice alone sends nothing.
  expect(
    await page
      .getByRole("status")
      .filter({ hasText: "Chosen: Portland, Maine. Press “Publish and see partners” to go on." })
      .count(),
  ).toBe(1);
  expect(posts).toHaveLength(1);

  await page.getByRole("button", { name: "Publish and see partners" }).click();
  await page.waitForURL(/\/businesses\/[^/]+\/partners\?welcome=1$/);
  await page.goto(page.url().replace(/\/partners\?welcome=1$/, "/edit"));
  expect(await page.getByLabel("Town or city").inputValue()).toBe("Portland, ME, US");
});

it("without JavaScript, each town is a button that sends the form again with that place, keeping the answers", async () => {
  const signedIn = await page.context().storageState();
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, storageState: signedIn });
  try {
    const owner = await context.newPage();
    owner.setDefaultTimeout(15_000);
    await owner.goto(`${baseUrl}/businesses/new`);
    await fillStepOne(owner, "Which Portland No JS", { place: "Portland" });
    await owner.getByRole("button", { name: "Save as draft" }).click();
    const choices = owner.getByRole("group", { name: "Places called Portland" }).getByRole("button");
    await choices.first().waitFor();
    expect(await owner.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("place");
    // Enter in a field sends the main button, not the first town.
    const answered = owner.waitForEvent("load");
    await owner.getByLabel("Business name").press("Enter");
    await answered;
    await choices.first().waitFor();
    expect(await owner.getByLabel("Town or city").inputValue()).toBe("Portland");

    // The owner pressed "Save as draft" first, then Enter ("Publish"): a town now publishes.
    await choices.filter({ hasText: "Portland, Maine" }).click();
    await owner.waitForURL(/\/businesses\/[^/]+\/partners\?welcome=1$/);
    await owner.goto(owner.url().replace(/\/partners\?welcome=1$/, "/edit"));
    expect(await owner.getByLabel("Town or city").inputValue()).toBe("Portland, ME, US");
    expect(await owner.getByLabel("Business name").inputValue()).toBe("Which Portland No JS");
    expect(await owner.getByLabel("Your products and services").inputValue()).toBe("bridal bouquets, centrepieces");
  } finally {
    await context.close();
  }
});

it("keeps the form when its check never arrives: the server checks a submit, and typing afterwards sends nothing", async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // A stale tab after a deploy, or a lost connection: the schema's script does not load.
  await tab.route(/\/assets\/business-schema-[^/]*\.js$/, (route) => route.abort());
  await tab.goto(`${baseUrl}/signup`);
  await signUpHere(tab);
  await tab.goto(`${baseUrl}/businesses/new`);
  await tab.waitForLoadState("networkidle");
  await fillStepOne(tab, "No Check Florals");
  await tab.getByLabel("Your niche in one line").fill("too short");
  const posts = postsTo("/businesses/new", tab);
  await tab.getByRole("button", { name: "Save as draft" }).click();
  // Checked by the server instead: the same message, next to the field, the input kept.
  await expect.poll(() => tab.getByText("at least 10 characters").count()).toBe(1);
  expect(posts).toHaveLength(1);
  // Fixing the field waits for the next submit: no request per keystroke, no error page.
  await tab.getByLabel("Your niche in one line").pressSequentially(" but fixed now", { delay: 20 });
  await tab.waitForTimeout(300);
  expect(posts).toHaveLength(1);
  expect(await tab.getByRole("heading", { name: "Add your business" }).count()).toBe(1);
  expect(await tab.getByLabel("Business name").inputValue()).toBe("No Check Florals");
  await context.close();
});
