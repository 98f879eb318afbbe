import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const TOKEN = 'test-write-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

useWriteToken(TOKEN);

const ADD_STATEMENT = `mutation AddStatement($i: AddStatementInput!) {
  addStatement(input: $i) {
    statement { id key date intensity speaker { key } targets { key } topics { key } evidence { excerpt source { key } via { key } } }
    userErrors { field message code }
  }
}`;
// Each statement says something new (a repeat is refused as DUPLICATE), and its quote is in its excerpt.
let made = 0;
const statement = (over: Record<string, unknown> = {}) => ({
  speakerKey: 'nikolay-nozdrev',
  targetKeys: ['japan'],
  date: '2025-12-01',
  quote: `Test quote ${(made += 1)}`,
  summary: 'Nozdrev warned Japan again (test record).',
  stance: 'HOSTILE',
  intensity: -6,
  cameoCode: '13',
  topicKeys: ['sanctions'],
  evidence: { sourceKey: SOURCE, excerpt: `Test excerpt: "Test quote ${made}".`, viaKey: 'ria-novosti' },
  ...over,
});
const STATS = '{ stats { statements events sanctionPackages sources } }';

describe('writes with the right token', () => {
  it('adds a statement that is readable at once, by list, node and relation', async () => {
    const before = ok(await api.query(STATS)).stats;
    const payload = ok(await api.query(ADD_STATEMENT, { i: statement() }, AUTH)).addStatement;
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement).toMatchObject({
      date: '2025-12-01',
      intensity: -6,
      speaker: { key: 'nikolay-nozdrev' },
      targets: [{ key: 'japan' }],
      topics: [{ key: 'sanctions' }],
      evidence: {
        excerpt: expect.stringMatching(/^Test excerpt: "Test quote \d+"\.$/),
        source: { key: SOURCE },
        via: { key: 'ria-novosti' },
      },
    });
    const { id, key } = payload.statement;
    const read = ok(
      await api.query(
        `query($id: ID!) {
          node(id: $id) { ... on Statement { key } }
          statements(first: 1) { nodes { key } }
          relation(a: "russia", b: "japan", asOf: "2025-12-31") { coverage { latest } recordCount }
          stats { statements events sanctionPackages sources }
        }`,
        { id },
      ),
    );
    expect(read.node.key).toBe(key);
    expect(read.statements.nodes[0].key).toBe(key);
    expect(read.relation).toEqual({ coverage: { latest: '2025-12-01' }, recordCount: 35 });
    expect(read.stats).toEqual({ ...before, statements: before.statements + 1 });
  });

  it('adds a source, then an event and a package citing it; each count goes up by one', async () => {
    const before = ok(await api.query(STATS)).stats;
    const source = ok(
      await api.query(
        `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key outlet publishedAt citationCount } userErrors { code } } }`,
        {
          i: { key: 'test-source-2025', title: 'A test source', outlet: 'Test Wire', publishedAt: '2025-12' },
        },
        AUTH,
      ),
    ).addSource;
    expect(source).toEqual({
      source: { key: 'test-source-2025', outlet: 'Test Wire', publishedAt: '2025-12', citationCount: 0 },
      userErrors: [],
    });
    const evidence = { sourceKey: 'test-source-2025', note: 'Test note.' };
    const event = ok(
      await api.query(
        `mutation($i: AddEventInput!) { addEvent(input: $i) { event { key kind verification actors { key } } userErrors { code } } }`,
        {
          i: {
            date: '2025-12-02',
            kind: 'DIPLOMATIC',
            title: 'Test',
            summary: 'Test event.',
            actorKeys: ['russia', 'japan'],
            evidence,
          },
        },
        AUTH,
      ),
    ).addEvent;
    expect(event.event).toMatchObject({
      kind: 'DIPLOMATIC',
      verification: 'REPORTED',
      actors: [{ key: 'russia' }, { key: 'japan' }],
    });
    const pkg = ok(
      await api.query(
        `mutation($i: AddSanctionPackageInput!) {
          addSanctionPackage(input: $i) { sanctionPackage { key date regime { key packages { key } } } userErrors { code } }
        }`,
        {
          i: {
            imposerKey: 'japan',
            targetKey: 'russia',
            date: '2025-12',
            title: 'Test package',
            measures: ['asset freeze'],
            evidence,
          },
        },
        AUTH,
      ),
    ).addSanctionPackage;
    expect(pkg.sanctionPackage.regime.key).toBe('japan-on-russia');
    expect(pkg.sanctionPackage.regime.packages.at(-1).key).toBe(pkg.sanctionPackage.key);
    const after = ok(
      await api.query(`{ ${STATS.slice(1, -1)} source(key: "test-source-2025") { citationCount } }`),
    );
    expect(after.stats).toEqual({
      statements: before.statements,
      events: before.events + 1,
      sanctionPackages: before.sanctionPackages + 1,
      sources: before.sources + 1,
    });
    expect(after.source.citationCount).toBe(2);
  });
});

describe('bad input comes back as user errors and writes nothing', () => {
  const refusals: [string, string, Record<string, unknown>, string[], string][] = [
    [
      'an unknown speaker',
      ADD_STATEMENT,
      statement({ speakerKey: 'atlantis' }),
      ['input', 'speakerKey'],
      'NOT_FOUND',
    ],
    [
      'an unknown target',
      ADD_STATEMENT,
      statement({ targetKeys: ['japan', 'atlantis'] }),
      ['input', 'targetKeys'],
      'NOT_FOUND',
    ],
    [
      'an unknown topic',
      ADD_STATEMENT,
      statement({ topicKeys: ['no-topic'] }),
      ['input', 'topicKeys'],
      'NOT_FOUND',
    ],
    [
      'an unknown source',
      ADD_STATEMENT,
      statement({
        quote: null,
        summary: 'A statement citing no known source.',
        evidence: { sourceKey: 'no-source', excerpt: 'x' },
      }),
      ['input', 'evidence', 'sourceKey'],
      'NOT_FOUND',
    ],
    [
      'an intensity of -11',
      ADD_STATEMENT,
      statement({ intensity: -11 }),
      ['input', 'intensity'],
      'INVALID_INPUT',
    ],
    ['an empty summary', ADD_STATEMENT, statement({ summary: '   ' }), ['input', 'summary'], 'INVALID_INPUT'],
    [
      'evidence with neither excerpt nor note',
      ADD_STATEMENT,
      statement({ evidence: { sourceKey: SOURCE } }),
      ['input', 'evidence', 'excerpt'],
      'INVALID_INPUT',
    ],
    [
      'a duplicate source key',
      'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field message code } } }',
      { key: SOURCE, title: 'Again', outlet: 'Al Mayadeen English' },
      ['input', 'key'],
      'CONFLICT',
    ],
  ];

  it.each(refusals)('%s', async (_, doc, input, field, code) => {
    const before = await api.contents();
    const payload = Object.values(ok(await api.query(doc, { i: input }, AUTH)))[0] as Loose;
    expect(Object.values(payload).filter((v) => v !== payload.userErrors)).toEqual([null]);
    expect(payload.userErrors).toContainEqual({ field, message: expect.any(String), code });
    expect(await api.contents()).toEqual(before);
  });

  it('refuses an impossible date before running, naming its input field, and writes nothing', async () => {
    // As every bad date in a request is: the same error as a year out of range.
    const before = await api.contents();
    const answer = await api.query(ADD_STATEMENT, { i: statement({ date: '2025-13' }) }, AUTH);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorText(answer)).toMatch(
      /at "i\.date"; PartialDate cannot represent "2025-13": it has month 13/,
    );
    expect(await api.contents()).toEqual(before);
  });
});
