/**
 * Search and the statements' text filter find records by the excerpts of their evidence, the
 * words their sources are quoted as saying (the cost of a word many excerpts hold:
 * search-excerpts-cost.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';
import { useWriteToken } from '../helpers/write-token';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const TOKEN = 'search-excerpts-token';
useWriteToken(TOKEN);

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  __typename ... on Statement { key quote summary } ... on Event { key } ... on Alliance { key }
  ... on Actor { key } ... on Office { key } } }`;

async function searchKeys(text: string, first = 20): Promise<string[]> {
  return ok(await api.query(SEARCH, { text, first })).search.map((r: Loose) => `${r.__typename}:${r.key}`);
}

async function filteredKeys(text: string): Promise<string[]> {
  const query =
    'query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount nodes { key } } }';
  const { statements } = ok(await api.query(query, { f: { text } }));
  expect(statements.nodes).toHaveLength(statements.totalCount);
  return statements.nodes.map((s: { key: string }) => s.key).sort();
}

/** The statement whose excerpt names the NSATU in full, while its own words say "NSATU". */
const NSATU_STATEMENT = 'nozdrev-nsatu-satellite-escalation';

describe('search over evidence excerpts', () => {
  it('finds a statement by words only its excerpt holds', async () => {
    const own = db
      .prepare("SELECT coalesce(quote, '') || ' ' || summary FROM statements WHERE key = ?")
      .pluck()
      .get(NSATU_STATEMENT) as string;
    expect(own.toLowerCase()).not.toContain('security assistance');
    expect(await searchKeys('Security Assistance')).toContain(`Statement:${NSATU_STATEMENT}`);
    expect(await filteredKeys('Security Assistance')).toEqual([NSATU_STATEMENT]);
  });

  it('ranks records by their own words before those found only through an excerpt', async () => {
    const keys = await searchKeys('Security Assistance');
    // The NSATU's own name holds both words; the statement only quotes them.
    expect(keys.indexOf('Alliance:nsatu')).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf('Alliance:nsatu')).toBeLessThan(keys.indexOf(`Statement:${NSATU_STATEMENT}`));
    // A membership's excerpt says it too, but search does not return memberships: no empty place.
    expect(keys.every((k) => !k.endsWith(':undefined'))).toBe(true);
    // A page is still at most `first` long, own words first.
    expect(await searchKeys('Security Assistance', 1)).toEqual([keys[0]]);
  });

  it('needs every word in the statement’s own words or in one excerpt', async () => {
    // "NSATU" is in the statement's summary, "Security" only in its excerpt: not one text.
    expect(await filteredKeys('NSATU Security')).toEqual([]);
    expect(await filteredKeys('NSATU')).toContain(NSATU_STATEMENT);
  });

  it('follows the writes: a new statement is found by its excerpt at once', async () => {
    const { addStatement } = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } userErrors { message } } }`,
        {
          i: {
            speakerKey: 'japan',
            targetKeys: ['russia'],
            date: '2025-06-01',
            stance: 'NEUTRAL',
            intensity: 0,
            summary: 'Excerpt search test statement.',
            evidence: {
              sourceKey: 'almayadeen-2025-russia-japan-rift',
              excerpt: 'The quartermaster’s ledger was never published.',
              note: 'Test record.',
            },
          },
        },
        { authorization: `Bearer ${TOKEN}` },
      ),
    );
    expect(addStatement.userErrors).toEqual([]);
    const { key } = addStatement.statement;
    expect(await filteredKeys('quartermaster ledger')).toEqual([key]);
    expect(await searchKeys('quartermaster')).toEqual([`Statement:${key}`]);
  });
});
