import { describe, expect, it } from "vitest";
import { addressBucket } from "#app/domain/address-bucket";

describe("addressBucket: what a rate limit counts by", () => {
  it("counts an IPv4 address as itself, also when a dual-stack socket reports it mapped", () => {
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("0:0:0:0:0:ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts every address of one IPv6 /64 together, so rotating addresses does not get new guesses", () => {
    const bucket = addressBucket("2001:db8:1234:5678::1");
    expect(bucket).toBe("2001:db8:1234:5678::/64");
    expect(addressBucket("2001:0db8:1234:5678:ffff:eeee:dddd:cccc")).toBe(bucket);
    expect(addressBucket("[2001:db8:1234:5678:a::b]")).toBe(bucket);
    expect(addressBucket("2001:db8:1234:5678::1%eth0")).toBe(bucket);
    expect(addressBucket("2001:db8:1234:5679::1")).not.toBe(bucket);
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it("leaves anything that is not an address as it is", () => {
    expect(addressBucket("unknown")).toBe("unknown");
    expect(addressBucket("1:2:3")).toBe("1:2:3");
    expect(addressBucket("1::2::3")).toBe("1::2::3");
  });
});
