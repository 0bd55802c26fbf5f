import { describe, expect, it } from "vitest";
import { checkLogoRequest, multipartBoundary } from "#app/utils/logo-upload.server";

describe("multipartBoundary", () => {
  it.each([
    ["multipart/form-data; boundary=----abc123", "----abc123"],
    ["Multipart/Form-Data; Boundary=----abc123", "----abc123"],
    ["MULTIPART/FORM-DATA;BOUNDARY=xyz", "xyz"],
    ['multipart/form-data; boundary="quoted boundary"', "quoted boundary"],
    ["multipart/form-data; charset=utf-8; boundary=after-charset", "after-charset"],
    ["  multipart/form-data  ;  boundary=spaced  ", "spaced"],
  ])("%s → %s", (header, boundary) => {
    expect(multipartBoundary(header)).toBe(boundary);
  });

  it.each([
    null,
    "",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    'multipart/form-data; boundary=""',
    'multipart/form-data; boundary="ends-in-space "',
    `multipart/form-data; boundary=${"x".repeat(71)}`,
    "multipart/form-data; boundary=semi<colon>",
    "multipart/mixed; boundary=abc",
    "application/x-www-form-urlencoded",
    "text/plain; boundary=abc",
  ])("%j has no usable boundary", (header) => {
    expect(multipartBoundary(header)).toBeNull();
  });
});

describe("checkLogoRequest: the headers alone, before the body", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost/businesses/b1/logo", { method: "POST", headers });
  const multipart = "multipart/form-data; boundary=abc";

  it("a multipart body that may hold a picture is one to count against the limit before reading it", () => {
    expect(checkLogoRequest(post({ "Content-Type": multipart, "Content-Length": "2000000" }))).toEqual({
      ok: true,
      mayCarryFile: true,
    });
    // No length (chunked): it may be anything.
    expect(checkLogoRequest(post({ "Content-Type": multipart }))).toEqual({ ok: true, mayCarryFile: true });
    // The remove button's form: a few hundred bytes.
    expect(checkLogoRequest(post({ "Content-Type": multipart, "Content-Length": "400" }))).toEqual({
      ok: true,
      mayCarryFile: false,
    });
    expect(
      checkLogoRequest(post({ "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "40" })),
    ).toEqual({ ok: true, mayCarryFile: false });
  });

  it("refuses a declared length over the limit (413) and a body that is not a form (415)", () => {
    expect(checkLogoRequest(post({ "Content-Type": multipart, "Content-Length": String(6 * 1024 * 1024) }))).toEqual(
      expect.objectContaining({ ok: false, status: 413 }),
    );
    expect(
      checkLogoRequest(post({ "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "20000" })),
    ).toEqual(expect.objectContaining({ ok: false, status: 413 }));
    expect(checkLogoRequest(post({ "Content-Type": "text/plain" }))).toEqual(
      expect.objectContaining({ ok: false, status: 415 }),
    );
    expect(checkLogoRequest(post({ "Content-Type": "multipart/form-data" }))).toEqual(
      expect.objectContaining({ ok: false, status: 415 }),
    );
  });
});
