/**
 * Member lists spell places many ways ("United States", "USA", "US"; "Oregon", "OR"). The
 * gazetteer uses ISO country codes and, for a few countries, postal region codes: these map the
 * usual spellings to those codes. Pure; unknown spellings come back unchanged.
 */

/** Lower case, accents and punctuation dropped, single spaces: "Québec " → "quebec". */
export function foldPlaceText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const EXTRA_COUNTRY_NAMES: Record<string, string> = {
  usa: "US",
  "u s a": "US",
  "u s": "US",
  "united states of america": "US",
  america: "US",
  uk: "GB",
  "u k": "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  holland: "NL",
};

let countryNames: Map<string, string> | undefined;

function countryIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  const index = new Map<string, string>(Object.entries(EXTRA_COUNTRY_NAMES));
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && name !== "Unknown Region" && !index.has(foldPlaceText(name))) {
        index.set(foldPlaceText(name), code);
      }
    }
  }
  countryNames = index;
  return index;
}

/** "United States" / "usa" / "us" → "US", "UK" → "GB"; anything unrecognised is returned trimmed. */
export function normaliseCountry(text: string): string {
  const trimmed = text.trim();
  const named = countryIndex().get(foldPlaceText(trimmed));
  if (named) return named;
  return /^[a-z]{2}$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

const REGIONS_BY_COUNTRY: Record<string, Record<string, string>> = {
  US: {
    alabama: "AL",
    alaska: "AK",
    arizona: "AZ",
    arkansas: "AR",
    california: "CA",
    colorado: "CO",
    connecticut: "CT",
    delaware: "DE",
    "district of columbia": "DC",
    florida: "FL",
    georgia: "GA",
    hawaii: "HI",
    idaho: "ID",
    illinois: "IL",
    indiana: "IN",
    iowa: "IA",
    kansas: "KS",
    kentucky: "KY",
    louisiana: "LA",
    maine: "ME",
    maryland: "MD",
    massachusetts: "MA",
    michigan: "MI",
    minnesota: "MN",
    mississippi: "MS",
    missouri: "MO",
    montana: "MT",
    nebraska: "NE",
    nevada: "NV",
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    ohio: "OH",
    oklahoma: "OK",
    oregon: "OR",
    pennsylvania: "PA",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    tennessee: "TN",
    texas: "TX",
    utah: "UT",
    vermont: "VT",
    virginia: "VA",
    washington: "WA",
    "west virginia": "WV",
    wisconsin: "WI",
    wyoming: "WY",
  },
  CA: {
    alberta: "AB",
    "british columbia": "BC",
    manitoba: "MB",
    "new brunswick": "NB",
    "newfoundland and labrador": "NL",
    "nova scotia": "NS",
    ontario: "ON",
    "prince edward island": "PE",
    quebec: "QC",
    saskatchewan: "SK",
    yukon: "YT",
    "northwest territories": "NT",
    nunavut: "NU",
  },
  AU: {
    "australian capital territory": "ACT",
    "new south wales": "NSW",
    "northern territory": "NT",
    queensland: "QLD",
    "south australia": "SA",
    tasmania: "TAS",
    victoria: "VIC",
    "western australia": "WA",
  },
};

/** "Oregon" → "OR" when the country is the US or not given; other regions come back trimmed. */
export function normaliseRegion(text: string, country: string): string {
  const trimmed = text.trim();
  const key = foldPlaceText(trimmed);
  const countries = country ? [country] : ["US", "CA", "AU"];
  for (const code of countries) {
    const regions = REGIONS_BY_COUNTRY[code];
    if (regions && Object.hasOwn(regions, key)) return regions[key]!;
  }
  return trimmed;
}

/** "OR" in the US → "Oregon" (the reverse of normaliseRegion); a region it does not know comes back as given. */
export function regionName(code: string, country: string): string {
  const entry = Object.entries(REGIONS_BY_COUNTRY[country] ?? {}).find(([, region]) => region === code);
  if (!entry) return code;
  return entry[0].replace(/\b[a-z]/g, (letter, at: number, name: string) =>
    /^(of|and)\b/.test(name.slice(at)) ? letter : letter.toUpperCase(),
  );
}
