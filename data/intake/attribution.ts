/**
 * Who a quote is attributed to, from the words around it as wire copy writes them:
 *
 *   “…,” Deputy Foreign Minister Andrei Rudenko said.     (name, then verb)
 *   “…,” said Rudenko. / “…,” according to the ministry.   (verb, then name)
 *   Rudenko told reporters that “…”                         (before the quote)
 *   “…,” he said. / “…,” the diplomat added.                (a reference to someone named earlier)
 *
 * Only the attribution's own words are read here; resolving "he" or a bare surname to a person
 * named earlier is the caller's (data/intake/speakers.ts).
 */

const VERBS = [
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'warned',
  'warns',
  'stressed',
  'stresses',
  'noted',
  'notes',
  'explained',
  'explains',
  'declared',
  'declares',
  'insisted',
  'insists',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'urged',
  'urges',
  'stated',
  'states',
  'remarked',
  'continued',
  'replied',
  'wrote',
  'writes',
  'asked',
  'asks',
  'argued',
  'argues',
  'claimed',
  'claims',
  'announced',
  'announces',
  'saying',
  'noting',
  'adding',
  'warning',
  'stressing',
  'telling',
  'according to',
].join('|');

/** Lowercase words that may stand inside a name with its title: "Foreign Ministry spokeswoman Maria Zakharova". */
const ROLE_NOUNS =
  'spokes(?:man|woman|person)|minister|ambassador|envoy|official|diplomat|president|secretary|chief|adviser|advisor|aide|lawmaker|senator|general|commander|director|head|chair(?:man|woman)?|premier|leader|representative|negotiator';
const CONNECTORS = 'of|to|for|de|da|del|van|von|der|al|bin|la|le';
// A full stop belongs to a word only inside it ("U.S"), never at its end, where it ends a sentence.
const CAPITALISED = "\\p{Lu}(?:[\\p{L}\\p{M}\\d'’-]|\\.(?=\\p{L}))*";
/**
 * A name, possibly with its title: capitalised words, joined by connectors and role nouns. At
 * most eight capitalised words ("Deputy Foreign Minister Andrei Rudenko" has five): a longer run
 * (a headline in capitals) is read as several, so nothing downstream works over a whole page
 * taken for one name.
 */
export const NAME_PHRASE = `${CAPITALISED}(?:[ \\t]+(?:(?:${CONNECTORS}|${ROLE_NOUNS})[ \\t]+)*${CAPITALISED}){0,7}`;
const REFERENCE = `(?:[Hh]e|[Ss]he|[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_NOUNS}))`;
const SPEAKER = `(${REFERENCE}|${NAME_PHRASE})`;
const SOFTENERS = '(?:(?:also|further|later|again|then|once again)\\s+)?';

/** Words that start a sentence without being part of the name after them. */
const LEADING_WORDS =
  /^(?:(?:Later|Meanwhile|Also|But|And|However|Earlier|Then|Speaking|Separately|Still|Yet|Now|The|In|On|At|After|Before|When|While|As)\s+)+/u;

/** How the text names a quote's speaker: a name (with any title) or a reference to someone earlier. */
export type Attribution = { name: string } | { reference: 'pronoun' | 'role'; role?: string };

const afterName = new RegExp(`^[\\s,]*${SPEAKER},?\\s+${SOFTENERS}(?:${VERBS})\\b`, 'u');
const afterVerb = new RegExp(`^[\\s,]*(?:${VERBS})\\s+${SPEAKER}`, 'u');
// The comma closes an apposition: "Russia's ambassador, Nikolay Nozdrev, said that …".
const beforeName = new RegExp(`${SPEAKER},?\\s+${SOFTENERS}(?:${VERBS})\\b`, 'gu');
const beforeAccording = new RegExp(`\\baccording\\s+to\\s+${SPEAKER}`, 'gu');

function attributionOf(words: string): Attribution | null {
  if (/^(?:[Hh]e|[Ss]he)$/.test(words)) return { reference: 'pronoun' };
  const role = new RegExp(`^[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ROLE_NOUNS})$`, 'u').exec(words);
  if (role) return { reference: 'role', role: role[1] };
  const name = words.replace(LEADING_WORDS, '').trim();
  return /^\p{Lu}/u.test(name) ? { name } : null;
}

/**
 * The attribution in the words right after a quote's closing mark (`after`, up to the end of
 * its sentence), else in the words of its sentence before the opening mark (`before`, from the
 * sentence's start or the previous quote's end), the nearest one to the quote.
 */
export function findAttribution(before: string, after: string): Attribution | null {
  const following = afterName.exec(after) ?? afterVerb.exec(after);
  const fromAfter = following ? attributionOf(following[1]!) : null;
  if (fromAfter) return fromAfter;
  let nearest: { at: number; attribution: Attribution } | null = null;
  for (const pattern of [beforeName, beforeAccording]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(before); m; m = pattern.exec(before)) {
      const attribution = attributionOf(m[1]!);
      if (attribution && (!nearest || m.index > nearest.at)) nearest = { at: m.index, attribution };
    }
  }
  return nearest?.attribution ?? null;
}
