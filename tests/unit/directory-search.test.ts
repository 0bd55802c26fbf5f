import { describe, expect, it } from "vitest";
import {
  buildDirectoryFilter,
  buildDirectorySort,
  CLEARED_FILTERS,
  DEFAULT_RADIUS_KM,
  distanceKm,
  equalsFilter,
  facetOptions,
  geoRadiusFilter,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  MAX_PAGE,
  highlightSegments,
  parseDirectorySearchRequest,
  placeIdFromNearText,
  quoteFilterValue,
  searchHref,
  stripHighlight,
  toDirectorySearchParams,
  toUrlSearchParams,
  widerRadius,
  type FilterAttribute,
} from "#app/domain/directory-search";

const parse = (query: string) => parseDirectorySearchRequest(new URLSearchParams(query));
const noFacets = { category: [], problem: [], kind: [], capacity: [], city: [], region: [], withinKm: 25 };

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

describe("building the filter", () => {
  it("quotes values, escaping backslashes and double quotes", () => {
    expect(quoteFilterValue("Austin")).toBe('"Austin"');
    expect(quoteFilterValue('Joe\'s "best" \\ shop')).toBe('"Joe\'s \\"best\\" \\\\ shop"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    // An attempt to close the quote and add a clause stays inside the value.
    expect(equalsFilter("city", 'x" OR city = "y')).toBe('city = "x\\" OR city = \\"y"');
  });

  it("only allows known attributes", () => {
    expect(() => equalsFilter("ownerId" as FilterAttribute, "u1")).toThrow(/Not a filterable attribute/);
  });

  it("is empty with no facets and no place", () => {
    expect(buildDirectoryFilter(noFacets)).toEqual([]);
  });

  it("ORs values within a facet and ANDs facets", () => {
    const filter = buildDirectoryFilter({
      ...noFacets,
      category: ["florist", "caterer"],
      city: ["Austin"],
      kind: ["overflow"],
    });
    expect(filter).toEqual([
      ['categories = "florist"', 'categories = "caterer"'],
      'partnershipKinds = "overflow"',
      'city = "Austin"',
    ]);
  });

  it("adds the radius around a place in metres", () => {
    const filter = buildDirectoryFilter({ ...noFacets, withinKm: 50 }, { near: { lat: 30.26715, lng: -97.74306 } });
    expect(filter).toEqual(["_geoRadius(30.26715, -97.74306, 50000)"]);
    expect(geoRadiusFilter({ lat: 1, lng: 2 }, 2.5)).toBe("_geoRadius(1, 2, 2500)");
    expect(() => geoRadiusFilter({ lat: Number.NaN, lng: 0 }, 1)).toThrow();
  });

  it("leaves one facet out for its own counts", () => {
    const params = { ...noFacets, category: ["florist"], city: ["Austin", "Denver"] };
    expect(buildDirectoryFilter(params, { except: "city" })).toEqual(['categories = "florist"']);
    expect(buildDirectoryFilter(params, { except: "category" })).toEqual([['city = "Austin"', 'city = "Denver"']]);
  });

  it("sorts by distance, newest, or relevance", () => {
    const austin = { lat: 30.26715, lng: -97.74306 };
    expect(buildDirectorySort({ q: "cake", sort: "distance" }, austin)).toEqual(["_geoPoint(30.26715, -97.74306):asc"]);
    expect(buildDirectorySort({ q: "cake", sort: "newest" }, austin)).toEqual(["publishedAt:desc"]);
    expect(buildDirectorySort({ q: "cake", sort: "relevance" }, austin)).toEqual([]);
    // No words to rank by: nearest first around a place, else newest.
    expect(buildDirectorySort({ q: "", sort: "relevance" }, austin)).toEqual(["_geoPoint(30.26715, -97.74306):asc"]);
    expect(buildDirectorySort({ q: "", sort: "relevance" })).toEqual(["publishedAt:desc"]);
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

  it("measures great-circle distances", () => {
    const portland = { lat: 45.5234, lng: -122.6762 };
    const seattle = { lat: 47.6062, lng: -122.3321 };
    expect(distanceKm(portland, seattle)).toBeGreaterThan(230);
    expect(distanceKm(portland, seattle)).toBeLessThan(236);
    expect(distanceKm(portland, portland)).toBe(0);
  });
});
