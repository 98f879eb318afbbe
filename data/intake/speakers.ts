/**
 * Who a quote's attribution means. A name is taken at its fullest earlier mention ("Rudenko"
 * after "Deputy Foreign Minister Andrei Rudenko" is that person, named that way); "he", "she"
 * and "the diplomat" are the last speaker named (for a role, the last whose title has that
 * word, if any has). The actor is the one the name, or its longest tail, names.
 */
import type { Attribution } from './attribution';
import { NAME_PHRASE } from './attribution';
import { actorByTail, type ActorMatcher, type ActorRef } from './actors-named';
import { foldName } from './fold';

export interface Speaker {
  /** As the text names them, title and all. */
  name: string;
  actor: ActorRef | null;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/u;
const LEADING_WORDS = /^(?:(?:In|On|At|The|But|And|Later|Meanwhile)\s+)+/u;

interface Mention {
  at: number;
  name: string;
  words: string[];
}

const foldedWords = (name: string) => foldName(name).split(' ');

/** Whether `tail`'s words are the last words of `words`. */
const endsWith = (words: string[], tail: string[]) =>
  tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);

export function speakerResolver(text: string, match: ActorMatcher) {
  const mentions: Mention[] = [];
  const run = new RegExp(NAME_PHRASE, 'gu');
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const name = m[0].replace(LEADING_WORDS, '');
    mentions.push({ at: m.index, name, words: foldedWords(name) });
  }
  const spoken: Speaker[] = [];

  /** The fullest mention before `at` that ends with the name's words, else the name itself. */
  function fullName(name: string, at: number): string {
    const bare = name.replace(HONORIFIC, '');
    const tail = foldedWords(bare);
    let best = bare;
    let bestLength = tail.length;
    for (const mention of mentions) {
      if (mention.at >= at) break;
      if (mention.words.length > bestLength && endsWith(mention.words, tail)) {
        best = mention.name;
        bestLength = mention.words.length;
      }
    }
    return best;
  }

  function lastSpoken(role?: string): Speaker | null {
    const withRole = role ? spoken.findLast((s) => foldName(s.name).includes(role.toLowerCase())) : undefined;
    return withRole ?? spoken.at(-1) ?? null;
  }

  return {
    /** The speaker an attribution found at `at` in the text means; null when it means no one known. */
    resolve(attribution: Attribution, at: number): Speaker | null {
      if ('reference' in attribution) return lastSpoken(attribution.role);
      const name = fullName(attribution.name, at);
      const speaker = { name, actor: actorByTail(name, match) };
      spoken.push(speaker);
      return speaker;
    },
    /** A quote that continues the previous speaker's words keeps that speaker. */
    previous: (): Speaker | null => spoken.at(-1) ?? null,
  };
}
