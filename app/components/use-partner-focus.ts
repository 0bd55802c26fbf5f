import { useCallback, useEffect, useRef, useState } from "react";

/** The heading link of each card (app/components/partner-card.tsx), where keyboard focus goes. */
const CARD_LINKS = "[data-partner] h3 a";

/**
 * The partners list's announcements and keyboard focus. After a card or a hidden row goes away,
 * focus moves to the card now in its place (or to the list's heading); after "Show more", to the
 * first card added.
 */
export function usePartnerFocus<Partner extends { id: string }>(partners: readonly Partner[], shown: number) {
  const [announcement, setAnnouncement] = useState("");
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState<{ index: number; before: readonly Partner[] } | null>(null);
  /** `removedId`: the card that will go (its index), or "" for a hidden row (focus goes to the list). */
  const announce = useCallback(
    (message: string, removedId?: string) => {
      setAnnouncement(message);
      if (removedId !== undefined)
        setRefocus({ index: partners.findIndex((partner) => partner.id === removedId), before: partners });
    },
    [partners],
  );
  useEffect(() => {
    if (!refocus || partners === refocus.before) return;
    const cards = document.querySelectorAll<HTMLElement>(CARD_LINKS);
    const target = refocus.index < 0 ? null : cards[Math.min(refocus.index, cards.length - 1)];
    (target ?? listHeading.current)?.focus();
    setRefocus(null);
  }, [partners, refocus]);
  const shownBefore = useRef(shown);
  useEffect(() => {
    if (shown > shownBefore.current) document.querySelectorAll<HTMLElement>(CARD_LINKS)[shownBefore.current]?.focus();
    shownBefore.current = shown;
  }, [shown]);
  return { announcement, announce, listHeading };
}
