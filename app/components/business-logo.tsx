import { badgeColourOf, initialsOf, LOGO_SIZES, logoUrl, type LogoSize } from "#app/domain/business-logo";

/** Shown size in CSS pixels and the badge's letter size, per LOGO_SIZES entry (files are 2× this). */
const SHOWN: Record<LogoSize, { px: number; text: string }> = {
  card: { px: LOGO_SIZES.card / 2, text: "text-base" },
  profile: { px: LOGO_SIZES.profile / 2, text: "text-4xl" },
};

/**
 * A business's logo, or its initials on a coloured badge when it has none. Decorative in both
 * cases (empty alt, aria-hidden badge): the business's name is always written next to it.
 */
export function BusinessLogo({
  name,
  logoKey,
  size,
  className,
}: {
  name: string;
  logoKey: string | null | undefined;
  size: LogoSize;
  className?: string;
}) {
  const { px, text } = SHOWN[size];
  const src = logoUrl(logoKey, size);
  const shape = `shrink-0 rounded-lg ${className ?? ""}`.trim();
  if (src) {
    return (
      <img
        src={src}
        alt=""
        width={px}
        height={px}
        loading={size === "card" ? "lazy" : undefined}
        decoding="async"
        className={`${shape} border border-stone-200 bg-white object-cover`}
        style={{ width: px, height: px }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${shape} inline-flex select-none items-center justify-center font-semibold text-white ${text}`}
      style={{ width: px, height: px, backgroundColor: badgeColourOf(name) }}
    >
      {initialsOf(name)}
    </span>
  );
}
