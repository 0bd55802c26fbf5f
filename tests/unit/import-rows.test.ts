import { describe, expect, it } from "vitest";
import type { RawImportRecord, RawImportValues } from "#app/domain/import-format";
import {
  columnsOf,
  keepConfirmedFields,
  RowPreparer,
  sameImportedColumns,
  type FindPlace,
  type GazetteerPlace,
  type ImportedColumns,
} from "#app/domain/import-rows";
import { shownImportStatus, IMPORT_STALLED_AFTER_MS } from "#app/domain/import-status";

/** A gazetteer of three towns (the real one has 135,000), counting its look-ups. */
const TOWNS: GazetteerPlace[] = [
  { id: 1, name: "Portland", region: "OR", country: "US", lat: 45.5234, lng: -122.6762 },
  { id: 2, name: "Austin", region: "TX", country: "US", lat: 30.2672, lng: -97.7431 },
  // GeoNames records no region for some towns.
  { id: 3, name: "Rosenheim", region: "", country: "DE", lat: 47.8561, lng: 12.1289 },
];

function gazetteer() {
  const calls: string[] = [];
  const find: FindPlace = (name, region, country) => {
    calls.push([name, region, country].join("|"));
    return TOWNS.find((town) => town.name === name && town.region === region && town.country === country);
  };
  return { find, calls };
}

const florist: RawImportValues = {
  ref: "M-1",
  name: "Bloom & Vine",
  categories: "Florists",
  city: "Portland",
  region: "OR",
  country: "US",
};

/** Records as a file gives them: the header is line 1, so the first row is line 2. */
function records(...rows: RawImportValues[]): RawImportRecord[] {
  return rows.map((values, index) => ({ line: index + 2, values }));
}

describe("preparing import rows", () => {
  it("puts a row in a known town at the gazetteer's place, with its coordinates and id", () => {
    const batch = new RowPreparer(gazetteer().find).prepare(records(florist));
    expect(batch.failed).toBe(0);
    expect(batch.problems).toEqual([]);
    expect(batch.prepared).toHaveLength(1);
    const { columns, row } = batch.prepared[0]!;
    expect(row.ref).toBe("M-1");
    expect(columns).toMatchObject({
      name: "Bloom & Vine",
      primaryCategory: "florist",
      placeId: 1,
      city: "Portland",
      region: "OR",
      country: "US",
      lat: 45.5234,
      lng: -122.6762,
    });
  });

  it("keeps the row's own coordinates near the named town, and its own place names far from it", () => {
    const batch = new RowPreparer(gazetteer().find).prepare(
      records(
        { ...florist, ref: "near", lat: "45.50", lng: "-122.60" },
        { ...florist, ref: "far", city: "Portland", lat: "43.66", lng: "-70.26" },
      ),
    );
    const [near, far] = batch.prepared.map((item) => item.columns);
    expect(near).toMatchObject({ placeId: 1, city: "Portland", lat: 45.5, lng: -122.6 });
    // Portland, Maine is not in this gazetteer under OR: the file's names and coordinates are kept.
    expect(far).toMatchObject({ placeId: null, city: "Portland", region: "OR", lat: 43.66, lng: -70.26 });
  });

  it("refuses a row in an unknown town without coordinates, and finds one whose region the gazetteer does not record", () => {
    const batch = new RowPreparer(gazetteer().find).prepare(
      records(
        { ...florist, ref: "nowhere", city: "Qqqxxyy", region: "", country: "ZZ" },
        { ...florist, ref: "bavaria", city: "Rosenheim", region: "Bavaria", country: "DE" },
      ),
    );
    expect(batch.failed).toBe(1);
    expect(batch.problems).toEqual([
      { line: 2, field: "city", message: "Unknown place: give lat and lng (Qqqxxyy, ZZ)" },
    ]);
    expect(batch.prepared.map((item) => [item.row.ref, item.columns.placeId, item.columns.region])).toEqual([
      ["bavaria", 3, "Bavaria"],
    ]);
  });

  it("refuses a row whose categories all miss, keeps one with some, and counts the labels that missed", () => {
    const batch = new RowPreparer(gazetteer().find).prepare(
      records(
        { ...florist, ref: "mystery", categories: "Underwater Basket Weaving" },
        { ...florist, ref: "mixed", categories: "Florists; Zzz Laser Ninjas" },
      ),
    );
    expect(batch.failed).toBe(1);
    expect(batch.problems).toEqual([
      { line: 2, field: "categories", message: "No category matched: Underwater Basket Weaving" },
    ]);
    expect(batch.prepared.map((item) => item.row.ref)).toEqual(["mixed"]);
    expect(batch.unmappedLabels).toEqual(["Underwater Basket Weaving", "Zzz Laser Ninjas"]);
  });

  it("refuses the second row with the same ref, or the same name and place when neither has a ref, across batches", () => {
    const preparer = new RowPreparer(gazetteer().find);
    const first = preparer.prepare(
      records(florist, { ...florist, ref: "", name: "Lens & Light" }, { ...florist, name: "Another Name" }),
    );
    expect(first.prepared.map((item) => item.row.name)).toEqual(["Bloom & Vine", "Lens & Light"]);
    expect(first.problems).toEqual([
      { line: 4, field: "ref", message: "Same ref as line 2: each row needs its own ref" },
    ]);

    const second = preparer.prepare([{ line: 9, values: { ...florist, ref: "", name: "Lens & Light" } }]);
    expect(second.prepared).toEqual([]);
    expect(second.failed).toBe(1);
    expect(second.problems).toEqual([
      {
        line: 9,
        field: "name",
        message: "Same name and place as line 3: give each row its own ref to keep both",
      },
    ]);
  });

  it("does not hold a refused row's ref against a later row that fixes it", () => {
    const batch = new RowPreparer(gazetteer().find).prepare(
      records({ ...florist, city: "Qqqxxyy", country: "ZZ", region: "" }, florist),
    );
    expect(batch.failed).toBe(1);
    expect(batch.prepared.map((item) => item.row.line)).toEqual([3]);
  });

  it("looks each town up once per import, however it is spelled", () => {
    const { find, calls } = gazetteer();
    const preparer = new RowPreparer(find);
    preparer.prepare(records(florist, { ...florist, ref: "M-2", city: "portland" }));
    preparer.prepare(records({ ...florist, ref: "M-3", city: "PORTLAND", region: "or" }));
    expect(calls).toEqual(["Portland|OR|US"]);
  });

  it("writes lists as JSON and lists the fields it filled in from the category", () => {
    const [item] = new RowPreparer(gazetteer().find).prepare(
      records({ ...florist, offerings: "bridal bouquets; centrepieces" }),
    ).prepared;
    expect(JSON.parse(item!.columns.offerings)).toEqual(["bridal bouquets", "centrepieces"]);
    expect(JSON.parse(item!.columns.inferredFields)).toEqual(["niche", "targetCustomers", "customerProblems"]);
    expect(JSON.parse(item!.columns.customerProblems).length).toBeGreaterThan(0);
  });
});

describe("re-importing over a stored business", () => {
  function columns(values: RawImportValues): ImportedColumns {
    const [item] = new RowPreparer(gazetteer().find).prepare(records(values)).prepared;
    return item!.columns;
  }

  it("keeps what the owner confirmed or wrote since, and does not mark it inferred again", () => {
    const fromFile = columns(florist);
    expect(JSON.parse(fromFile.inferredFields)).toEqual(["niche", "offerings", "targetCustomers", "customerProblems"]);
    // The owner rewrote the offerings and confirmed the rest (inferredFields emptied).
    const stored: ImportedColumns = {
      ...fromFile,
      offerings: JSON.stringify(["dried flowers"]),
      inferredFields: "[]",
    };
    const merged = keepConfirmedFields(fromFile, stored);
    expect(JSON.parse(merged.offerings)).toEqual(["dried flowers"]);
    expect(merged.inferredFields).toBe("[]");
    expect(sameImportedColumns(merged, stored)).toBe(true);
  });

  it("refreshes fields still unconfirmed, and takes the file's columns when it fills nothing in", () => {
    const fromFile = columns(florist);
    const stored: ImportedColumns = { ...fromFile, offerings: JSON.stringify(["old guess"]) };
    expect(keepConfirmedFields(fromFile, stored)).toEqual(fromFile);

    const complete = columns({
      ...florist,
      niche: "Garden-style wedding flowers",
      offerings: "bouquets",
      targetCustomers: "engaged couples",
      customerProblems: "planning a wedding",
    });
    expect(complete.inferredFields).toBe("[]");
    expect(keepConfirmedFields(complete, { ...stored, inferredFields: "[]" })).toEqual(complete);
    expect(sameImportedColumns(complete, stored)).toBe(false);
  });

  it("builds columns from a row and a place", () => {
    const [item] = new RowPreparer(gazetteer().find).prepare(records(florist)).prepared;
    const place = { placeId: null, city: "Elsewhere", region: "", country: "US", lat: 1, lng: 2 };
    expect(columnsOf(item!.row, place)).toMatchObject({ city: "Elsewhere", placeId: null, lat: 1, lng: 2 });
  });
});

describe("import status shown", () => {
  const now = Date.UTC(2026, 11, 1, 12);
  it("shows a running import whose batches stopped moving as interrupted", () => {
    expect(shownImportStatus("running", new Date(now - 10_000), now)).toBe("running");
    expect(shownImportStatus("running", new Date(now - IMPORT_STALLED_AFTER_MS - 1), now)).toBe("interrupted");
    expect(shownImportStatus("indexing", new Date(0), now)).toBe("indexing");
    expect(shownImportStatus("done", new Date(0), now)).toBe("done");
  });
});
