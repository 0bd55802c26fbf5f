import sharp from "sharp";
import { initialsOf } from "#app/domain/business-logo";
import { getCategory, type CategoryGroup } from "#app/domain/taxonomy";
import { setBusinessLogo } from "#app/models/business-logo.server";
import { pick, seededRandom, type Random } from "./random";

/**
 * Simple generated logos for part of the demo directory, so cards and profiles show both kinds: a
 * logo (a monogram or a small emblem drawn as SVG, rendered to PNG by sharp and stored through the
 * same upload path an owner's file takes) and, for the rest, the initials badge. Deterministic.
 */

const SIDE = 512;
const SERIF = "DejaVu Serif, Georgia, 'Times New Roman', serif";
const SANS = "DejaVu Sans, Helvetica, Arial, sans-serif";

interface Palette {
  ground: string;
  ink: string;
  accent: string;
}

/** Grounds dark enough for light ink, in the muted colours small firms pick. */
const PALETTES: Palette[] = [
  { ground: "#1f3a5f", ink: "#f4e9d8", accent: "#e0a458" },
  { ground: "#2f4f3a", ink: "#f1ede4", accent: "#c9a227" },
  { ground: "#7a2e2e", ink: "#fbefe6", accent: "#f2c57c" },
  { ground: "#3d2c4f", ink: "#f3eaf7", accent: "#e8a0bf" },
  { ground: "#0f4c5c", ink: "#e8f1f2", accent: "#f4a259" },
  { ground: "#4a3b2a", ink: "#f5ecdc", accent: "#9cc5a1" },
  { ground: "#222831", ink: "#eeeeee", accent: "#f0a500" },
  { ground: "#5b6c3a", ink: "#fafaf0", accent: "#f6d186" },
];

type Mark = (initials: string, colours: Palette) => string;

const text = (value: string, size: number, family: string, colour: string, y = 256, extra = "") =>
  `<text x="256" y="${y}" font-family="${family}" font-size="${size}" font-weight="bold" fill="${colour}" text-anchor="middle" dominant-baseline="central" ${extra}>${value}</text>`;

/** The drawings, each filling a 512 × 512 square (logos are shown cropped to a square). */
const MARKS: Record<string, Mark> = {
  /** A ring with the initials in a serif, like a shop's roundel. */
  roundel: (initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ground}"/>` +
    `<circle cx="256" cy="256" r="200" fill="none" stroke="${ink}" stroke-width="10"/>` +
    `<circle cx="256" cy="256" r="178" fill="none" stroke="${accent}" stroke-width="4"/>` +
    text(initials, initials.length > 1 ? 140 : 210, SERIF, ink),
  /** A solid block with the initials in a heavy sans and a bar under them. */
  block: (initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ink}"/>` +
    `<rect x="56" y="56" width="400" height="400" rx="48" fill="${ground}"/>` +
    `<rect x="156" y="370" width="200" height="14" rx="7" fill="${accent}"/>` +
    text(initials, initials.length > 1 ? 160 : 220, SANS, ink, 236),
  /** Two peaks and a sun: no letters. */
  peaks: (_initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ground}"/>` +
    `<circle cx="346" cy="176" r="54" fill="${accent}"/>` +
    `<polygon points="64,400 206,170 348,400" fill="${ink}"/>` +
    `<polygon points="226,400 334,236 448,400" fill="${ink}" opacity="0.75"/>`,
  /** A leaf on its stem. */
  leaf: (_initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ground}"/>` +
    `<path d="M256 84 C 380 160 380 330 256 410 C 132 330 132 160 256 84 Z" fill="${ink}"/>` +
    `<path d="M256 130 L256 440" stroke="${accent}" stroke-width="12" stroke-linecap="round"/>` +
    `<path d="M256 230 L316 180 M256 300 L326 246 M256 260 L196 214" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>`,
  /** A rising sun over the initial. */
  sunrise: (initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ground}"/>` +
    `<path d="M136 300 A120 120 0 0 1 376 300 Z" fill="${accent}"/>` +
    Array.from({ length: 7 }, (_, i) => {
      const angle = Math.PI + (i + 1) * (Math.PI / 8);
      const [x1, y1] = [256 + Math.cos(angle) * 150, 300 + Math.sin(angle) * 150];
      const [x2, y2] = [256 + Math.cos(angle) * 190, 300 + Math.sin(angle) * 190];
      return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${accent}" stroke-width="12" stroke-linecap="round"/>`;
    }).join("") +
    `<rect x="96" y="300" width="320" height="10" fill="${ink}"/>` +
    text(initials.charAt(0), 110, SERIF, ink, 390),
  /** Three waves in a circle. */
  waves: (_initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ink}"/>` +
    `<circle cx="256" cy="256" r="190" fill="${ground}"/>` +
    [200, 256, 312]
      .map(
        (y, i) =>
          `<path d="M106 ${y} q 37 -34 75 0 t 75 0 t 75 0 t 75 0" fill="none" stroke="${i === 1 ? accent : ink}" stroke-width="16" stroke-linecap="round"/>`,
      )
      .join(""),
  /** One big italic initial with a flourish under it. */
  letter: (initials, { ground, ink, accent }) =>
    `<rect width="512" height="512" fill="${ground}"/>` +
    text(initials.charAt(0), 300, SERIF, ink, 236, 'font-style="italic"') +
    `<path d="M146 396 Q 256 446 366 396" fill="none" stroke="${accent}" stroke-width="12" stroke-linecap="round"/>`,
};

/** Which drawings suit a group of trades: emblems for outdoor and food trades, letters for firms. */
const GROUP_MARKS: Record<CategoryGroup, (keyof typeof MARKS)[]> = {
  home: ["block", "peaks", "roundel"],
  "real-estate": ["block", "roundel", "peaks"],
  "events-weddings": ["letter", "leaf", "sunrise", "roundel"],
  "health-wellness": ["leaf", "waves", "roundel"],
  "business-services": ["block", "roundel", "letter"],
  automotive: ["block", "roundel"],
  pets: ["roundel", "sunrise", "leaf"],
  food: ["roundel", "sunrise", "leaf", "letter"],
  retail: ["roundel", "letter", "block"],
  creative: ["letter", "sunrise", "waves"],
  tech: ["block", "waves"],
  education: ["sunrise", "roundel", "block"],
  "personal-care": ["letter", "roundel", "leaf"],
};

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The SVG of a demo logo for a business of this name and trade. */
export function demoLogoSvg(random: Random, name: string, categorySlug: string): string {
  const group = getCategory(categorySlug)?.group ?? "business-services";
  const mark = MARKS[pick(random, GROUP_MARKS[group])]!;
  const body = mark(escapeXml(initialsOf(name)), pick(random, PALETTES));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}" viewBox="0 0 512 512">${body}</svg>`;
}

/** Draws, renders and stores the logos; returns how many were stored. */
export async function seedDemoLogos(
  businesses: { id: string; name: string; primaryCategory: string }[],
  seed: number,
): Promise<number> {
  const random = seededRandom(seed);
  let stored = 0;
  for (const business of businesses) {
    const svg = demoLogoSvg(random, business.name, business.primaryCategory);
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const result = await setBusinessLogo(business.id, png);
    if (!result.ok) throw new Error(`Demo logo for ${business.name}: ${result.message}`);
    stored++;
  }
  return stored;
}
