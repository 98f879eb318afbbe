/**
 * A search text is words and nothing else: marks that other search boxes read as operators
 * (quotes, a minus, a star, parentheses) split words here, and NOT, OR and AND are words that a
 * record must hold like any other (docs/search.md).
 */
import { describe, expect, it } from 'vitest';
import { searchTextProblem, searchWords } from '../../data/search-text';

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
