import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpThroughForm } from "#tests/helpers/accounts";
import { startTestApp } from "#tests/helpers/app";

/** Error pages render in the site layout, in plain words, with the header of whoever is signed in. */
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const signedInHeader = /Log out/;
const signedOutHeader = /Sign up/;

describe("error pages", () => {
  it("an unknown address is a 404 page in plain words, never the router's developer message", async () => {
    const response = await app.client().get("/no/such/page");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("Page not found");
    expect(html).toContain("<title>Page not found · Mutualist</title>");
    expect(html).not.toMatch(/No route matches|Error:/);
    expect(html).toMatch(signedOutHeader);
  });

  it("keeps the signed-in header on a 404 for an unknown address and for a missing business", async () => {
    const { client } = await signUpThroughForm(app.client());
    for (const path of ["/no/such/page", "/businesses/no-such-id/edit", "/b/no-such-business"]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toMatch(signedInHeader);
      expect(html, path).not.toMatch(signedOutHeader);
    }
  });

  it("titles an error page as its heading says, once, never after the page that failed", async () => {
    const { client } = await signUpThroughForm(app.client());
    const cases = [
      ["/businesses/999999/edit", "There is no business at this address."],
      ["/businesses/abc/partners", "There is no business at this address."],
      ["/businesses/abc/circle", "There is no business at this address."],
      ["/imports/99999", "There is no import at this address."],
      ["/b/no-such-business", "No published business at this address."],
      ["/no/such/page", "There is nothing at this address."],
    ];
    for (const [path, sentence] of cases) {
      const response = await client.get(path!);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html.match(/<title>/g), path).toHaveLength(1);
      expect(html, path).toContain("<title>Page not found · Mutualist</title>");
      expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
      expect(html, path).toContain(sentence);
      expect(html, path).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  it("says in a full sentence when a form asks for something its page does not do", async () => {
    const { client } = await signUpThroughForm(app.client());
    const response = await client.post("/account", { intent: "no-such-thing" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("<title>That request did not make sense · Mutualist</title>");
    expect(html).toContain("This page did not understand what the form asked for. Reload the page and try again.");
  });

  it("keeps the signed-in header when an action is refused (another owner's business)", async () => {
    const owner = await signUpThroughForm(app.client());
    const created = await owner.client.post("/businesses/new", {
      intent: "save",
      name: "Harbour Lights Photography",
      niche: "Documentary wedding photography",
      primaryCategory: "Wedding Photographer",
      offerings: "wedding photography",
      targetCustomers: "engaged couples",
      customerProblems: "planning a wedding",
      place: "Portland, OR, US",
      radiusKm: "30",
      horizon: "long-term",
      capacity: "spare-capacity",
      contactVisibility: "public",
    });
    expect(created.status).toBe(302);
    const editPath = new URL(created.headers.get("location") ?? "", app.baseUrl).pathname;

    const other = await signUpThroughForm(app.client());
    const refused = await other.client.post(editPath, { intent: "save", name: "Taken over" });
    expect(refused.status).toBe(403);
    const html = await refused.text();
    expect(html).toContain("Only the owner can change this business.");
    expect(html).toContain("<title>Not allowed · Mutualist</title>");
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toMatch(signedInHeader);
  });
});
