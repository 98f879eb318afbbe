/**
 * Names as the intake compares them: "Sergueï Lavrov", "SERGUEI LAVROV" and "Serguei  Lavrov"
 * are one name. Accents and case are dropped (a text may spell a name with or without them),
 * typographic apostrophes become plain ones, and a possessive "'s" is not part of the name.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s$/, '');
}
