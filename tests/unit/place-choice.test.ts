import { describe, expect, it } from "vitest";
import { choosePlace } from "#app/models/places.server";

/** Place disambiguation against the bundled gazetteer (GeoNames towns of 1,000+ people). */
describe("choosing a place from what an owner typed", () => {
  it("asks which Portland, biggest first, instead of picking Oregon silently", () => {
    const chosen = choosePlace("Portland");
    expect(chosen && "choices" in chosen).toBe(true);
    const labels = chosen && "choices" in chosen ? chosen.choices.map((place) => place.label) : [];
    expect(labels.slice(0, 2)).toEqual(["Portland, OR, US", "Portland, ME, US"]);
    expect(labels.length).toBeGreaterThanOrEqual(3);
  });

  it("picks the place when one is clearly meant, or when the owner says which", () => {
    const paris = choosePlace("Paris");
    expect(paris && "place" in paris ? paris.place.label : null).toMatch(/^Paris, .*FR$/);
    const maine = choosePlace("Portland, ME");
    expect(maine && "place" in maine ? maine.place.label : null).toBe("Portland, ME, US");
    const picked = choosePlace("Portland, OR, US");
    expect(picked && "place" in picked ? picked.place.label : null).toBe("Portland, OR, US");
  });

  it("takes a town with a unique name and refuses one that does not exist", () => {
    const tacoma = choosePlace("tacoma");
    expect(tacoma && "place" in tacoma ? tacoma.place.label : null).toBe("Tacoma, WA, US");
    expect(choosePlace("Nowhereville Qqq")).toBeNull();
  });
});
