/**
 * Messages on a request or partnership's thread. Pure: who may post, how a body
 * is shown (plain text, line breaks kept, http(s) links clickable), and how an author is named.
 */

export const MESSAGE_LIMITS = { body: 4000 } as const;

/** Newest page first: page 1 holds the latest messages, shown oldest to newest (chat order). */
export const MESSAGE_PAGE_SIZE = 30;

export interface ThreadMessage {
  id: string;
  body: string;
  createdAt: string;
  author: string;
  mine: boolean;
}

export interface ThreadPage {
  messages: ThreadMessage[];
  /** 1 = the newest messages. */
  page: number;
  pageCount: number;
  total: number;
  canPost: boolean;
  /** Why posting is closed, when it is. */
  closedReason: string | null;
}

/** A thread takes new messages while the request waits or the partnership runs; after that it is read-only. */
export function canPostMessages(status: string): boolean {
  return status === "requested" || status === "accepted";
}

/** "Ana Ruiz for Bloom & Vine"; "a former member" when the author or the business is gone. */
export function authorLabel(author: { displayName: string; email?: string } | null, businessName: string | null) {
  if (!author || !businessName) return "a former member";
  const name = author.displayName.trim() || "The owner";
  return `${name} for ${businessName}`;
}

export type BodySegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A URL starts at http:// or https:// and runs to the next space or angle bracket; punctuation
// that usually ends a sentence is left outside the link.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

/**
 * The body as text and link segments. Only http and https links become links (never javascript:,
 * data: …); everything is rendered as React text, so nothing in a message is ever markup.
 */
export function linkifyText(text: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    const start = match.index;
    // Keep a closing bracket that belongs to the URL ("…/Foo_(bar)").
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? "";
    url = url.slice(0, url.length - trailing.length);
    if (trailing.startsWith(")") && url.includes("(")) url += ")";
    const href = safeHttpUrl(url);
    if (!href) continue;
    if (start > last) segments.push({ kind: "text", text: text.slice(last, start) });
    segments.push({ kind: "link", text: url, href });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

/** The URL when it parses as http or https with a host, else null. */
export function safeHttpUrl(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return null;
  return url.href;
}

/** The first line of a message, shortened, for a notification. */
export function messagePreview(body: string, max = 200): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
