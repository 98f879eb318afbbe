/**
 * The small wording rules of the dashboard: plurals that agree, quotation marks once, driver
 * labels that do not repeat the speaker, saved-query labels that end where a thought ends, and
 * the index's coverage said in words.
 */
import { describe, expect, it } from 'vitest';
import { plural } from '../../app/components/format';
import { excerptQuoting } from '../../app/components/evidence-line';
import { statementDriverTitle } from '../../app/relations/driver-title';
import { firstSentence, readSavedQueries } from '../../app/playground/saved-queries';
import { ageWords, notEnoughRecords } from '../../app/relations/coverage-words';
import { shownWords } from '../../app/relations/point-drivers';

describe('wording', () => {
  it('makes counts and nouns agree', () => {
    expect(plural(1, 'individual')).toBe('1 individual');
    expect(plural(2, 'individual')).toBe('2 individuals');
    expect(plural(0, 'entity', 'entities')).toBe('0 entities');
    expect(plural(1000, 'entity', 'entities')).toBe('1,000 entities');
  });

  it('puts an excerpt in quotation marks once', () => {
    expect(excerptQuoting('plain words')).toEqual({ quoted: true, body: 'plain words' });
    expect(excerptQuoting('“wholly quoted”')).toEqual({ quoted: true, body: 'wholly quoted' });
    // The seed article's excerpt quotes within itself: its own marks stay, none are added.
    const own = '“Such an irresponsible line of policy,” he said, promising “adequate measures".';
    expect(excerptQuoting(own)).toEqual({ quoted: false, body: own });
  });

  it('names the speaker of a driver once', () => {
    expect(statementDriverTitle('Nikolay Nozdrev', 'sensitive and long-term', 'Nozdrev warned…')).toBe(
      'Nikolay Nozdrev: “sensitive and long-term”',
    );
    expect(statementDriverTitle('Nikolay Nozdrev', null, 'Nozdrev warned that Japan…')).toBe(
      'Nozdrev warned that Japan…',
    );
    expect(statementDriverTitle('Mark Rutte', null, 'The alliance welcomed Japan.')).toBe(
      'Mark Rutte: The alliance welcomed Japan.',
    );
  });

  it('labels a saved query with its first sentence or clause, never a cut line', () => {
    expect(firstSentence('How tense is it, and why? The tension index (0 calm .. 100) read today.')).toBe(
      'How tense is it, and why?',
    );
    expect(firstSentence("Japan's sanctions on Russia: the dated packages")).toBe(
      "Japan's sanctions on Russia",
    );
    for (const saved of readSavedQueries()) {
      expect(saved.description.startsWith(saved.label), saved.id).toBe(true);
      expect(saved.label, saved.id).toMatch(/[\p{L})"?.!]$/u);
      expect(saved.label.length, saved.id).toBeLessThanOrEqual(110);
    }
  });

  it('says when the index has not enough records, and how old the latest is', () => {
    const none = { records: 0, acts: 0, sources: 0, speakers: 0, sufficient: false };
    expect(notEnoughRecords(none, 'Russia', 'Ukraine')).toBe(
      'not enough records: 0 between Russia and Ukraine',
    );
    const one = { records: 2, acts: 1, sources: 1, speakers: 1, sufficient: false };
    expect(notEnoughRecords(one, 'Russia', 'NATO')).toBe(
      'not enough records: 2 between Russia and NATO (1 act, from 1 source)',
    );
    expect(ageWords(0)).toBe('the same day');
    expect(ageWords(1)).toBe('1 day earlier');
    expect(ageWords(384)).toBe('384 days earlier');
    expect(ageWords(384, '2025-11-11')).toBe('384 days earlier');
    // Dated to the month or the year: aged as roughly as the date is known.
    expect(ageWords(29_706, '1945-08')).toBe('about 81 years earlier');
    expect(ageWords(100, '2025-08')).toBe('about 3 months earlier');
    expect(ageWords(10, '2026-11')).toBe('in the same month');
    expect(ageWords(400, '2025')).toBe('about 1 year earlier');
  });
});

describe('how many of a period’s records its drivers show', () => {
  it('counts them as a reader would', () => {
    expect(shownWords(8, 12)).toBe('The strongest 8 of the 12 records');
    expect(shownWords(3, 3)).toBe('All 3 records');
    expect(shownWords(1, 1)).toBe('The one record');
  });
});
