/**
 * The part of a client address that rate limits count by. An IPv4 address is one bucket; an IPv6
 * address counts by its /64 network, because one host usually holds a whole /64 and could
 * otherwise take a fresh address (and a fresh bucket) for every request. IPv4-mapped IPv6
 * (`::ffff:203.0.113.9`, what a dual-stack socket reports) is the IPv4 address.
 */
export function addressBucket(address: string): string {
  const trimmed = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  const mapped = /^(?:0{0,4}:){0,5}(?::|0{0,4}:)?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  if (mapped) return mapped[1]!;
  if (!trimmed.includes(":")) return trimmed;
  const hextets = expandIpv6(trimmed.replace(/%.*$/, ""));
  if (!hextets) return trimmed;
  return `${hextets.slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address without leading zeros, or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string) => (part ? part.split(":") : []);
  const head = groups(halves[0] ?? "");
  const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
  // An embedded IPv4 tail (`64:ff9b::192.0.2.1`) is two groups.
  const last = tail.length ? tail : head;
  const dotted = last.at(-1);
  if (dotted?.includes(".")) {
    const octets = dotted.split(".").map(Number);
    if (octets.length !== 4 || octets.some((octet) => !(octet >= 0 && octet <= 255))) return null;
    last.splice(-1, 1, ((octets[0]! << 8) | octets[1]!).toString(16), ((octets[2]! << 8) | octets[3]!).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (all.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return null;
  return all.map((group) => parseInt(group, 16).toString(16));
}
