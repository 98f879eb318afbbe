/**
 * Article intake: the attributed quotes of a pasted text, as statements an analyst may accept,
 * edit or reject. Pure: the caller supplies the source's date and a way to look actors up by
 * name, and nothing is read or written here. A quote nobody is named for is left out (there is
 * no speaker to propose), as are one-word scare quotes ("office").
 */
import { MAX_INTAKE_TEXT_LENGTH } from '../field-limits';
import { actorsNamed, type ActorMatcher, type ActorRef } from './actors-named';
import { findAttribution } from './attribution';
import { datelineDate } from './dateline';
import { quotedSpans, type QuotedSpan } from './quote-marks';
import { sentenceAt, sentenceSpans, type Span } from './sentences';
import { speakerResolver, type Speaker } from './speakers';
import { stanceGuess, type StanceGuess } from './stance-cues';

/** Longest text read, in characters (data/field-limits.ts). */
export { MAX_INTAKE_TEXT_LENGTH };
/** Most proposals made from one text; the rest of a longer text is not read. */
export const MAX_PROPOSALS = 200;
/** Most likely targets proposed for one quote. */
export const MAX_TARGETS = 8;
/** Fewest words a quote needs to be proposed. */
const MIN_QUOTE_WORDS = 2;

export interface Proposal {
  speakerName: string;
  speakerKey: string | null;
  quote: string;
  offset: number;
  /** "YYYY-MM-DD" from the dateline; null when the text gives none. */
  date: string | null;
  targetKeys: string[];
  stance: StanceGuess | null;
}

export interface IntakeContext {
  /** The source's publication date (a partial date) or null: a dateline's year comes from it. */
  sourceDate: string | null;
  matchActor: ActorMatcher;
}

/**
 * How far from a quote its attribution and its likely targets are looked for, in characters.
 * Wire copy names them within a sentence of the quote; the bound keeps each quote's reading
 * short whatever is pasted (a text with no sentence end, a page of capitals), so one request
 * cannot hold the server for long.
 */
const ATTRIBUTION_REACH = 300;
const TARGET_REACH = 1_000;

/** The words after a closing mark up to the end of its sentence, the next quote or line. */
function wordsAfter(text: string, span: QuotedSpan): string {
  const rest = text.slice(span.close + 1, span.close + ATTRIBUTION_REACH);
  const stop = rest.search(/[.!?](?:\s|$)|[\n“"«]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** A quote ending its own sentence (“We are ready.”) is not attributed by the words after it. */
const endsSentence = (text: string, span: QuotedSpan) => /[.…]$/.test(text.slice(span.start, span.end));

/** Actors named in the quote's sentences and one sentence either side, but not the speaker's side. */
function likelyTargets(
  text: string,
  sentences: Span[],
  span: QuotedSpan,
  speaker: Speaker,
  match: ActorMatcher,
) {
  const first = Math.max(0, sentenceAt(sentences, span.open) - 1);
  const last = Math.min(sentences.length - 1, sentenceAt(sentences, span.close) + 1);
  const around = text.slice(
    Math.max(sentences[first]!.start, span.open - TARGET_REACH),
    Math.min(sentences[last]!.end, span.close + TARGET_REACH),
  );
  const own = new Set([speaker.actor?.key, speaker.actor?.affiliationKey].filter(Boolean));
  return actorsNamed(around, match)
    .filter((a: ActorRef) => !own.has(a.key) && a.kind !== 'MEDIA')
    .slice(0, MAX_TARGETS)
    .map((a) => a.key);
}

export function proposeStatements(text: string, { sourceDate, matchActor }: IntakeContext): Proposal[] {
  const sentences = sentenceSpans(text);
  const date = datelineDate(text, sourceDate);
  const speakers = speakerResolver(text, matchActor);
  const proposals: Proposal[] = [];
  let previousClose = -1;
  let previousSentence = -2;
  for (const span of quotedSpans(text)) {
    if (proposals.length >= MAX_PROPOSALS) break;
    const opening = sentenceAt(sentences, span.open);
    const from = Math.max(sentences[opening]!.start, previousClose + 1);
    const before = text.slice(Math.max(from, span.open - ATTRIBUTION_REACH), span.open);
    const after = endsSentence(text, span) ? '' : wordsAfter(text, span);
    const attribution = findAttribution(before, after);
    // A quote that opens the sentence after another speaker's quote, with no attribution of its
    // own, carries on that speaker's words (wire copy's next paragraph).
    const continues = !attribution && before.trim() === '' && opening <= previousSentence + 1;
    const speaker = attribution
      ? speakers.resolve(attribution, span.open)
      : continues
        ? speakers.previous()
        : null;
    previousClose = span.close;
    const quote = text.slice(span.start, span.end);
    if (!speaker || quote.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    previousSentence = sentenceAt(sentences, span.close + 1);
    proposals.push({
      speakerName: speaker.name,
      speakerKey: speaker.actor?.key ?? null,
      quote,
      offset: span.start,
      date,
      targetKeys: likelyTargets(text, sentences, span, speaker, matchActor),
      stance: stanceGuess(quote),
    });
  }
  return proposals;
}
