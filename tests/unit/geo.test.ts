import { describe, expect, it } from "vitest";
import { distanceKm, EARTH_RADIUS_KM } from "#app/domain/geo";

describe("the distance between two points", () => {
  const portland = { lat: 45.5234, lng: -122.6762 };
  const seattle = { lat: 47.6062, lng: -122.3321 };

  it("is the great-circle distance in kilometres", () => {
    // Portland to Seattle: about 233 km as the crow flies.
    expect(distanceKm(portland, seattle)).toBeGreaterThan(232);
    expect(distanceKm(portland, seattle)).toBeLessThan(234);
    expect(distanceKm(portland, portland)).toBe(0);
  });

  it("is symmetric, and uses one Earth radius", () => {
    expect(distanceKm(seattle, portland)).toBeCloseTo(distanceKm(portland, seattle), 9);
    // A quarter of a meridian, and half the equator.
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 90, lng: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it("crosses the antimeridian the short way", () => {
    expect(distanceKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(
      (Math.PI / 180) * EARTH_RADIUS_KM,
      6,
    );
  });
});
