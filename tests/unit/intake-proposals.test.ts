/**
 * Article intake's extraction (data/intake/), on short wire-style texts written for these tests:
 * every person, office and word in them is made up, except the passage marked as taken verbatim
 * from the seed article. Each proposal's quote must be the text's own characters at its offset.
 */
import { describe, expect, it } from 'vitest';
import { foldName } from '../../data/intake/fold';
import type { ActorRef } from '../../data/intake/actors-named';
import { datelineDate } from '../../data/intake/dateline';
import { MAX_PROPOSALS, proposeStatements, type Proposal } from '../../data/intake/propose';
import { quotedSpans } from '../../data/intake/quote-marks';
import { stanceGuess } from '../../data/intake/stance-cues';

/** A small cast of actors, as the store's name index would hold them. */
const ACTORS: (ActorRef & { names: string[] })[] = [
  { key: 'russia', kind: 'STATE', affiliationKey: null, names: ['Russia', 'Russian Federation', 'Moscow'] },
  { key: 'japan', kind: 'STATE', affiliationKey: null, names: ['Japan', 'Tokyo'] },
  { key: 'ukraine', kind: 'STATE', affiliationKey: null, names: ['Ukraine'] },
  {
    key: 'nato',
    kind: 'ORGANIZATION',
    affiliationKey: null,
    names: ['NATO', 'North Atlantic Treaty Organization'],
  },
  { key: 'ria-novosti', kind: 'MEDIA', affiliationKey: null, names: ['RIA Novosti'] },
  { key: 'nikolay-nozdrev', kind: 'PERSON', affiliationKey: 'russia', names: ['Nikolay Nozdrev'] },
  { key: 'andrei-rudenko', kind: 'PERSON', affiliationKey: 'russia', names: ['Andrei Rudenko', 'Rudenko'] },
  { key: 'sergei-velikov', kind: 'PERSON', affiliationKey: 'russia', names: ['Sergueï Velikov'] },
];
const index = new Map(ACTORS.flatMap(({ names, ...ref }) => names.map((n) => [foldName(n), ref] as const)));
const context = (sourceDate: string | null = '2025-04-14') => ({
  sourceDate,
  matchActor: (folded: string) => index.get(folded) ?? null,
});

function propose(text: string, sourceDate?: string | null): Proposal[] {
  const proposals = proposeStatements(text, context(sourceDate));
  for (const p of proposals) expect(text.slice(p.offset, p.offset + p.quote.length)).toBe(p.quote);
  return proposals;
}

const WIRE = `Envoy rules out early treaty talks

MOSCOW, April 13. /TASS/. Deputy Foreign Minister Andrei Rudenko said on Sunday that Moscow saw no point in resuming talks with Tokyo. "Japan has chosen confrontation. We will draw our own conclusions," Rudenko told reporters.
“The door is not closed,” he said, “but Tokyo must take the first step.”
The diplomat added that NATO's growing presence in the region was “a direct threat to our security.”`;

describe('proposeStatements on wire copy', () => {
  const proposals = propose(WIRE);

  it('proposes each attributed quote, multi-sentence and split ones included, in order', () => {
    expect(proposals.map((p) => p.quote)).toEqual([
      'Japan has chosen confrontation. We will draw our own conclusions',
      'The door is not closed',
      'but Tokyo must take the first step.',
      'a direct threat to our security.',
    ]);
  });

  it('names the speaker as first named, for a surname, "he" and "the diplomat" alike, matched to the actor', () => {
    for (const p of proposals) {
      expect(p).toMatchObject({
        speakerName: 'Deputy Foreign Minister Andrei Rudenko',
        speakerKey: 'andrei-rudenko',
      });
    }
  });

  it('dates every proposal by the dateline, in the source’s year', () => {
    expect(proposals.map((p) => p.date)).toEqual(Array(4).fill('2025-04-13'));
  });

  it('proposes actors named nearby as targets, not the speaker or the side he speaks for', () => {
    expect(proposals[0]!.targetKeys).toEqual(['japan']);
    expect(proposals[3]!.targetKeys).toContain('nato');
    for (const p of proposals) expect(p.targetKeys).not.toContain('russia');
  });

  it('guesses a stance from cue words', () => {
    expect(proposals[3]!.stance).toBe('HOSTILE');
    expect(proposals[1]!.stance).toBeNull();
  });
});

describe('speakers', () => {
  it('keeps the name of a speaker no actor has, with no actor, and resolves later mentions to it', () => {
    const text = `TOKYO, 2 March (Kyodo) - Chief Cabinet Secretary Haruto Minabe said Japan would “study every option” on the fisheries dispute.
“We regret the decision taken in Moscow,” Minabe said. “Our position is unchanged,” she added.`;
    const proposals = propose(text, '2025-03-02');
    expect(proposals).toHaveLength(3);
    for (const p of proposals) {
      expect(p).toMatchObject({
        speakerName: 'Chief Cabinet Secretary Haruto Minabe',
        speakerKey: null,
        date: '2025-03-02',
      });
    }
    expect(proposals[1]).toMatchObject({
      quote: 'We regret the decision taken in Moscow',
      stance: 'CRITICAL',
    });
    // Japan is named in the sentence before; with the speaker unknown, so is the side she speaks for.
    expect(proposals[1]!.targetKeys).toEqual(['japan', 'russia']);
  });

  it('matches a name whatever its accents and case, and a quote after "told reporters that"', () => {
    const text = `Deputy Minister SERGUEI VELIKOV told reporters that “nobody in Moscow is in a hurry” to answer Tokyo.`;
    expect(propose(text)).toEqual([
      expect.objectContaining({
        speakerName: 'Deputy Minister SERGUEI VELIKOV',
        speakerKey: 'sergei-velikov',
        targetKeys: ['japan'],
      }),
    ]);
  });

  it('reads "said NAME" and "according to NAME" after a quote', () => {
    const text = `“Sanctions will not change our course,” said Andrei Rudenko. “There will be no concessions on the islands,” according to Sergueï Velikov.`;
    expect(propose(text).map((p) => p.speakerKey)).toEqual(['andrei-rudenko', 'sergei-velikov']);
  });

  it('carries a quote opening the next paragraph over to the same speaker', () => {
    const text = `“We are ready for dialogue with Tokyo,” Rudenko said.\n“But dialogue needs two sides willing to listen.”`;
    const proposals = propose(text);
    expect(proposals.map((p) => [p.speakerKey, p.stance])).toEqual([
      ['andrei-rudenko', 'CONCILIATORY'],
      ['andrei-rudenko', 'CONCILIATORY'],
    ]);
  });

  it('leaves out quotes nobody is named for, and one-word scare quotes', () => {
    const text = `Plans for a NATO “office” in Tokyo were discussed. The plan was called “a step too far” in an editorial.`;
    expect(propose(text)).toEqual([]);
  });

  it('reads the passage of the seed article that quotes Nozdrev (verbatim from it)', () => {
    const text =
      'In remarks to RIA Novosti, Russian Ambassador to Japan Nikolay Nozdrev criticized Japan’s recent moves, such as joining the NATO Security Assistance and Training Center for Ukraine and reportedly preparing to share satellite intelligence with Ukrainian forces, as clear signs of escalation.\n' +
      'He emphasized that Moscow views these actions as hostile and will not let them go unanswered.\n' +
      '“Japan continues to demonstrate through rhetoric and actions that it is not ready to abandon its unfriendly course,” Nozdrev said, noting that the consequences will be “sensitive and long-term.”';
    const proposals = propose(text, null);
    expect(proposals.map((p) => p.quote)).toEqual([
      'Japan continues to demonstrate through rhetoric and actions that it is not ready to abandon its unfriendly course',
      'sensitive and long-term.',
    ]);
    for (const p of proposals) {
      expect(p).toMatchObject({
        speakerName: 'Russian Ambassador to Japan Nikolay Nozdrev',
        speakerKey: 'nikolay-nozdrev',
        date: null,
      });
      expect(p.targetKeys).not.toContain('ria-novosti');
    }
    expect(proposals[0]!.targetKeys).toContain('japan');
  });
});

describe('quotation marks', () => {
  it('pairs curly, straight and mixed marks, and drops a quote never closed', () => {
    const text = `“one two” and "three four" and “five six" and “seven eight`;
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'one two',
      'three four',
      'five six',
    ]);
  });

  it('does not take an apostrophe or inch mark inside a word for a quote', () => {
    const text = `a 12" screen, said the "first word"`;
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['first word']);
  });
});

describe('datelines', () => {
  it('gives the dateline’s day in the source’s year, either order of day and month', () => {
    expect(datelineDate('MOSCOW, April 13. /TASS/. Text', '2025-04-14')).toBe('2025-04-13');
    expect(datelineDate('Headline\n\nTOKYO, 2 March (Kyodo) - Text', '2025')).toBe('2025-03-02');
    expect(datelineDate('KYIV, Sept. 9, 2024 - Text', '2025-01-01')).toBe('2024-09-09');
  });

  it('puts a dateline later in the year than its source’s day in the year before', () => {
    expect(datelineDate('MOSCOW, December 30. Text', '2026-01-02')).toBe('2025-12-30');
  });

  it('invents nothing: no dateline, no year to give it, or a day that does not exist', () => {
    expect(datelineDate('Officials in Moscow said on April 13 that...', '2025-04-14')).toBeNull();
    expect(datelineDate('MOSCOW, April 13. Text', null)).toBeNull();
    expect(datelineDate('MOSCOW, April 31. Text', '2025-05-02')).toBeNull();
  });
});

describe('bounds and guesses', () => {
  it('proposes at most MAX_PROPOSALS from one text', () => {
    const text = Array.from(
      { length: MAX_PROPOSALS + 50 },
      (_, i) => `“Point number ${i} stands,” Rudenko said.`,
    ).join(' ');
    const proposals = propose(text);
    expect(proposals).toHaveLength(MAX_PROPOSALS);
    expect(proposals.at(-1)!.quote).toBe(`Point number ${MAX_PROPOSALS - 1} stands`);
  });

  it('reads attribution and targets near the quote only, so a page without a sentence end is read whole', () => {
    // Nearly the largest text taken, one sentence of capitals: each quote is read by the words
    // near it, not by the whole sentence before it (which once took a minute for this text).
    const filler = 'A '.repeat(48_000);
    const text = `Japan ${filler}Moscow said “we will not accept this course at all” and Rudenko added “it is unfriendly to us”.`;
    const proposals = propose(text);
    expect(proposals.map((p) => [p.speakerKey, p.quote])).toEqual([
      ['russia', 'we will not accept this course at all'],
      ['andrei-rudenko', 'it is unfriendly to us'],
    ]);
    // Japan is named 96,000 characters earlier in the same sentence: too far to be a target.
    expect(proposals.flatMap((p) => p.targetKeys)).not.toContain('japan');
  });

  it('guesses no stance without cue words, and does not read de-escalation as escalation', () => {
    expect(stanceGuess('The weather in Tokyo was mild')).toBeNull();
    expect(stanceGuess('We call for de-escalation and dialogue')).toBe('CONCILIATORY');
    expect(stanceGuess('We condemn this irresponsible step')).toBe('CRITICAL');
  });

  it('guesses nothing when two stances have as many cue words', () => {
    expect(stanceGuess('We are ready to talk to Japan when Tokyo drops its unfriendly course')).toBeNull();
    expect(stanceGuess('We are ready to talk, but this unfriendly step has consequences')).toBe('HOSTILE');
  });

  it('reads a speaker set off by commas before the verb', () => {
    const text = `Russia's ambassador to Japan, Nikolay Nozdrev, said on Friday that Tokyo's latest sanctions were "a hostile step that will not go unanswered."`;
    expect(propose(text).map((p) => [p.speakerKey, p.quote, p.stance])).toEqual([
      ['nikolay-nozdrev', 'a hostile step that will not go unanswered.', 'HOSTILE'],
    ]);
  });
});
