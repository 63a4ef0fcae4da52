/**
 * `a.localeCompare(b, "en")`, with one collator made once: `localeCompare` with a locale makes a
 * new one per call, which dominated sorting thousands of ids (the feed, people, owners).
 */
export const compareEnglish = new Intl.Collator("en").compare;

/** `a.localeCompare(b)`, in the default locale, likewise made once. */
export const compareDefault = new Intl.Collator().compare;
