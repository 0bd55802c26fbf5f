import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { signIn } from "./accounts";
import { openTestPage } from "./browser";
import { wrappedTexts } from "./layout";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openTestPage());
});
afterAll(async () => {
  await browser?.close();
});

it("shows explained partner suggestions, hides one marked not a fit, and fills the circle with a saved one", async () => {
  await signIn(page);

  await page.getByRole("link", { name: "Partners", exact: true }).first().click();
  await page.waitForURL(/\/businesses\/[^/]+\/partners/);
  const suggestions = page.getByRole("list", { name: "Suggestions" }).locator(":scope > li");
  await suggestions.first().waitFor();
  expect(await suggestions.count()).toBeGreaterThanOrEqual(5);

  // Each suggestion says why, in plain words, what is particular to it first.
  const first = suggestions.first();
  const reasons = await first.getByRole("list", { name: "Why this suggestion" }).locator("li").allTextContents();
  expect(reasons.some((reason) => /km away/.test(reason))).toBe(true);
  expect(reasons[0]).toMatch(/strongest referral partners|often trade referrals|, which you offer$|, which you want/);
  const second = await suggestions.nth(1).getByRole("list", { name: "Why this suggestion" }).locator("li").first();
  expect(await second.textContent()).not.toBe(reasons[0]);
  await first.getByText(/Score breakdown/).click();
  expect(await first.getByRole("row").count()).toBeGreaterThanOrEqual(5);
  expect(await first.getByRole("rowheader", { name: "How often these trades refer to each other" }).count()).toBe(1);

  // On a phone each card's buttons fit: the proposal on its own row, the two marks side by side below it.
  await page.setViewportSize({ width: 390, height: 844 });
  const proposable = suggestions.filter({ has: page.getByRole("link", { name: /^Propose a partnership/ }) }).first();
  const box = async (name: RegExp, role: "link" | "button") =>
    (await proposable.getByRole(role, { name }).first().boundingBox())!;
  const [propose, save, notFit] = [
    await box(/^Propose a partnership/, "link"),
    await box(/^Save/, "button"),
    await box(/^Not a fit/, "button"),
  ];
  expect(save.y).toBeGreaterThan(propose.y + propose.height - 1);
  expect(Math.round(save.y)).toBe(Math.round(notFit.y));
  // Big enough to tap (44 px), and one line each (their hidden ": <name>" for screen readers aside).
  for (const button of [propose, save, notFit]) {
    expect(button.height).toBeGreaterThanOrEqual(44);
    expect(button.height).toBeLessThan(52);
  }
  await proposable.screenshot({ path: "/tmp/card-390.png" });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Not a fit: it leaves the list and waits under "Marked not a fit", from where it can come back.
  const name = (await first.getByRole("heading").textContent())!;
  // With the keyboard: the button goes with its card, and focus moves to the card now in its place.
  await first.getByRole("button", { name: "Not a fit" }).focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.getByRole("list", { name: "Suggestions" }).getByRole("heading", { name, exact: true }).count())
    .toBe(0);
  // Screen readers hear what happened, as the button they pressed is gone.
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: `Marked ${name} not a fit` })
        .count(),
    )
    .toBe(1);
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.closest("[data-partner]") ? "a card" : document.activeElement?.tagName,
      ),
    )
    .toBe("a card");
  await page.getByText("Marked not a fit (1)").click();
  expect(await page.getByText(name).count()).toBeGreaterThanOrEqual(1);
  await page.reload();
  expect(
    await page.getByRole("list", { name: "Suggestions" }).getByRole("heading", { name, exact: true }).count(),
  ).toBe(0);

  // Save one: it goes on the circle's shortlist; only an accepted partnership covers a profession.
  const saved = page.getByRole("list", { name: "Suggestions" }).locator(":scope > li").first();
  const savedName = (await saved.getByRole("heading").textContent())!;
  await saved.getByRole("button", { name: "Save" }).click();
  await saved.getByRole("button", { name: "Saved (remove)" }).waitFor();
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: `Saved ${savedName} to your shortlist.` })
        .count(),
    )
    .toBe(1);
  await page.getByRole("link", { name: "Your circle" }).click();
  await page.waitForURL(/\/circle$/);
  await expect.poll(() => page.getByRole("link", { name: savedName, exact: true }).count()).toBe(1);
  expect(await page.getByRole("heading", { name: /Shortlist \(1\)/ }).count()).toBe(1);
  // The demo planner's accepted partnership with the demo florist covers florists; the saved one covers nothing.
  const covered = page.getByRole("region", { name: /^Covered/ });
  expect(await covered.getByRole("link", { name: savedName, exact: true }).count()).toBe(0);
  expect(
    await page
      .getByRole("region", { name: /^Shortlist/ })
      .getByRole("link", { name: savedName, exact: true })
      .count(),
  ).toBe(1);
  // On a phone no "Find one" button breaks over two lines.
  await page.setViewportSize({ width: 390, height: 844 });
  const findOne = page.getByRole("link", { name: "Find one" });
  expect(await findOne.count()).toBeGreaterThan(0);
  expect(await wrappedTexts(findOne)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Overflow: similar firms nearby, each saying what it shares and whether it can take work.
  await page.goBack();
  await page.waitForURL(/\/partners/);
  await page.getByRole("link", { name: "Overflow partners" }).click();
  await page.waitForURL(/tab=overflow/);
  await expect.poll(() => page.getByText(/^Similar firms nearby/).count()).toBe(1);
  const overflow = page.getByRole("list", { name: "Suggestions" }).locator(":scope > li");
  await overflow.first().waitFor();
  const overflowReasons = (
    await overflow.first().getByRole("list", { name: "Why this suggestion" }).locator("li").allTextContents()
  ).join(" | ");
  expect(overflowReasons).toMatch(/Same profession: |Also offers |Does similar work: /);
  expect(overflowReasons).toMatch(
    /Has spare capacity: can take work|Booked out: can hand off work|km away|Serves customers remotely/,
  );

  // A filter, then Back: the list and the dropdown both show the unfiltered state again.
  await page.getByLabel("Distance").selectOption("10");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/within=10/);
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("within"));
  await expect.poll(() => page.getByLabel("Distance").inputValue()).toBe("");

  // Ten more suggestions on request; focus goes to the first one added.
  await page.getByRole("link", { name: "Suggested partners" }).click();
  await page.waitForURL(/tab=complementary/);
  await expect.poll(() => suggestions.count()).toBe(10);
  const firstTen = await suggestions.getByRole("heading").allTextContents();
  await page.getByRole("link", { name: "Show 10 more" }).click();
  await page.waitForURL(/shown=20/);
  await expect.poll(() => suggestions.count()).toBeGreaterThan(10);
  expect((await suggestions.getByRole("heading").allTextContents()).slice(0, 10)).toEqual(firstTen);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe(await suggestions.nth(10).getByRole("heading").textContent());
});
