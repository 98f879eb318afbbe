/**
 * A first guess at a quote's stance from its cue words, for the analyst to confirm or change:
 * it reads words, not meaning ("we do not threaten anyone" reads as hostile). The stance with
 * the most cues wins; no cue, no guess, and no guess either when two stances have as many cues
 * ("ready to talk … when Tokyo drops its unfriendly course" is not hostile): the words do not
 * say, and a confident wrong guess is easier to accept unread than a blank.
 */
export type StanceGuess = 'HOSTILE' | 'CRITICAL' | 'NEUTRAL' | 'SUPPORTIVE' | 'CONCILIATORY';

// Word starts, so one cue covers "threat", "threatens", "threatening".
const CUES: [StanceGuess, RegExp][] = [
  [
    'HOSTILE',
    /\b(?:threat|retaliat|hostil|aggress|(?<!de-)escalat|dangerous|consequences|countermeasure|counter-measure|unfriendly|provocat|ultimatum|punish|war\b)/giu,
  ],
  [
    'CRITICAL',
    /\b(?:critici|condemn|regret|unacceptable|irresponsible|reject|protest|deplor|concern|mistake|violat|undermin|deplorabl|disappoint)/giu,
  ],
  [
    'CONCILIATORY',
    /\b(?:dialogue|talks\b|negotiat|resum|restor|de-escalat|compromise|goodwill|ready to|open to|reconcil|peace)/giu,
  ],
  [
    'SUPPORTIVE',
    /\b(?:support|welcome|prais|commend|stand with|solidarity|partner|applaud|endorse|thank)/giu,
  ],
];

export function stanceGuess(words: string): StanceGuess | null {
  let best: { stance: StanceGuess; hits: number } | null = null;
  let tied = false;
  for (const [stance, cue] of CUES) {
    const hits = words.match(cue)?.length ?? 0;
    if (hits === 0 || (best && hits < best.hits)) continue;
    tied = best !== null && hits === best.hits;
    if (!tied) best = { stance, hits };
  }
  return tied ? null : (best?.stance ?? null);
}
