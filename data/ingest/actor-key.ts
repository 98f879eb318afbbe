/**
 * The key an actor gets from its name when an analyst gives none: "Andrei Rudenko" becomes
 * "andrei-rudenko" and "Sergueï Lavrov" "serguei-lavrov". A name with no Latin letters or
 * digits (one written in Cyrillic only) gives "", and the analyst must choose a key.
 */

/** Letters stripped of accents, lowercased, every other run of characters one hyphen. */
export function keyFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
