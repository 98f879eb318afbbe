/** The feed screens' paging links, page summary and reversed date ranges, read from their URLs. */
import { describe, expect, it } from 'vitest';
import { pageHrefs, pageRange } from '../../app/components/feed-page';
import {
  isReversedRange,
  pageVariables,
  parseStatementParams,
  reversedRangeMessage,
} from '../../app/lib/search-params';

describe('paging parameters', () => {
  it('reads a page size, a cursor either way and the page number', () => {
    expect(pageVariables(parseStatementParams({ first: '50' }))).toEqual({ first: 50, after: null });
    const back = parseStatementParams({ first: '50', before: 'abc', page: '3' });
    expect(back).toMatchObject({ first: 50, firstGiven: true, before: 'abc', page: 3 });
    expect(pageVariables(back)).toEqual({ last: 50, before: 'abc' });
    // A size outside 1..100 falls back to the default; both cursors at once: `after` wins.
    expect(parseStatementParams({ first: '500' })).toMatchObject({ first: 20, firstGiven: false });
    expect(pageVariables(parseStatementParams({ after: 'x', before: 'y' }))).toEqual({
      first: 20,
      after: 'x',
    });
  });

  it('links the previous and next pages, keeping filters and the chosen size', () => {
    const query = parseStatementParams({ stance: 'HOSTILE', first: '50', after: 'c2', page: '3' });
    const links = pageHrefs('/statements', query, {
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: 's3',
      endCursor: 'e3',
    });
    expect(links.previousPage).toBe('/statements?stance=HOSTILE&first=50&before=s3&page=2');
    expect(links.nextPage).toBe('/statements?stance=HOSTILE&first=50&after=e3&page=4');
    expect(links.firstPage).toBe('/statements?stance=HOSTILE&first=50');
  });

  it('goes back to the list start from page 2, and offers no link past either end', () => {
    const second = parseStatementParams({ after: 'c1', page: '2' });
    const links = pageHrefs('/statements', second, {
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: 's2',
      endCursor: 'e2',
    });
    expect(links.previousPage).toBe('/statements?');
    expect(links.nextPage).toBeUndefined();
    const only = pageHrefs('/statements', parseStatementParams({}), {
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: 's',
      endCursor: 'e',
    });
    expect([only.previousPage, only.nextPage]).toEqual([undefined, undefined]);
  });

  it('says where a page lies: n–m of N', () => {
    expect(pageRange(1, 20, 20, 45)).toBe('1–20 of 45');
    expect(pageRange(3, 20, 5, 45)).toBe('41–45 of 45');
    expect(pageRange(2, 50, 50, 1234)).toBe('51–100 of 1,234');
  });

  it('says only how many are shown when a page number cannot be where the page lies', () => {
    // page=99 typed into a link whose cursor is near the start of a list of 12.
    expect(pageRange(99, 5, 5, 12)).toBe('5 of 12');
    expect(pageRange(3, 5, 2, 12)).toBe('11–12 of 12');
  });

  it('says "at least" when the API stopped counting, even on a page past the floor', () => {
    expect(pageRange(1, 20, 20, 10_000, 'AT_LEAST')).toBe('1–20 of at least 10,000');
    expect(pageRange(600, 20, 20, 10_000, 'AT_LEAST')).toBe('11,981–12,000 of at least 12,000');
  });
});

describe('From after To', () => {
  it.each([
    ['2026', '2025-12', true],
    ['2025-05-10', '2025-05-09', true],
    ['2025-06', '2025-05-31', true],
    ['2025-05', '2025', false],
    ['2025', '2025-03', false],
    ['2025-05-05', '2025-05-05', false],
  ])('from %s to %s reversed: %s', (from, to, reversed) => {
    expect(isReversedRange(from, to)).toBe(reversed);
  });

  it('is noted with both dates, and words that say what to do', () => {
    const query = parseStatementParams({ from: '2026', to: '2025' });
    expect(query.reversedRange).toMatchObject({ from: '2026', to: '2025' });
    expect(reversedRangeMessage('2026', '2025', 'statement')).toBe(
      '“From” (2026) is after “To” (2025), so no statement can fall between them. Swap the two dates to see that range.',
    );
    expect(parseStatementParams({ from: '2025', to: '2026' }).reversedRange).toBeUndefined();
  });
});
