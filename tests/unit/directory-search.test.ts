import { describe, expect, it } from "vitest";
import {
  CLEARED_FILTERS,
  DEFAULT_RADIUS_KM,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  MAX_PAGE,
  highlightSegments,
  placeIdFromNearText,
  searchHref,
  stripHighlight,
  toDirectorySearchParams,
  toUrlSearchParams,
  widerRadius,
} from "#app/domain/directory-search";
import { facetOptions, parseDirectorySearchRequest } from "#app/domain/directory-search-request";

const parse = (query: string) => parseDirectorySearchRequest(new URLSearchParams(query));

describe("parsing the search URL", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parse("")).toEqual({
      q: "",
      category: [],
      problem: [],
      kind: [],
      capacity: [],
      city: [],
      region: [],
      near: "",
      withinKm: DEFAULT_RADIUS_KM,
      sort: "relevance",
      page: 1,
    });
  });

  it("reads every parameter, facets as repeated parameters", () => {
    const request = parse(
      "q=wedding+flowers&category=florist&category=caterer&problem=planning+a+wedding&kind=overflow&capacity=booked-out" +
        "&city=Austin&city=Denver&region=TX&near=Austin%2C+TX%2C+US&withinKm=50&sort=distance&page=3",
    );
    expect(request).toEqual({
      q: "wedding flowers",
      category: ["florist", "caterer"],
      problem: ["planning a wedding"],
      kind: ["overflow"],
      capacity: ["booked-out"],
      city: ["Austin", "Denver"],
      region: ["TX"],
      near: "Austin, TX, US",
      withinKm: 50,
      sort: "distance",
      page: 3,
    });
  });

  it("falls back to the default for each bad value, keeping the good ones", () => {
    const request = parse("withinKm=9000&sort=cheapest&page=-2&near=" + "x".repeat(300));
    expect(request.withinKm).toBe(DEFAULT_RADIUS_KM);
    expect(request.sort).toBe("relevance");
    expect(request.page).toBe(1);
    expect(request.near).toHaveLength(120);
    for (const bad of ["abc", "0", "2.5", ""]) expect(parse(`page=${bad}`).page).toBe(1);
    // Past the last page served: the last page served (whose empty state links back).
    for (const far of ["1e9", "99999"]) expect(parse(`page=${far}`).page).toBe(MAX_PAGE);
    for (const bad of ["0", "501", "ten", "12.5"]) expect(parse(`withinKm=${bad}`).withinKm).toBe(DEFAULT_RADIUS_KM);
    expect(parse("withinKm=500").withinKm).toBe(500);
    expect(parse("withinKm=1").withinKm).toBe(1);
  });

  it("drops unknown category slugs, partnership kinds and capacities, empty and duplicate values", () => {
    const request = parse(
      "category=florist&category=not-a-category&category=florist&kind=bribery&kind=reseller&capacity=infinite&city=&city=%20Austin%20&city=Austin",
    );
    expect(request.category).toEqual(["florist"]);
    expect(request.kind).toEqual(["reseller"]);
    expect(request.capacity).toEqual([]);
    expect(request.city).toEqual(["Austin"]);
  });

  it("trims the query, collapses its spaces and cuts it at 200 characters", () => {
    expect(parse("q=%20%20bridal%20%20%20bouquets%20").q).toBe("bridal bouquets");
    expect(parse(`q=${"a".repeat(500)}`).q).toHaveLength(200);
  });

  it("caps the values of one facet", () => {
    const many = Array.from({ length: 50 }, (_, i) => `city=c${i}`).join("&");
    expect(parse(many).city).toHaveLength(20);
  });

  it("resolves near: a place id is a place, nearest-first needs one", () => {
    expect(placeIdFromNearText("4671654")).toBe(4671654);
    expect(placeIdFromNearText("Austin")).toBeUndefined();
    expect(placeIdFromNearText("0123")).toBeUndefined();
    const request = parse("near=Austin&sort=distance");
    expect(toDirectorySearchParams(request, 4671654)).toMatchObject({ near: 4671654, sort: "distance" });
    const unresolved = toDirectorySearchParams(request, undefined);
    expect(unresolved.sort).toBe("relevance");
    expect("near" in unresolved).toBe(false);
  });

  it("writes canonical URLs: defaults left out, facets repeated, round-trips", () => {
    const request = parse("q=cake&category=caterer&category=florist&near=Austin%2C+TX%2C+US&sort=newest&page=2");
    const query = toUrlSearchParams(request);
    expect(query.getAll("category")).toEqual(["caterer", "florist"]);
    expect(query.get("withinKm")).toBe("25");
    expect(parse(query.toString())).toEqual(request);
    expect(searchHref(parse(""))).toBe("/search");
    expect(searchHref(request, { page: 3 })).toContain("page=3");
    const cleared = parse(new URL(`http://x${searchHref(request, CLEARED_FILTERS)}`).search);
    expect(cleared).toMatchObject({ q: "cake", category: [], near: "", sort: "newest", page: 1 });
  });

  it("widens the radius to the next option", () => {
    expect(widerRadius(10)).toBe(25);
    expect(widerRadius(25)).toBe(50);
    expect(widerRadius(250)).toBe(500);
    expect(widerRadius(500)).toBeUndefined();
  });
});

describe("highlights", () => {
  const h = (text: string) => `${HIGHLIGHT_PRE}${text}${HIGHLIGHT_POST}`;

  it("splits text into plain and highlighted segments", () => {
    expect(highlightSegments(`Garden ${h("wedding")} flowers for ${h("small")} venues`)).toEqual([
      { text: "Garden ", highlighted: false },
      { text: "wedding", highlighted: true },
      { text: " flowers for ", highlighted: false },
      { text: "small", highlighted: true },
      { text: " venues", highlighted: false },
    ]);
  });

  it("handles no highlight, a whole highlight, adjacent highlights and empty text", () => {
    expect(highlightSegments("Plain text")).toEqual([{ text: "Plain text", highlighted: false }]);
    // A prefix match is widened to the whole word, never "Photographe|r".
    expect(highlightSegments(`Lens ${h("Photographe")}rs of Portland`)).toEqual([
      { text: "Lens ", highlighted: false },
      { text: "Photographers", highlighted: true },
      { text: " of Portland", highlighted: false },
    ]);
    expect(highlightSegments(`Wed${h("ding")} day ${h("flor")}ist's`)).toEqual([
      { text: "Wedding", highlighted: true },
      { text: " day ", highlighted: false },
      { text: "florist", highlighted: true },
      { text: "'s", highlighted: false },
    ]);
    expect(highlightSegments(`${h("Café")}-bar`)).toEqual([
      { text: "Café", highlighted: true },
      { text: "-bar", highlighted: false },
    ]);
    expect(highlightSegments(h("All"))).toEqual([{ text: "All", highlighted: true }]);
    expect(highlightSegments(`${h("Bloom")}${h("Vine")}`)).toEqual([{ text: "BloomVine", highlighted: true }]);
    expect(highlightSegments("")).toEqual([]);
  });

  it("tolerates unbalanced markers", () => {
    expect(highlightSegments(`a ${HIGHLIGHT_PRE}b`)).toEqual([
      { text: "a ", highlighted: false },
      { text: "b", highlighted: true },
    ]);
    expect(highlightSegments(`a${HIGHLIGHT_POST} b`)).toEqual([{ text: "a b", highlighted: false }]);
  });

  it("keeps markup in user text as text", () => {
    const segments = highlightSegments(`<script>alert(1)</script> ${h("<b>Bloom</b>")} &amp;`);
    expect(segments).toEqual([
      { text: "<script>alert(1)</script> ", highlighted: false },
      { text: "<b>Bloom</b>", highlighted: true },
      { text: " &amp;", highlighted: false },
    ]);
    expect(stripHighlight(`<script>${h("x")}`)).toBe("<script>x");
  });
});

describe("facet options and distances", () => {
  it("orders by count then label, shows human labels and keeps selected values", () => {
    const options = facetOptions(
      "category",
      [
        { value: "caterer", count: 3 },
        { value: "florist", count: 5 },
        { value: "dj", count: 3 },
      ],
      ["wedding-photographer"],
    );
    expect(options.map((option) => [option.label, option.count, option.selected])).toEqual([
      ["Florists", 5, false],
      ["Caterers", 3, false],
      ["DJs", 3, false],
      ["Wedding Photographers", 0, true],
    ]);
  });

  it("labels partnership kinds, capacities and customer problems; hides capacity 'none'", () => {
    expect(facetOptions("partnershipKind", [{ value: "overflow", count: 1 }], [])[0]?.label).toBe(
      "Overflow / subcontracting",
    );
    const capacity = facetOptions(
      "capacity",
      [
        { value: "none", count: 9 },
        { value: "booked-out", count: 2 },
      ],
      [],
    );
    expect(capacity.map((option) => option.label)).toEqual(["Booked out: can hand off work"]);
    expect(facetOptions("customerProblem", [{ value: "planning a wedding", count: 1 }], [])[0]?.label).toBe(
      "Planning a wedding",
    );
  });
});
