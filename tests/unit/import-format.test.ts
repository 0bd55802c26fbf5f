import { describe, expect, it } from "vitest";
import { toCsv, toExportRow, toJsonLines, type ExportRow } from "#app/domain/export-format";
import { formatFromFileName, IMPORT_EXAMPLE_CSV, type RawImportValues } from "#app/domain/import-format";
import {
  autoRef,
  generateNiche,
  inferredTagsFor,
  normaliseImportRow,
  type ImportRow,
} from "#app/domain/import-normalise";
import { parseCsv, parseImportText } from "#app/domain/import-parse";
import { countLabels, sortLabelCounts, type LabelCounts } from "#app/domain/import-status";
import { CATEGORIES, inferProfileTags } from "#app/domain/taxonomy";

const good: RawImportValues = {
  name: "Bloom & Vine",
  categories: "Florists",
  city: "Portland",
  region: "OR",
  country: "US",
};

function normalise(values: RawImportValues, line = 2) {
  return normaliseImportRow(values, line);
}

function row(values: RawImportValues): ImportRow {
  const result = normalise(values);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.row;
}

function problemsOf(values: RawImportValues) {
  const result = normalise(values);
  return result.ok ? [] : result.problems.map(({ field, message }) => ({ field, message }));
}

describe("CSV parsing", () => {
  it("handles quoted fields with commas, escaped quotes and line breaks, a BOM and CRLF, skipping blank lines", () => {
    const text =
      "\uFEFFname,categories,city,description\r\n" +
      '"Smith, Jones & Co","Florists",Portland,"She said ""hi""\r\nand left"\r\n' +
      "\r\n" +
      "Plain Shop,DJs,Austin,\r\n" +
      '"Multi\nline\nname",Caterers,Denver,last';
    const parsed = parseImportText(text, "csv");
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      {
        line: 2,
        values: {
          name: "Smith, Jones & Co",
          categories: "Florists",
          city: "Portland",
          description: 'She said "hi"\r\nand left',
        },
      },
      { line: 5, values: { name: "Plain Shop", categories: "DJs", city: "Austin", description: "" } },
      { line: 6, values: { name: "Multi\nline\nname", categories: "Caterers", city: "Denver", description: "last" } },
    ]);
  });

  it("counts lines across LF, CRLF and lone CR inside and between records", () => {
    const { rows } = parseCsv('a,b\n"x\r\ny",1\r"p\rq",2\n\n\nlast,3\n');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [2, ["x\r\ny", "1"]],
      [4, ["p\rq", "2"]],
      [8, ["last", "3"]],
    ]);
  });

  it("keeps empty fields, including a trailing one, and treats a stray quote inside a field as text", () => {
    const { rows } = parseCsv('a,b,c\n1,,\n2,say "cheese",x\n');
    expect(rows[1]?.cells).toEqual(["1", "", ""]);
    expect(rows[2]?.cells).toEqual(["2", 'say "cheese"', "x"]);
  });

  it("matches column names case-insensitively, accepts aliases and ignores unknown columns", () => {
    const text =
      "NAME,Source_Categories,CITY,Target_Customers,customer_problems,External_Ref,Member Since\nShop,Florists,Portland,brides,weddings,M-7,1999\n";
    const [record] = parseImportText(text, "csv").records;
    expect(record?.values).toEqual({
      name: "Shop",
      categories: "Florists",
      city: "Portland",
      targetCustomers: "brides",
      customerProblems: "weddings",
      ref: "M-7",
    });
  });

  it("prefers the real column over an alias when both are present", () => {
    const [record] = parseImportText("id,name,categories,city,ref\n99,Shop,Florists,Portland,M-1\n", "csv").records;
    expect(record?.values.ref).toBe("M-1");
  });

  it("reports a quote that is never closed, with the line where the row starts", () => {
    const parsed = parseImportText(
      'name,categories,city\nOk,Florists,Portland\n"Broken,Florists,Portland\nMore,DJs,Austin\n',
      "csv",
    );
    expect(parsed.records).toHaveLength(1);
    expect(parsed.problems).toEqual([{ line: 3, field: "row", message: expect.stringContaining("never closed") }]);
    expect(parsed.unreadableRows).toBe(1);
  });

  it("reports missing required columns once instead of failing every row", () => {
    const parsed = parseImportText("business,town\nA,B\nC,D\n", "csv");
    expect(parsed.records).toEqual([]);
    expect(parsed.problems).toEqual([
      { line: 1, field: "header", message: expect.stringContaining("Missing columns: name, categories, city") },
    ]);
    expect(parsed.unreadableRows).toBe(2);
  });
});

describe("JSON Lines parsing", () => {
  it("reads one object per line with line numbers, skipping blank lines, and reports bad lines", () => {
    const text = [
      '{"name":"A Shop","categories":["Florists","DJs"],"city":"Portland","lat":45.5,"lng":-122.6,"id":12}',
      "",
      '{"name":"B Shop","sourceCategories":"Caterers|Bakeries","city":"Austin","target_customers":["brides"]}',
      "{not json",
      "[1,2]",
      '  {"name":"C Shop","categories":"Florists","city":"Denver","ignored":true}  ',
    ].join("\r\n");
    const parsed = parseImportText(text, "jsonl");
    expect(parsed.records.map((r) => r.line)).toEqual([1, 3, 6]);
    expect(parsed.records[0]?.values).toEqual({
      name: "A Shop",
      categories: ["Florists", "DJs"],
      city: "Portland",
      lat: 45.5,
      lng: -122.6,
      ref: 12,
    });
    expect(parsed.records[1]?.values).toMatchObject({ categories: "Caterers|Bakeries", targetCustomers: ["brides"] });
    expect(parsed.problems).toEqual([
      { line: 4, field: "row", message: expect.stringContaining("Not valid JSON") },
      { line: 5, field: "row", message: expect.stringContaining("JSON object") },
    ]);
    expect(parsed.unreadableRows).toBe(2);
  });

  it("also reads a .json file holding an array, with the line each object starts on", () => {
    const text =
      '[\n  {"name": "A Shop", "categories": "Florists", "city": "Portland"},\n  {\n    "name": "B [x]", "categories": "DJs", "city": "Austin"\n  }\n]';
    const parsed = parseImportText(text, "jsonl");
    expect(parsed.records.map((r) => [r.line, r.values.name])).toEqual([
      [2, "A Shop"],
      [3, "B [x]"],
    ]);
  });

  it("reads a .json file holding one object written over several lines as one record", () => {
    const text = '{\n  "name": "A Shop",\n  "categories": "Florists",\n  "city": "Portland"\n}\n';
    const parsed = parseImportText(text, "jsonl");
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((r) => r.values.name)).toEqual(["A Shop"]);
  });

  it("normalises JSON values: numbers as text, arrays for lists", () => {
    const result = row({
      name: "Num Shop",
      categories: ["Florists", "Event Planners"],
      city: "Portland",
      region: "OR",
      country: "US",
      ref: 42,
      offerings: ["Bouquets, Garlands", "wreaths"],
      lat: 45.5,
      lng: -122.6,
    });
    expect(result.ref).toBe("42");
    expect(result.offerings).toEqual(["bouquets", "garlands", "wreaths"]);
    expect(result.secondaryCategories).toEqual(["event-planner"]);
    expect([result.lat, result.lng]).toEqual([45.5, -122.6]);
  });
});

describe("row validation", () => {
  it.each([
    [{ name: "" }, "name", "Enter the business name"],
    [{ name: "X" }, "name", "Name needs at least 2 characters"],
    [{ name: "x".repeat(101) }, "name", "Name can be at most 100 characters"],
    [{ categories: "" }, "categories", "Give at least one category, like Florists or Wedding Photographers"],
    [
      { categories: "Underwater Basket Weaving; Home Services" },
      "categories",
      "No category matched: Underwater Basket Weaving, Home Services (too general)",
    ],
    [{ city: " " }, "city", "Enter the town or city"],
    [{ lat: "91", lng: "0" }, "lat", "Latitude must be a number between -90 and 90"],
    [{ lat: "0", lng: "-180.5" }, "lng", "Longitude must be a number between -180 and 180"],
    [{ lat: "north", lng: "1" }, "lat", "Latitude must be a number between -90 and 90"],
    [{ lat: "45.5" }, "lng", "Give both lat and lng, or neither"],
    [{ lng: "45.5" }, "lat", "Give both lat and lng, or neither"],
    [{ website: "not a url" }, "website", "Enter a web address like https://example.com"],
    [{ description: "d".repeat(2001) }, "description", "Description can be at most 2000 characters"],
    [{ capacity: "full" }, "capacity", "Capacity must be one of: none, booked-out, spare-capacity (or empty)"],
    [{ offerings: `ok; ${"o".repeat(61)}` }, "offerings", "Each entry in offerings can be at most 60 characters"],
    [
      { targetCustomers: Array.from({ length: 21 }, (_, i) => `customer ${i}`).join(";") },
      "targetCustomers",
      "Target customers can have at most 20 entries",
    ],
    [
      { customerProblems: { a: 1 } },
      "customerProblems",
      "Give a list as text separated by semicolons, or a JSON array",
    ],
    [{ niche: "too short" }, "niche", "Niche needs at least 10 characters"],
    [{ ref: "r".repeat(201) }, "ref", "Ref can be at most 200 characters"],
    [{ name: ["A", "B"] }, "name", "Give text here, not a list or an object"],
  ] as [RawImportValues, string, string][])("%j → %s: %s", (override, field, message) => {
    expect(problemsOf({ ...good, ...override })).toContainEqual({ field, message });
  });

  it("reports every problem of a row at once, with its line", () => {
    const result = normalise({ name: "", categories: "", city: "", capacity: "x" }, 17);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [17, "name"],
      [17, "categories"],
      [17, "city"],
      [17, "capacity"],
    ]);
  });

  it("normalises website, capacity, whitespace and place spellings", () => {
    const result = row({
      ...good,
      name: "  Bloom   & Vine ",
      website: "bloomvine.example.com",
      capacity: "Booked Out",
      region: "Oregon",
      country: "United States",
    });
    expect(result.name).toBe("Bloom & Vine");
    expect(result.website).toBe("https://bloomvine.example.com");
    expect(result.capacity).toBe("booked-out");
    expect([result.region, result.country]).toEqual(["OR", "US"]);
    expect(row({ ...good, capacity: "" }).capacity).toBe("none");
  });
});

describe("category labels", () => {
  it("takes the first mapped label as primary and up to three more as secondary, listing umbrella labels as too general", () => {
    const result = normalise({
      ...good,
      categories: "Home Services; Florists| Wedding Planners ; florist; DJs; Caterers; Event Venues; Zzz Unknown",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.primaryCategory).toBe("florist");
    expect(result.row.secondaryCategories).toEqual(["wedding-planner", "dj", "caterer"]);
    expect(result.unmappedLabels).toEqual(["Zzz Unknown"]);
    expect(result.tooGeneralLabels).toEqual(["Home Services"]);
    expect(result.notPartnerTradeLabels).toEqual([]);
  });

  it("reads a generic label with the row's other labels and name, and lists labels that are not partner trades", () => {
    const event = normalise({
      ...good,
      name: "Shutter & Co",
      categories: "Photographers; Event Photography; Airports",
    });
    expect(event.ok).toBe(true);
    if (!event.ok) return;
    expect([event.row.primaryCategory, ...event.row.secondaryCategories]).toEqual(["wedding-photographer"]);
    expect(event.notPartnerTradeLabels).toEqual(["Airports"]);
    const wedding = normalise({ ...good, name: "Lens & Veil Wedding Photography", categories: "Photographers" });
    expect(wedding.ok && wedding.row.primaryCategory).toBe("wedding-photographer");
    const portrait = normalise({ ...good, name: "Shutter & Co", categories: "Photographers" });
    expect(portrait.ok && portrait.row.primaryCategory).toBe("portrait-photographer");
  });

  it("reads categories typed with commas as a list when the whole text matches no category", () => {
    const result = normalise({ ...good, categories: "Florists, Wedding Planners" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.primaryCategory).toBe("florist");
    expect(result.row.secondaryCategories).toEqual(["wedding-planner"]);
  });

  it("reports unmapped labels of failed rows too", () => {
    const result = normalise({ ...good, categories: "Zzz One; Zzz Two" });
    expect(result.ok).toBe(false);
    expect(result.unmappedLabels).toEqual(["Zzz One", "Zzz Two"]);
  });

  it("counts labels case-insensitively, most frequent first", () => {
    const counts: LabelCounts = new Map();
    countLabels(counts, ["Dog Yoga", "Goat Yoga"]);
    countLabels(counts, ["dog yoga"]);
    expect(sortLabelCounts(counts.values())).toEqual([
      { label: "Dog Yoga", count: 2 },
      { label: "Goat Yoga", count: 1 },
    ]);
  });
});

describe("inferred fields", () => {
  it("fills missing tag lists and the niche from the categories and lists them in inferredFields", () => {
    const result = row({ ...good, categories: "Florists; Wedding Planners" });
    const expected = inferProfileTags(["florist", "wedding-planner"]);
    expect(result.offerings).toEqual(expected.offerings);
    expect(result.targetCustomers).toEqual(expected.targetCustomers);
    expect(result.customerProblems).toEqual(expected.customerProblems);
    expect(result.inferredFields).toEqual(["niche", "offerings", "targetCustomers", "customerProblems"]);
    expect(result.niche.length).toBeGreaterThanOrEqual(10);
    expect(result.niche.length).toBeLessThanOrEqual(140);
    expect(result.niche).toBe(
      `${expected.offerings[0]!.charAt(0).toUpperCase()}${expected.offerings[0]!.slice(1)} and ${expected.offerings[1]} for ${expected.targetCustomers[0]}`,
    );
  });

  it("keeps what the row gives and marks only the rest", () => {
    const result = row({
      ...good,
      offerings: "Bridal Bouquets; bridal bouquets, Centrepieces",
      niche: "Garden-style wedding flowers for small venues",
    });
    expect(result.offerings).toEqual(["bridal bouquets", "centrepieces"]);
    expect(result.niche).toBe("Garden-style wedding flowers for small venues");
    expect(result.inferredFields).toEqual(["targetCustomers", "customerProblems"]);
  });

  it("honours an inferredFields column (how exports carry them)", () => {
    const result = row({ ...good, offerings: "bouquets", inferredFields: "offerings; niche; bogus" });
    expect(result.offerings).toEqual(["bouquets"]);
    expect(result.inferredFields).toEqual(["niche", "offerings", "targetCustomers", "customerProblems"]);
  });

  it("infers the same tags as the taxonomy for any combination of categories", () => {
    for (let i = 0; i < CATEGORIES.length; i += 7) {
      const slugs = [CATEGORIES[i]!.slug, CATEGORIES[(i * 5 + 3) % CATEGORIES.length]!.slug];
      expect(inferredTagsFor(slugs)).toEqual(inferProfileTags(slugs));
    }
  });

  it("generates a niche within limits even from very short or very long parts", () => {
    expect(generateNiche(["dj"], [], "dj", "Ely").length).toBeGreaterThanOrEqual(10);
    const long = generateNiche(["o".repeat(60), "p".repeat(60)], ["c".repeat(60)], "florist", "Portland");
    expect(long.length).toBeGreaterThanOrEqual(10);
    expect(long.length).toBeLessThanOrEqual(140);
  });

  it("is deterministic: the same row gives the same output, including the generated ref", () => {
    const first = normalise({ ...good, categories: "Florists; DJs" });
    const second = normalise({ ...good, categories: "Florists; DJs" });
    expect(second).toEqual(first);
    if (!first.ok) throw new Error("expected ok");
    expect(first.row.ref).toBe(autoRef("Bloom & Vine", "Portland", "OR", "US"));
    expect(first.row.ref).toMatch(/^auto:[0-9a-f]{32}$/);
    expect(row({ ...good, name: "BLOOM  &  vine" }).ref).toBe(first.row.ref);
    expect(row({ ...good, city: "Salem" }).ref).not.toBe(first.row.ref);
    expect(row({ ...good, ref: " M-1 " }).ref).toBe("M-1");
  });
});

describe("export", () => {
  const tricky: ExportRow = {
    ref: "M-1",
    name: 'Smith, "Jones" & Café',
    niche: "Garden-style wedding flowers for small venues",
    categories: ["Florists", "Wedding Planners"],
    city: "Portland",
    region: "OR",
    country: "US",
    lat: 45.523064,
    lng: -122.676483,
    website: "https://bloomvine.example.com",
    description: 'Line one,\r\nline two with "quotes"; and a | pipe.\n=HYPERLINK("x")',
    offerings: ["bridal bouquets", "centrepieces"],
    targetCustomers: ["engaged couples"],
    customerProblems: ["planning a wedding"],
    capacity: "booked-out",
    inferredFields: ["customerProblems"],
  };
  const formulaName: ExportRow = {
    ...tricky,
    ref: "M-2",
    name: "=SUM(A1:A2) Florals",
    description: "-starts with a dash",
    website: null,
    inferredFields: [],
  };

  function parsedRows(text: string, format: "csv" | "jsonl") {
    const parsed = parseImportText(text, format);
    expect(parsed.problems).toEqual([]);
    return parsed.records.map((record) => row(record.values));
  }

  it.each(["csv", "jsonl"] as const)("round-trips through the %s parser to the same rows", (format) => {
    const text = format === "csv" ? toCsv([tricky, formulaName]) : toJsonLines([tricky, formulaName]);
    const [a, b] = parsedRows(text, format);
    expect(a).toMatchObject({
      ref: "M-1",
      name: tricky.name,
      niche: tricky.niche,
      primaryCategory: "florist",
      secondaryCategories: ["wedding-planner"],
      city: "Portland",
      region: "OR",
      country: "US",
      lat: tricky.lat,
      lng: tricky.lng,
      website: tricky.website,
      // Line breaks come back as "\n" (app/domain/text.ts), the rest as written.
      description: tricky.description.replace(/\r\n/g, "\n"),
      offerings: tricky.offerings,
      targetCustomers: tricky.targetCustomers,
      customerProblems: tricky.customerProblems,
      capacity: "booked-out",
      inferredFields: ["customerProblems"],
    });
    expect(b).toMatchObject({
      name: "=SUM(A1:A2) Florals",
      description: "-starts with a dash",
      website: null,
      inferredFields: [],
    });
  });

  it("guards cells a spreadsheet would run as formulas, and quotes only when needed", () => {
    const csv = toCsv([formulaName]);
    expect(csv).toContain("'=SUM(A1:A2) Florals");
    expect(csv).toContain("'-starts with a dash");
    expect(csv.split("\r\n")[0]).toBe(
      "ref,name,niche,categories,city,region,country,lat,lng,website,description,offerings,targetCustomers,customerProblems,capacity,inferredFields",
    );
    expect(toCsv([formulaName], { header: false })).not.toContain("ref,name");
  });

  it("maps every category name back to its category", () => {
    for (const category of CATEGORIES) {
      const exported = toExportRow(
        { ...tricky, primaryCategory: category.slug, secondaryCategories: [], inferredFields: [] },
        "r",
      );
      const [parsed] = parsedRows(toCsv([exported]), "csv");
      expect(parsed?.primaryCategory, category.name).toBe(category.slug);
    }
  });

  it("ships an example that imports without problems", () => {
    const parsed = parseImportText(IMPORT_EXAMPLE_CSV, "csv");
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.length).toBeGreaterThan(1);
    for (const record of parsed.records) expect(normalise(record.values, record.line).ok).toBe(true);
  });
});

describe("formatFromFileName", () => {
  it.each([
    ["members.CSV", "csv"],
    ["members.jsonl", "jsonl"],
    ["members.ndjson", "jsonl"],
    ["members.json", "jsonl"],
    ["members.xlsx", null],
    ["members", null],
  ])("%s → %s", (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
});
