import { describe, expect, it } from "vitest";
import type { FilterAttribute } from "#app/domain/directory-search";
import {
  buildDirectoryFilter,
  buildDirectorySort,
  equalsFilter,
  geoPointSort,
  geoRadiusFilter,
  quoteFilterList,
  quoteFilterValue,
} from "#search/index";

/** The one writer of Meilisearch filter syntax (search/filters.ts), used by the directory, partner candidates and tools. */
const noFacets = { category: [], problem: [], kind: [], capacity: [], city: [], region: [], withinKm: 25 };

describe("quoting filter values", () => {
  it("quotes values, escaping backslashes and double quotes", () => {
    expect(quoteFilterValue("Austin")).toBe('"Austin"');
    expect(quoteFilterValue('Joe\'s "best" \\ shop')).toBe('"Joe\'s \\"best\\" \\\\ shop"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
    expect(quoteFilterValue("trailing \\")).toBe('"trailing \\\\"');
    expect(quoteFilterValue("")).toBe('""');
    // An attempt to close the quote and add a clause stays inside the value.
    expect(equalsFilter("city", 'x" OR city = "y')).toBe('city = "x\\" OR city = \\"y"');
    expect(equalsFilter("city", 'x\\" OR city = "y')).toBe('city = "x\\\\\\" OR city = \\"y"');
  });

  it("quotes every value of a list", () => {
    expect(quoteFilterList(["florist", 'a"b', "c\\d"])).toBe('["florist", "a\\"b", "c\\\\d"]');
    expect(quoteFilterList([])).toBe("[]");
  });

  it("only allows known attributes", () => {
    expect(() => equalsFilter("ownerId" as FilterAttribute, "u1")).toThrow(/Not a filterable attribute/);
  });
});

describe("building the directory filter", () => {
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
    const filter = buildDirectoryFilter({ ...noFacets, withinKm: 50, near: { lat: 30.26715, lng: -97.74306 } });
    expect(filter).toEqual(["_geoRadius(30.26715, -97.74306, 50000)"]);
    expect(geoRadiusFilter({ lat: 1, lng: 2 }, 2.5)).toBe("_geoRadius(1, 2, 2500)");
    expect(() => geoRadiusFilter({ lat: Number.NaN, lng: 0 }, 1)).toThrow();
    expect(geoPointSort({ lat: 45.12345678, lng: -122.5 })).toBe("_geoPoint(45.123457, -122.5):asc");
  });

  it("leaves one facet out for its own counts", () => {
    const params = { ...noFacets, category: ["florist"], city: ["Austin", "Denver"] };
    expect(buildDirectoryFilter(params, { except: "city" })).toEqual(['categories = "florist"']);
    expect(buildDirectoryFilter(params, { except: "category" })).toEqual([['city = "Austin"', 'city = "Denver"']]);
  });

  it("sorts by distance, newest, or relevance", () => {
    const near = { lat: 30.26715, lng: -97.74306 };
    expect(buildDirectorySort({ q: "cake", sort: "distance", near })).toEqual(["_geoPoint(30.26715, -97.74306):asc"]);
    expect(buildDirectorySort({ q: "cake", sort: "newest", near })).toEqual(["publishedAt:desc"]);
    expect(buildDirectorySort({ q: "cake", sort: "relevance", near })).toEqual([]);
    // No words to rank by: nearest first around a place, else newest.
    expect(buildDirectorySort({ q: "", sort: "relevance", near })).toEqual(["_geoPoint(30.26715, -97.74306):asc"]);
    expect(buildDirectorySort({ q: "", sort: "relevance" })).toEqual(["publishedAt:desc"]);
  });
});
