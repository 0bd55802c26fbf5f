import type { Locator } from "playwright-core";

/**
 * The texts, among the elements `locator` matches, that run over more than one line (a button
 * drawn as "Log / out"). Hidden elements are skipped. Counts the line boxes of each text.
 */
export async function wrappedTexts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((element) => element.textContent?.trim() ?? ""),
  );
}
