/**
 * Inputs are bounded, and client mistakes are answered as such: dangerous URL schemes, huge
 * text and huge lists are refused naming the field or variable (never as an internal error from
 * SQLite's parameter limit); persisted queries are off, so a hash is refused as unsupported and nothing is cached; a CSV cell
 * cannot start a formula however a spreadsheet splits it; and the server keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../app/api/export/csv';
import { isWebUrl } from '../../app/components/format';
import { FIELD_LIMITS } from '../../data/ingest/dataset-schema';
import { MAX_INPUT_LIST_ITEMS, MAX_INPUT_TEXT_LENGTH } from '../../graphql/limits';
import { MAX_SEARCH_TEXT_LENGTH } from '../../data/search-text';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { expectStillAnswering } from '../helpers/liveness';

const { db } = freshDatabase();
let api: GraphQLHttpServer;
let before: ReturnType<typeof contentFingerprint>;
const TOKEN = 'input-bounds-token';
const savedToken = process.env.FAULTLINE_WRITE_TOKEN;
const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  api = await startGraphQLServer(db, { writeRate: '10000/min' });
  before = contentFingerprint(db);
});
afterAll(async () => {
  await api.close();
  if (savedToken === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
  else process.env.FAULTLINE_WRITE_TOKEN = savedToken;
});

async function send(body: unknown, headers: Record<string, string> = {}) {
  const res = await api.post(body, headers);
  return { status: res.status, body: (await res.json()) as Loose };
}

const addSource =
  'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field code message } } }';
const addStatement =
  'mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } userErrors { field code message } } }';
const statement = (extra: Record<string, unknown>) => ({
  speakerKey: 'nikolay-nozdrev',
  targetKeys: ['japan'],
  date: '2025-05-05',
  summary: 'A statement.',
  stance: 'CRITICAL',
  intensity: -2,
  evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Test.' },
  ...extra,
});

describe('source URLs: http and https only', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('%s is a user error at input.url', async (url) => {
    const { status, body } = await send(
      { query: addSource, variables: { i: { key: 'bad-url', title: 'x', outlet: 'x', url } } },
      auth,
    );
    expect(status).toBe(200);
    expect(body.data.addSource.source).toBeNull();
    expect(body.data.addSource.userErrors).toEqual([
      { field: ['input', 'url'], code: 'INVALID_INPUT', message: 'must be an http or https URL' },
    ]);
  });

  it('and rendering links only those, for rows stored before the check', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'not a url',
    ])
      expect(isWebUrl(url)).toBe(false);
  });
});

describe('text lengths', () => {
  it(`a summary over ${FIELD_LIMITS.longText} characters is a user error at input.summary`, async () => {
    const summary = 'x'.repeat(FIELD_LIMITS.longText + 1);
    const { body } = await send({ query: addStatement, variables: { i: statement({ summary }) } }, auth);
    expect(body.data.addStatement.statement).toBeNull();
    expect(body.data.addStatement.userErrors).toContainEqual({
      field: ['input', 'summary'],
      code: 'INVALID_INPUT',
      message: `must be at most ${FIELD_LIMITS.longText} characters`,
    });
  });

  it(`a title over ${FIELD_LIMITS.shortText} characters is a user error at input.title`, async () => {
    const title = 't'.repeat(FIELD_LIMITS.shortText + 1);
    const { body } = await send(
      { query: addSource, variables: { i: { key: 'long-title', title, outlet: 'x' } } },
      auth,
    );
    expect(body.data.addSource.userErrors[0]).toMatchObject({
      field: ['input', 'title'],
      code: 'INVALID_INPUT',
    });
  });

  it('any text over the input limit is refused before running, naming the variable', async () => {
    const query = 'query($t: String!) { actor(key: $t) { __typename } }';
    const { status, body } = await send({ query, variables: { t: 'a'.repeat(MAX_INPUT_TEXT_LENGTH + 1) } });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe(
      `Variable "$t" is ${MAX_INPUT_TEXT_LENGTH + 1} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`,
    );
    await expectStillAnswering(api.url);
  });

  it('only the pasted article of the intake may be longer: a filter field also named text may not', async () => {
    const query = 'query($f: ActorFilter) { actors(filter: $f, first: 1) { totalCount } }';
    const text = 'a'.repeat(MAX_INPUT_TEXT_LENGTH + 1);
    const { status, body } = await send({ query, variables: { f: { text } } });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe(
      `Variable "$f".text is ${MAX_INPUT_TEXT_LENGTH + 1} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`,
    );
  });
});

describe('search text', () => {
  const feed = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';

  it(`over ${MAX_SEARCH_TEXT_LENGTH} characters, the search box's bound, is refused before running, naming the field`, async () => {
    const text = 'word '.repeat(41);
    for (const [query, variables, argument] of [
      [feed, { f: { text } }, 'filter.text'],
      ['query($t: String!) { search(text: $t) { __typename } }', { t: text }, 'text'],
      [`{ statements(filter: { text: "${text}" }) { totalCount } }`, {}, 'filter.text'],
    ] as const) {
      const { status, body } = await send({ query, variables });
      expect(status).toBe(400);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toBe(
        `Argument "${argument}" is limited to ${MAX_SEARCH_TEXT_LENGTH} characters; got ${text.length}`,
      );
    }
  });

  it('with no words is refused, naming the field, instead of silently matching nothing', async () => {
    const { status, body } = await send({ query: feed, variables: { f: { text: '?!' } } });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('Argument "filter.text" has no words to search for');
    const literal = await send({ query: '{ search(text: "***") { __typename } }' });
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].message).toBe('Argument "text" has no words to search for');
  });

  it('with words, within the bound, runs', async () => {
    const { status, body } = await send({ query: feed, variables: { f: { text: 'Nozdrev' } } });
    expect(status).toBe(200);
    expect(body.data.statements.totalCount).toBeGreaterThan(0);
  });
});

describe('list lengths', () => {
  it('a filter list of 40,000 keys (past SQLite’s parameter limit) is refused, not an internal error', async () => {
    const query = 'query($s: [String!]) { statements(filter: { speakers: $s }) { totalCount } }';
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}`);
    const { status, body } = await send({ query, variables: { s: keys } });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe(
      `Variable "$s" has 40000 items; lists take at most ${MAX_INPUT_LIST_ITEMS}`,
    );
    await expectStillAnswering(api.url);
  });

  it('a list at the limit still runs', async () => {
    const query = 'query($s: [String!]) { statements(filter: { speakers: $s }) { totalCount } }';
    const keys = Array.from({ length: MAX_INPUT_LIST_ITEMS }, (_, i) => `k${i}`);
    const { status, body } = await send({ query, variables: { s: keys } });
    expect(status).toBe(200);
    expect(body.data.statements.totalCount).toBe(0);
  });

  it('a text written in the query is refused every time it is sent, and a query with good variables is not', async () => {
    const written = 'x'.repeat(MAX_INPUT_TEXT_LENGTH + 1);
    const query = `query($t: [String!]) { a: sources(text: "${written}") { key }
      b: statements(filter: { targets: $t }) { totalCount } }`;
    for (let round = 0; round < 2; round += 1) {
      const { status, body } = await send({ query, variables: { t: ['japan'] } });
      expect(status).toBe(400);
      expect(body.errors[0].message).toBe(
        `Argument "text" has text ${MAX_INPUT_TEXT_LENGTH + 1} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`,
      );
    }
    const fine =
      'query($t: [String!]) { statements(filter: { speakers: ["k1"], targets: $t }) { totalCount } }';
    expect((await send({ query: fine, variables: { t: ['japan'] } })).status).toBe(200);
    const tooMany = Array.from({ length: MAX_INPUT_LIST_ITEMS + 1 }, () => 'japan');
    const refused = await send({ query: fine, variables: { t: tooMany } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/^Variable "\$t" has \d+ items/);
    expect((await send({ query: fine, variables: { t: ['japan'] } })).status).toBe(200);
  });

  it(`a write's list over ${FIELD_LIMITS.listItems} items is a user error naming the field`, async () => {
    const targetKeys = Array.from({ length: FIELD_LIMITS.listItems + 1 }, () => 'japan');
    const { body } = await send({ query: addStatement, variables: { i: statement({ targetKeys }) } }, auth);
    expect(body.data.addStatement.userErrors).toContainEqual({
      field: ['input', 'targetKeys'],
      code: 'INVALID_INPUT',
      message: `must have at most ${FIELD_LIMITS.listItems} items`,
    });
  });
});

describe('persisted queries', () => {
  it('are off: any hash, right or wrong, is a 400 PERSISTED_QUERY_NOT_SUPPORTED, never an internal error', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } };
    for (const request of [{ query: '{ __typename }', extensions }, { extensions }]) {
      const { status, body } = await send(request);
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    }
    await expectStillAnswering(api.url);
  });
});

describe('CSV cells', () => {
  it.each([
    ['x;=HYPERLINK("http://example.org")', `x;'=HYPERLINK("http://example.org")`],
    ['a;@SUM(A1)', "a;'@SUM(A1)"],
    ['a|+cmd', "a|'+cmd"],
    ['a\t=1+1', "a\t'=1+1"],
    ['=1+1', "'=1+1"],
  ])('%j cannot start a formula in any split: %j', (text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
  });

  it.each(['a; -6; b', 'ok; fine', '-6'])('%j is left as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('afterwards', () => {
  it('nothing was written', () => {
    expect(contentFingerprint(db)).toEqual(before);
  });
});
