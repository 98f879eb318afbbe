/**
 * A search text is words and nothing else: marks that other search boxes read as operators
 * (quotes, a minus, a star, parentheses) split words here, and NOT, OR and AND are words that a
 * record must hold like any other (docs/search.md).
 */
import { describe, expect, it } from 'vitest';
import { searchTextProblem, searchWords } from '../../data/search-text';
import { tokens } from '../../data/store/repositories/search-ranking';

describe('the words of a search text', () => {
  it('reads quotes, a minus, a star and parentheses as spaces', () => {
    expect(searchWords('"Nozdrev" -Japan* (sanctions)')).toEqual(['Nozdrev', 'Japan', 'sanctions']);
  });

  it('keeps NOT, OR and AND as words every match must hold', () => {
    expect(searchWords('russia NOT japan OR china')).toEqual(['russia', 'NOT', 'japan', 'OR', 'china']);
  });

  it('refuses a text of operators alone, which has no word to look for', () => {
    expect(searchWords('"" - * ()')).toEqual([]);
    expect(searchTextProblem('"" - * ()')).toMatch(/no words/);
  });
});

describe('the words of a stored text, as ranking weighs them', () => {
  // A no-break space is no letter: it only sends a text down the path for any character.
  const anyText = (text: string) => tokens(`${text}\u00a0`);

  it('splits an ASCII text as it splits any text', () => {
    const every = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    const texts = [
      every,
      ...[...every].map((c) => `Ab${c}cD 12${c}x`),
      'Synthetic statement 995464: Sovereignty negotiations, NATO-Japan ITPP (2025-05-05).',
      '',
    ];
    for (const text of texts) expect(tokens(text), JSON.stringify(text)).toEqual(anyText(text));
  });

  it('folds accents and splits other marks in a text that is not ASCII', () => {
    expect(tokens('Élysée — Straße, हिन्दी')).toEqual(['elysee', 'straße', 'ह', 'न', 'द']);
  });
});
