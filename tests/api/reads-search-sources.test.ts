import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_TEXT_LENGTH } from '../../data/search-text';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const SEED_SOURCE = 'almayadeen-2025-russia-japan-rift';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    __typename
    ... on Actor { key name }
    ... on Statement { key summary }
    ... on Event { key title }
    ... on Alliance { key }
    ... on Office { key }
    ... on SanctionRegime { key }
    ... on SanctionDesignation { key }
    ... on Source { key }
  }
}`;

describe('Query.sources and Query.source', () => {
  it('lists every source with its citation count', async () => {
    const { sources } = ok(await api.query('{ sources { key outlet title publishedAt citationCount } }'));
    expect(sources).toHaveLength(64);
    const seed = sources.find((s: Loose) => s.key === SEED_SOURCE);
    expect(seed).toMatchObject({ outlet: 'Al Mayadeen English', citationCount: 30 });
    // Izvestia is cited by one package and, through a figure claim only, by the regime.
    expect(sources.find((s: Loose) => s.key === 'izvestia-1834812').citationCount).toBe(2);
    expect(sources.every((s: Loose) => s.citationCount >= 1)).toBe(true);
  });

  it('lists what cites the seed article in source(key).citedBy, as many as citationCount', async () => {
    const { source } = ok(
      await api.query(`{
        source(key: "${SEED_SOURCE}") {
          title citationCount
          citedBy {
            __typename
            ... on Statement { key } ... on Event { key } ... on SanctionPackage { key }
            ... on SanctionRegime { key } ... on Alliance { key } ... on Membership { key } ... on Office { key }
          }
        }
      }`),
    );
    expect(source.title).toBe('Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes');
    expect(source.citedBy).toHaveLength(source.citationCount);
    const byType = (type: string) =>
      source.citedBy.filter((r: Loose) => r.__typename === type).map((r: Loose) => r.key);
    expect(byType('Statement')).toHaveLength(12);
    expect(byType('Alliance')).toEqual(['nato', 'itpp', 'nsatu', 'foip']);
    expect(byType('Office')).toEqual(['japan-mission-to-nato', 'nato-office-tokyo']);
    // The regime cites the article both in its evidence and in its figure claims: once here.
    expect(byType('SanctionRegime')).toEqual(['japan-on-russia']);
  });

  it('answers null for an unknown source key', async () => {
    expect(ok(await api.query('{ source(key: "no-such-source") { key } }')).source).toBeNull();
  });
});

describe('Query.search', () => {
  it('finds Nozdrev: every hit is about him, and the actor is among them', async () => {
    const { search } = ok(await api.query(SEARCH, { text: 'Nozdrev' }));
    expect(search.length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(search[0])).toMatch(/nozdrev/i);
    expect(search.slice(0, 3)).toContainEqual({
      __typename: 'Actor',
      key: 'nikolay-nozdrev',
      name: 'Nikolay Nozdrev',
    });
  });

  // Known bug (see the report): bm25 ranks the short event "Nozdrev reported at the 2025
  // memorial ceremonies" (-2.21) above the actor (-2.15), whose long description dilutes
  // the term. Remove `.fails` once the actor ranks first.
  it('ranks the actor Nikolay Nozdrev first for "Nozdrev"', async () => {
    const { search } = ok(await api.query(SEARCH, { text: 'Nozdrev' }));
    expect(search[0]).toMatchObject({ __typename: 'Actor', key: 'nikolay-nozdrev' });
  });

  it('matches case- and accent-insensitively, the last word as a prefix', async () => {
    const { search } = ok(await api.query(SEARCH, { text: 'NÓZDREV adequ' }));
    expect(search).toContainEqual(expect.objectContaining({ key: 'nozdrev-adequate-measures' }));
  });

  it('finds other types: an alliance by acronym, an office by city, a source by key', async () => {
    const types = async (text: string) =>
      ok(await api.query(SEARCH, { text })).search.map((r: Loose) => r.__typename);
    expect(await types('NSATU')).toContain('Alliance');
    expect(await types('Brussels')).toContain('Office');
    expect(await types('almayadeen')).toContain('Source');
  });

  const hostile: [string, string][] = [
    ['FTS operators', 'Nozdrev AND OR NOT Japan'],
    ['an unbalanced quote', '"Nozdrev'],
    ['a star after a word', 'Noz*'],
    ['NEAR(', 'NEAR(Nozdrev Japan'],
    ['a column filter', 'body:Nozdrev'],
    ['a caret', '^Nozdrev'],
    ['an emoji', '🇯🇵 Japan 🔥'],
    ['an RTL mark', '\u200fJapan\u200f'],
    ['Arabic text', 'اليابان'],
  ];

  it.each(hostile)('answers %s with a list, not an error', async (_, text) => {
    const answer = await api.query(SEARCH, { text });
    expect(answer.errors).toBeUndefined();
    expect(Array.isArray(answer.data?.search)).toBe(true);
  });

  it('refuses a null byte, which no stored text holds, naming the argument', async () => {
    const answer = await api.query(SEARCH, { text: 'Noz\u0000drev' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorText(answer)).toBe(
      'Argument "text" holds a NUL character (U+0000), which no stored text contains',
    );
  });

  it('treats operators as words: "Nozdrev AND Japan" finds what "Nozdrev Japan and" finds', async () => {
    const a = ok(await api.query(SEARCH, { text: 'Nozdrev AND Japan' })).search;
    expect(a.length).toBeGreaterThan(0);
  });

  const wordless: [string, string][] = [
    ['a lone quote', '"'],
    ['a star', '*'],
    ['only an emoji', '🔥'],
    ['an empty string', ''],
    ['only spaces and punctuation', '  ,;:()[]{}  '],
  ];

  it.each(wordless)('refuses %s, naming the text: it has no words to search for', async (_, text) => {
    const answer = await api.query(SEARCH, { text });
    expect(answer.data ?? null).toBeNull();
    expect(errorText(answer)).toBe('Argument "text" has no words to search for');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it(`refuses text over ${MAX_SEARCH_TEXT_LENGTH} characters, as the search box does`, async () => {
    const long = 'japan '.repeat(40);
    expect(long.length).toBeGreaterThan(MAX_SEARCH_TEXT_LENGTH);
    const answer = await api.query(SEARCH, { text: long });
    expect(errorText(answer)).toBe(
      `Argument "text" is limited to ${MAX_SEARCH_TEXT_LENGTH} characters; got ${long.length}`,
    );
    expect(
      ok(await api.query(SEARCH, { text: long.slice(0, MAX_SEARCH_TEXT_LENGTH) })).search.length,
    ).toBeGreaterThan(0);
  });

  it('bounds first to 1..100, naming the argument', async () => {
    const answer = await api.query(SEARCH, { text: 'japan', first: 101 });
    expect(errorText(answer)).toMatch(/"first".*1 and 100/);
    expect(ok(await api.query(SEARCH, { text: 'japan', first: 2 })).search).toHaveLength(2);
  });
});
