/**
 * Builds the two parts of a message from one description, so every email has a plain-text part
 * that says the same as its HTML part. Everything given is text: it is escaped for the HTML part.
 * Links must be absolute (the caller makes them from APP_URL with `absoluteUrl`).
 */
export interface ComposedMailInput {
  /** The first line of the message body (the subject usually says the same, shorter). */
  heading: string;
  /** Paragraphs of plain text; line breaks inside one are kept. */
  paragraphs: string[];
  /** A list of linked items after the paragraphs (a digest's entries), each with an optional line under it. */
  list?: { label: string; url: string; detail?: string }[];
  /** The one thing to do, as a button in HTML and a line with the link in text. */
  action?: { label: string; url: string };
  /** Small print under a rule: why the owner got this, how long a link lasts. */
  footer?: string[];
  /** Adds "Unsubscribe from these emails: <url>" to the footer. */
  unsubscribeUrl?: string;
}

export interface ComposedMail {
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** `path` ("/partnerships/abc") joined to the app's base URL ("https://mutualist.example"). */
export function absoluteUrl(appUrl: string, path: string): string {
  return new URL(path, `${appUrl.replace(/\/+$/, "")}/`).toString();
}

function htmlParagraph(text: string): string {
  return `<p style="margin:0 0 16px">${escapeHtml(text).replaceAll("\n", "<br>")}</p>`;
}

export function composeMail(input: ComposedMailInput): ComposedMail {
  const footer = [...(input.footer ?? [])];
  if (input.unsubscribeUrl) footer.push(`Unsubscribe from these emails: ${input.unsubscribeUrl}`);

  const text = [
    input.heading,
    "",
    ...input.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(input.list ?? []).flatMap((item) => [
      `- ${item.label}`,
      ...(item.detail ? [`  ${item.detail}`] : []),
      `  ${item.url}`,
      "",
    ]),
    ...(input.action ? [`${input.action.label}: ${input.action.url}`, ""] : []),
    ...(footer.length > 0 ? ["--", ...footer] : []),
    "Mutualist",
  ].join("\n");

  const button = input.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(input.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(input.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#57534e">Or open this link: <a href="${escapeHtml(input.action.url)}">${escapeHtml(input.action.url)}</a></p>`
    : "";
  const footerHtml = [
    ...(input.footer ?? []).map((line) => `<p style="margin:0 0 8px">${escapeHtml(line)}</p>`),
    ...(input.unsubscribeUrl
      ? [
          `<p style="margin:0 0 8px"><a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe from these emails</a></p>`,
        ]
      : []),
  ].join("");
  const html = [
    '<!doctype html><html><body style="margin:0;padding:24px;background:#fafaf9;font-family:system-ui,sans-serif;color:#1c1917;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e7e5e4;border-radius:8px;padding:24px">',
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(input.heading)}</h1>`,
    ...input.paragraphs.map(htmlParagraph),
    input.list?.length
      ? `<ul style="margin:0 0 16px;padding-left:20px">${input.list
          .map(
            (item) =>
              `<li style="margin:0 0 12px"><a href="${escapeHtml(item.url)}">${escapeHtml(item.label)}</a>` +
              (item.detail ? `<br><span style="color:#57534e">${escapeHtml(item.detail)}</span>` : "") +
              "</li>",
          )
          .join("")}</ul>`
      : "",
    button,
    footerHtml
      ? `<hr style="border:none;border-top:1px solid #e7e5e4;margin:24px 0 16px"><div style="font-size:13px;color:#57534e">${footerHtml}</div>`
      : "",
    '<p style="margin:16px 0 0;font-size:13px;color:#57534e">Mutualist</p>',
    "</div></body></html>",
  ].join("");
  return { text, html };
}
