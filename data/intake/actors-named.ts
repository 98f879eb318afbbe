/**
 * Which known actors a stretch of text names, by their names or aliases: "Tokyo" (an alias of
 * Japan), "NATO", "Deputy Foreign Minister Andrei Rudenko". Capitalised runs are tried word
 * span by word span, the longest first, so "North Atlantic Treaty Organization" is one actor
 * and not four guesses.
 */
import { foldName } from './fold';
import { NAME_PHRASE } from './attribution';

/** An actor as the intake needs it: to name it, and to tell a speaker's own side from a target. */
export interface ActorRef {
  key: string;
  kind: string;
  affiliationKey: string | null;
}

/** The actor a name or alias, as foldName folds it, belongs to; null when none does. */
export type ActorMatcher = (foldedName: string) => ActorRef | null;

/** Longest run of words tried as one name. */
const MAX_NAME_WORDS = 6;

const NAME_RUN = new RegExp(NAME_PHRASE, 'gu');

/** The actor named by the longest tail of `words` ("Minister Andrei Rudenko", then "Andrei Rudenko", ...). */
export function actorByTail(name: string, match: ActorMatcher): ActorRef | null {
  const words = name.split(/\s+/).filter(Boolean);
  for (let from = 0; from < words.length; from += 1) {
    const found = match(foldName(words.slice(from).join(' ')));
    if (found) return found;
  }
  return null;
}

/** Every actor the text names, in order of first mention, each once. */
export function actorsNamed(text: string, match: ActorMatcher): ActorRef[] {
  const found = new Map<string, ActorRef>();
  NAME_RUN.lastIndex = 0;
  for (let run = NAME_RUN.exec(text); run; run = NAME_RUN.exec(text)) {
    const words = run[0].split(/\s+/);
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n > 0 && !matched; n -= 1) {
        const actor = match(foldName(words.slice(i, i + n).join(' ')));
        if (actor) {
          if (!found.has(actor.key)) found.set(actor.key, actor);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  return [...found.values()];
}
