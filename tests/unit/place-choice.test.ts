import { describe, expect, it } from "vitest";
import { choosePlace, searchPlaces, type PlaceChoice } from "#app/models/places.server";

const picked = (chosen: PlaceChoice) => (chosen && "place" in chosen ? chosen.place.label : null);
const asked = (chosen: PlaceChoice) =>
  chosen && "choices" in chosen ? chosen.choices.map((place) => place.label) : null;

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

  it("reads what follows a comma as a region or a country, in a code or in words", () => {
    expect(picked(choosePlace("Portland, Maine"))).toBe("Portland, ME, US");
    expect(picked(choosePlace("portland, oregon, usa"))).toBe("Portland, OR, US");
    expect(picked(choosePlace("Springfield, IL"))).toBe("Springfield, IL, US");
    expect(picked(choosePlace("Springfield, Mass"))).toBe("Springfield, MA, US");
    expect(picked(choosePlace("Paris, France"))).toBe("Paris, FR");
    expect(picked(choosePlace("Paris, TX"))).toBe("Paris, TX, US");
    expect(picked(choosePlace("Bristol, UK"))).toBe("Bristol, England, GB");
    expect(picked(choosePlace("Perth, WA"))).toBe("Perth, WA, AU");
    expect(choosePlace("Portland, Narnia")).toBeNull();
  });

  it("asks when what follows the comma still leaves several towns of a size, instead of taking the biggest", () => {
    // Before: Springfield, Missouri, silently.
    expect(asked(choosePlace("Springfield, US"))?.slice(0, 3)).toEqual([
      "Springfield, MO, US",
      "Springfield, MA, US",
      "Springfield, IL, US",
    ]);
    // Oregon's Portland is ten times Maine's: not enough to be sure.
    expect(asked(choosePlace("Portland, US"))?.slice(0, 2)).toEqual(["Portland, OR, US", "Portland, ME, US"]);
    // CA is California and Canada: before, Windsor, Ontario, silently.
    expect(asked(choosePlace("Windsor, CA"))).toEqual(expect.arrayContaining(["Windsor, ON, CA", "Windsor, CA, US"]));
    // Three towns share this whole label: which one cannot be told from the text.
    const midway = choosePlace("Midway, FL, US");
    expect(midway && "choices" in midway ? midway.choices.length : 0).toBeGreaterThanOrEqual(2);
  });

  it("never takes another town than the one a 'Name, Region' names", () => {
    // Every US town of some size, typed as an owner would: its name and its state.
    // Before: "Windsor, CA" and "Richmond, CA" were towns in Canada.
    const towns = ["spring", "rich", "wind"]
      .flatMap((start) => searchPlaces(start, 400))
      .filter((place) => place.country === "US" && place.population >= 5000);
    expect(towns.length).toBeGreaterThan(50);
    for (const town of towns) {
      const chosen = choosePlace(`${town.name}, ${town.region}`);
      const ids =
        chosen && "place" in chosen ? [chosen.place.id] : chosen ? chosen.choices.map((place) => place.id) : [];
      expect(ids, town.label).toContain(town.id);
    }
  });

  it("suggests places as the region is typed in words", () => {
    expect(searchPlaces("portland, mai").map((place) => place.label)).toContain("Portland, ME, US");
    expect(searchPlaces("port, or").map((place) => place.label)).toContain("Portland, OR, US");
  });
});
