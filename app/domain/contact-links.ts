import { safeHttpUrl } from "./message";

/**
 * Contact details on a profile as real links: mailto:, tel: (digits and a leading +) and the
 * website (http and https only). Each returns null when the value cannot make a safe link, and
 * the page then shows the text alone.
 */

export function mailtoHref(email: string | null | undefined): string | null {
  const address = email?.trim() ?? "";
  // One address, no header injection (?subject=, line breaks) and nothing that ends the scheme.
  if (!/^[^\s@?#&%/\\<>"]+@[^\s@?#&%/\\<>"]+\.[^\s@?#&%/\\<>"]+$/.test(address)) return null;
  return `mailto:${address}`;
}

/** "+1 (503) 555-0142" → "tel:+15035550142"; null without at least 3 digits. */
export function telHref(phone: string | null | undefined): string | null {
  const text = phone?.trim() ?? "";
  const digits = text.replace(/\D/g, "");
  if (digits.length < 3 || digits.length > 20) return null;
  return `tel:${text.startsWith("+") ? "+" : ""}${digits}`;
}

export function websiteHref(website: string | null | undefined): string | null {
  return website ? safeHttpUrl(website.trim()) : null;
}
