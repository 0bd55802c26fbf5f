import { describe, expect, it } from "vitest";
import { mailtoHref, telHref, websiteHref } from "#app/domain/contact-links";
import { authorLabel, linkifyText } from "#app/domain/message";
import { MessageSchema } from "#app/domain/message-schema";

describe("message bodies", () => {
  it("makes http and https links clickable and leaves everything else as text", () => {
    expect(linkifyText("See https://example.com/a?b=1, then call.\nOr http://x.test")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.com/a?b=1", href: "https://example.com/a?b=1" },
      { kind: "text", text: ", then call.\nOr " },
      { kind: "link", text: "http://x.test", href: "http://x.test/" },
    ]);
    expect(linkifyText("javascript:alert(1) <b>hi</b> data:text/html,x")).toEqual([
      { kind: "text", text: "javascript:alert(1) <b>hi</b> data:text/html,x" },
    ]);
    expect(linkifyText("(https://en.wikipedia.org/wiki/Foo_(bar))")[1]).toMatchObject({
      text: "https://en.wikipedia.org/wiki/Foo_(bar)",
    });
  });

  it("keeps line breaks, refuses empty, too long and direction-changing text", () => {
    expect(MessageSchema.parse({ body: "  Hi\r\nthere\u0000 " }).body).toBe("Hi\nthere");
    expect(MessageSchema.safeParse({ body: "   " }).success).toBe(false);
    expect(MessageSchema.safeParse({ body: "x".repeat(4001) }).success).toBe(false);
    expect(MessageSchema.safeParse({ body: "x".repeat(4000) }).success).toBe(true);
    const bidi = MessageSchema.safeParse({ body: "pay \u202Eevil" });
    expect(bidi.success ? "" : bidi.error.issues[0]!.message).toMatch(/hidden character/);
  });

  it("names the author for their business, or a former member", () => {
    expect(authorLabel({ displayName: "Ana Ruiz" }, "Bloom & Vine")).toBe("Ana Ruiz for Bloom & Vine");
    expect(authorLabel({ displayName: "" }, "Bloom & Vine")).toBe("The owner for Bloom & Vine");
    expect(authorLabel(null, "Bloom & Vine")).toBe("a former member");
    expect(authorLabel({ displayName: "Ana" }, null)).toBe("a former member");
  });
});

describe("contact links", () => {
  it("builds mailto:, tel: and http(s) links, or none", () => {
    expect(mailtoHref("hello@bloom.example")).toBe("mailto:hello@bloom.example");
    expect(mailtoHref("a@b.c?subject=x")).toBeNull();
    expect(telHref("+1 (503) 555-0142")).toBe("tel:+15035550142");
    expect(telHref("503.555.0142")).toBe("tel:5035550142");
    expect(telHref("call us")).toBeNull();
    expect(websiteHref("https://bloom.example")).toBe("https://bloom.example/");
    expect(websiteHref("javascript:alert(1)")).toBeNull();
  });
});
