/**
 * Text no record can hold is refused where it comes in, the same way on SQLite and PostgreSQL
 * (which cannot store or compare a NUL and turns half a surrogate pair into U+FFFD): a NUL or
 * half a surrogate pair in any argument or variable is a 400 BAD_USER_INPUT naming it; an id
 * whose key decodes to a control character is refused naming the id; a variable nested
 * thousands deep is a 400 naming the variable, not an internal error; and a page's key with a
 * NUL is not looked up (the pages answer 404).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { noRecordHasKey } from '../../data/field-limits';
import { sqliteAccounts } from '../../data/store/accounts';
import { MAX_INPUT_DEPTH } from '../../graphql/limits';
import { fromGlobalId, NODE_TYPES, toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { GRAPHQL_URL, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Nul Tester')).token}` };
const before = await api.contents();

/** Posts a request as JSON; a text is sent as it is (JSON.stringify cannot nest thousands deep). */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await api.http(
    new Request(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: res.status, body: (await res.json()) as Loose };
}

/** Checks the request is refused as a BAD_USER_INPUT with exactly `message`, before it runs (400) by default. */
async function refused(body: unknown, message: string, headers: Record<string, string> = {}, status = 400) {
  const answer = await post(body, headers);
  expect(answer.body.errors?.[0]?.message).toBe(message);
  expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(answer.status).toBe(status);
  return answer.body;
}

const NUL = 'holds a NUL character (U+0000), which no stored text contains';

describe('a NUL in an argument', () => {
  it.each([
    ['key', '{ actor(key: "\\u0000") { key } }'],
    ['key', '{ source(key: "a\\u0000") { key } }'],
    ['key', '{ alliance(key: "na\\u0000to") { key } }'],
    ['b', '{ relation(a: "russia", b: "ja\\u0000pan") { __typename } }'],
    ['filter', '{ actors(filter: { text: "ja\\u0000pan" }) { totalCount } }'],
    ['text', '{ sources(text: "ria\\u0000") { key } }'],
    ['filter', '{ sanctionRegimes(filter: { imposer: "ja\\u0000pan" }) { key } }'],
    ['filter', '{ sanctionRegimes(filter: { target: "\\u0000" }) { key } }'],
    ['filter', '{ statements(filter: { speakers: ["russia", "x\\u0000"] }) { totalCount } }'],
    ['filter', '{ statements(filter: { targets: ["\\u0000"] }) { totalCount } }'],
    ['filter', '{ statements(filter: { topics: ["\\u0000"] }) { totalCount } }'],
    ['filter', '{ events(filter: { actors: ["ja\\u0000pan"] }) { totalCount } }'],
  ])('written as %s: refused naming the argument', async (argument, query) => {
    await refused({ query }, `Argument "${argument}" ${NUL}`);
  });

  it.each([
    ['query($k: String!) { actor(key: $k) { key } }', { k: 'ja\u0000pan' }, 'Variable "$k"'],
    ['query($t: String) { sources(text: $t) { key } }', { t: '\u0000' }, 'Variable "$t"'],
    [
      'query($f: StatementFilter) { statements(filter: $f) { totalCount } }',
      { f: { speakers: ['russia', 'x\u0000'] } },
      'Variable "$f".speakers[1]',
    ],
    [
      'query($f: EventFilter) { events(filter: $f) { totalCount } }',
      { f: { actors: ['\u0000'] } },
      'Variable "$f".actors[0]',
    ],
  ])('in a variable: refused naming where it is (%s)', async (query, variables, where) => {
    await refused({ query, variables }, `${where} ${NUL}`);
  });

  it('in the intake’s source key: refused before the write runs', async () => {
    const query =
      'mutation($i: ProposeStatementsInput!) { proposeStatements(input: $i) { userErrors { field code } } }';
    const variables = { i: { sourceKey: 'a\u0000b', text: 'Russia criticised Japan.' } };
    await refused({ query, variables }, `Variable "$i".sourceKey ${NUL}`, auth);
  });
});

describe('an id whose key holds a control character', () => {
  const NODE = 'query($id: ID!) { node(id: $id) { id } }';

  it.each(NODE_TYPES)('node(id) of a %s: refused naming the id', async (type) => {
    const id = toGlobalId(type, 'x\u0000y');
    // Refused by the field, as any bad argument is, once the id is decoded.
    const answer = await refused(
      { query: NODE, variables: { id } },
      `Argument "id" decodes to a key holding a control character (U+0000), which no record's key holds`,
      {},
      200,
    );
    expect(answer.data).toEqual({ node: null });
    expect(fromGlobalId(id)).toBeNull();
  });

  it('any control character, not only a NUL', async () => {
    const { body } = await post({ query: NODE, variables: { id: toGlobalId('Statement', 'a\u0007') } });
    expect(body.errors[0].message).toContain('(U+0007)');
  });

  it('a good id still finds its record', async () => {
    const id = toGlobalId('Actor', 'japan');
    expect(ok(await api.query(NODE, { id })).node).toEqual({ id });
  });

  it('retractRecord and updateStatement: a user error at input.id, nothing written', async () => {
    const id = toGlobalId('Statement', 'x\u0000y');
    const retract =
      'mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { field code message } } }';
    const update =
      'mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { key } userErrors { field code message } } }';
    const message = `id decodes to a key holding a control character (U+0000), which no record's key holds`;
    const retracted = ok(await api.query(retract, { i: { id, reason: 'A test.' } }, auth)).retractRecord;
    expect(retracted).toEqual({
      id: null,
      userErrors: [{ field: ['input', 'id'], code: 'INVALID_INPUT', message }],
    });
    const updated = ok(await api.query(update, { i: { id, reason: 'A test.', summary: 'x' } }, auth));
    expect(updated.updateStatement.userErrors).toEqual([
      { field: ['input', 'id'], code: 'INVALID_INPUT', message },
    ]);
  });
});

describe('half a surrogate pair in written text', () => {
  const ADD_SOURCE =
    'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field code } } }';

  it.each([
    ['\uD800', 'U+D800', 1],
    ['ab\uDFFF', 'U+DFFF', 3],
    ['a\uDC00\uD800b', 'U+DC00', 2],
  ])(
    '%j is refused naming the field, where the JSON would store it differently per engine',
    async (title, code, at) => {
      await refused(
        { query: ADD_SOURCE, variables: { i: { key: 'surrogate', title, outlet: 'x' } } },
        `Variable "$i".title holds half of a surrogate pair (${code}) at position ${at} without its other half, which is no character`,
        auth,
      );
    },
  );

  it('a whole pair (an emoji) is text like any other', async () => {
    const { status } = await post({
      query: 'query($k: String!) { actor(key: $k) { key } }',
      variables: { k: 'japan🇯🇵' },
    });
    expect(status).toBe(200);
  });
});

describe('a variable nested thousands deep', () => {
  /** A request whose variable is `leaf` inside `depth` of `open` ... `close`, as JSON text. */
  const nested = (query: string, name: string, depth: number, open: string, leaf: string, close: string) =>
    `{"query":${JSON.stringify(query)},"variables":{"${name}":${open.repeat(depth)}${leaf}${close.repeat(depth)}}}`;
  const ACTOR = 'query($x: String!) { actor(key: $x) { key } }';

  it('lists 5,000 deep: a 400 naming the variable, and the server goes on answering', async () => {
    const { status, body } = await post(nested(ACTOR, 'x', 5_000, '[', '"japan"', ']'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toBe(
      `Variable "$x"${'[0]'.repeat(MAX_INPUT_DEPTH)} nests lists or objects more than ${MAX_INPUT_DEPTH} deep; inputs nest at most ${MAX_INPUT_DEPTH}`,
    );
    expect(ok(await api.query('{ actor(key: "japan") { key } }')).actor).toEqual({ key: 'japan' });
  });

  it('objects 100,000 deep in a statement filter: a 400 naming the variable', async () => {
    const query = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';
    const { status, body } = await post(nested(query, 'f', 100_000, '{"text":', '"x"', '}'));
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(
      /^Variable "\$f"(\.text)+ nests lists or objects more than \d+ deep/,
    );
  });

  it('within the bound, a wrong shape is still the type error it was', async () => {
    const { status, body } = await post(nested(ACTOR, 'x', MAX_INPUT_DEPTH, '[', '"japan"', ']'));
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/^Variable "\$x" got invalid value .*String cannot represent/);
  });
});

describe('page keys', () => {
  it('a key holding a NUL, or longer than any key, is one no record has: the pages answer 404', () => {
    expect(noRecordHasKey('ja\u0000pan')).toBe(true);
    expect(noRecordHasKey('\u0000')).toBe(true);
    expect(noRecordHasKey('x'.repeat(201))).toBe(true);
    expect(noRecordHasKey('japan')).toBe(false);
    expect(noRecordHasKey('ja pan')).toBe(false);
  });
});

describe('afterwards', () => {
  it('nothing was written', async () => {
    expect(await api.contents()).toEqual(before);
  });
});
