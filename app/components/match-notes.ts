/**
 * How each group of the form's optional part improves the partner suggestions, said on step 2
 * (/businesses/:id/details), by group id. Only that page imports it, so the edit page's script does
 * not carry the words (decision 017's budget).
 */
export const MATCH_NOTES: Record<string, string> = {
  "partner-wishes":
    "we match you with firms whose products and services answer what you want and show it as a reason, and firms that seek the same kinds of partnership rank higher.",
  capacity:
    "firms with overflow work find you when you have room, and when you are booked out we suggest firms that can take your work.",
  "more-trades":
    "other things you do bring partners for those trades into your suggestions too. The description is for people reading your page.",
  contact: "partners who find you in the suggestions can reach you at once. They do not change who is suggested.",
  logo: "partners recognise you in their suggestions. It does not change who is suggested.",
};
