/**
 * Bad input through real HTTP: each request gets a clear error (a 4xx, every error with an
 * extensions.code, never a 5xx) or a correct answer, empty where nothing can match, well
 * within the per-request timeout; the stored data is the same afterwards, and the server
 * still answers a normal query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../graphql/connections';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { REQUEST_TIMEOUT_MS, startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';

const { db } = freshDatabase();
let api: GraphQLHttpServer;
let before: ReturnType<typeof contentFingerprint>;
const TOKEN = 'bad-input-token';
const savedToken = process.env.FAULTLINE_WRITE_TOKEN;

beforeAll(async () => {
  // Writes are allowed (with the token), so bad writes reach the write path and its checks.
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  api = await startGraphQLServer(db, { writeRate: '10000/min' });
  before = contentFingerprint(db);
});
afterAll(async () => {
  await api.close();
  if (savedToken === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
  else process.env.FAULTLINE_WRITE_TOKEN = savedToken;
});

interface GraphQLBody {
  data?: Loose;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const raw = (body: BodyInit, contentType?: string, headers: Record<string, string> = {}) =>
  fetch(api.url, {
    method: 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api.post({ query, variables }, headers);

async function read(res: Response): Promise<GraphQLBody> {
  const text = await res.text();
  expect(res.headers.get('content-type')).toMatch(/json/);
  return JSON.parse(text) as GraphQLBody;
}

/** A clear refusal: this status, errors that each carry a code, the first saying `message`. */
async function refused(res: Response, status: number, message: RegExp, code?: string) {
  const body = await read(res);
  expect(res.status).toBe(status);
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
  for (const e of body.errors!) expect(typeof e.extensions?.code).toBe('string');
  expect(body.errors!.map((e) => e.message).join('\n')).toMatch(message);
  if (code) expect(body.errors![0]!.extensions?.code).toBe(code);
}

/** An answer: 200, no errors; the data for further checks. */
async function answered(res: Response): Promise<Loose> {
  const body = await read(res);
  expect(body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return body.data;
}

/** A field error: 200 with a BAD_USER_INPUT error naming what is wrong, and no data. */
async function fieldError(res: Response, message: RegExp) {
  const body = await read(res);
  expect(res.status).toBe(200);
  expect(body.errors?.[0]?.message).toMatch(message);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
}

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

describe('malformed requests', () => {
  it('malformed JSON', async () => {
    await refused(
      await raw('{"query": "{ __typename }"', 'application/json'),
      400,
      /not valid JSON/,
      'BAD_REQUEST',
    );
  });

  it('JSON nested 100,000 deep', async () => {
    const nested = `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(await answered(await raw(nested, 'application/json'))).toEqual({ __typename: 'Query' });
  });

  it('invalid UTF-8 in the body', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"query":"{ __typename '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' }"}'),
    ]);
    await refused(await raw(bytes, 'application/json'), 400, /Syntax Error/, 'GRAPHQL_PARSE_FAILED');
  });

  it.each([
    ['text/plain', '{"query":"{ __typename }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
    ],
  ])('a simple-request content type (%s): refused as possible CSRF', async (type, body) => {
    await refused(await raw(body, type), 400, /Cross-Site Request Forgery/, 'BAD_REQUEST');
  });

  it('no content type at all', async () => {
    await refused(
      await raw(new TextEncoder().encode('{"query":"{ __typename }"}')),
      400,
      /Cross-Site Request Forgery/,
    );
  });

  it('a content type that is not JSON', async () => {
    await refused(await raw('<query/>', 'application/xml'), 400, /POST body missing, invalid Content-Type/);
  });

  it.each([
    ['an empty body', ''],
    ['whitespace', '   '],
  ])('%s', async (_, body) => {
    await refused(await raw(body, 'application/json'), 400, /not valid JSON/, 'BAD_REQUEST');
  });

  it.each([
    ['an empty object', '{}', /non-empty `query`|JSON object has no keys/],
    ['null', 'null', /POST body missing|non-empty `query`/],
    ['a string', '"{ __typename }"', /POST body missing|non-empty `query`|must be an object/],
    ['a number as query', '{"query": 42}', /must be strings/],
    [
      'variables as a string',
      '{"query": "{ __typename }", "variables": "x"}',
      /`variables` .* should be provided as an object/,
    ],
    ['an empty query', '{"query": ""}', /non-empty `query`/],
  ])('%s', async (_, body, message) => {
    await refused(await raw(body, 'application/json'), 400, message);
  });

  it('a batch of 10', async () => {
    const batch = Array.from({ length: 10 }, () => ({ query: '{ __typename }' }));
    await refused(await api.post(batch), 400, /batching disabled/i, 'BAD_REQUEST');
  });

  it('a 1 MB query: 413 over the body limit, 400 over the query length limit', async () => {
    const huge = `{ __typename ${'#'.repeat(1024 * 1024)}\n}`;
    await refused(await gql(huge), 413, /body size limit/, 'PAYLOAD_TOO_LARGE');
    const large = `{ __typename ${'#'.repeat(900 * 1024)}\n}`;
    await refused(await gql(large), 400, /query length limit/, 'BAD_REQUEST');
  });

  it('a mutation over GET: 405, nothing written', async () => {
    const mutation = `mutation { addSource(input: { key: "via-get", title: "x", outlet: "x" }) { source { key } } }`;
    const res = await api.get(
      { query: mutation },
      { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKEN}` },
    );
    await refused(res, 405, /GET requests only support query operations/);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('a GET without a preflight-forcing header: refused as possible CSRF', async () => {
    await refused(await api.get({ query: '{ __typename }' }, {}), 400, /Cross-Site Request Forgery/);
  });

  it('an unknown operation name', async () => {
    const res = await api.post({ query: 'query A { __typename }', operationName: 'B' });
    await refused(res, 400, /Unknown operation named "B"/);
  });
});

describe('hostile documents', () => {
  it('depth 60', async () => {
    const deep = `{ actor(key: "japan") { ${'affiliation { '.repeat(58)}name${' }'.repeat(59)} }`;
    await refused(await gql(deep), 400, /depth limit of 10 exceeded, found 60/, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('1,000 aliases (stopped by the token limit before anything else)', async () => {
    const aliases = `{ ${repeat(1000, (i) => `a${i}: __typename`)} }`;
    await refused(await gql(aliases), 400, /more that 2000 tokens/, 'GRAPHQL_PARSE_FAILED');
  });

  it('101 aliased __typename', async () => {
    const aliases = `{ ${repeat(101, (i) => `t${i}: __typename`)} }`;
    await refused(
      await gql(aliases),
      400,
      /Aliases limit of 15 exceeded, found 101/,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('10 directives (graphql-cop style overloading)', async () => {
    await refused(
      await gql(`query { __typename ${'@aa '.repeat(10)}}`),
      400,
      /Directives limit of 5 exceeded, found 10/,
    );
    const known = `{ ${'__typename @include(if: true) '.repeat(10)}}`;
    await refused(
      await gql(known),
      400,
      /Directives limit of 5 exceeded, found 10/,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it.each([
    ['two fragments', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['a fragment in itself', 'query { ...A } fragment A on Query { __typename ...A }'],
    [
      'a cycle through fields',
      'query { ...A } fragment A on Query { actor(key: "japan") { ...B } } fragment B on Actor { affiliation { ...B } }',
    ],
  ])('fragment cycle: %s', async (_, query) => {
    await refused(await gql(query), 400, /Cannot spread fragment/, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('unknown fields, arguments and types', async () => {
    await refused(
      await gql('{ actor(key: "japan") { name password } }'),
      400,
      /Cannot query field "password"/,
    );
    await refused(
      await gql('{ actor(key: "japan", admin: true) { name } }'),
      400,
      /Unknown argument "admin"/,
    );
    await refused(await gql('query($x: Secret) { __typename }'), 400, /Unknown type "Secret"/);
    await refused(
      await gql('{ users { id } }'),
      400,
      /Cannot query field "users" on type "Query"/,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('wrong variable types', async () => {
    const q = 'query($n: Int, $k: String!) { statements(first: $n) { totalCount } actor(key: $k) { name } }';
    await refused(
      await gql(q, { n: 'ten', k: 'japan' }),
      400,
      /Variable "\$n" got invalid value "ten"/,
      'BAD_USER_INPUT',
    );
    await refused(
      await gql(q, { n: 1.5, k: 'japan' }),
      400,
      /Variable "\$n" got invalid value 1.5/,
      'BAD_USER_INPUT',
    );
    await refused(
      await gql(q, { n: 1, k: null }),
      400,
      /Variable "\$k" of non-null type "String!" must not be null/,
    );
    await refused(
      await gql(q, { n: 1, k: { $gt: '' } }),
      400,
      /Variable "\$k" got invalid value/,
      'BAD_USER_INPUT',
    );
    await refused(await gql(q, { n: 1 }), 400, /Variable "\$k" of required type "String!" was not provided/);
    const filter = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';
    await refused(
      await gql(filter, { f: { stances: ['FURIOUS'] } }),
      400,
      /Value "FURIOUS" does not exist/,
      'BAD_USER_INPUT',
    );
    await refused(
      await gql(filter, { f: { drop: 'table' } }),
      400,
      /Field "drop" is not defined/,
      'BAD_USER_INPUT',
    );
  });
});

describe('list sizes and cursors', () => {
  it('first: 2147483647 and other page sizes out of range', async () => {
    // Written in the query, its cost is refused while validating; as a variable, the
    // request is refused by the page-size check before anything runs.
    await refused(
      await gql('{ statements(first: 2147483647) { totalCount } }'),
      400,
      /Cost limit of 100000 exceeded/,
    );
    const q = 'query($n: Int) { statements(first: $n) { totalCount } }';
    for (const n of [2147483647, 101, 0, -1]) {
      await refused(
        await gql(q, { n }),
        400,
        new RegExp(`Argument "first" must be between 1 and 100; got ${n}`),
        'BAD_USER_INPUT',
      );
    }
    await refused(
      await gql('{ statements(first: 2147483648) { totalCount } }'),
      400,
      /Int cannot represent non 32-bit signed integer/,
    );
    await refused(
      await gql(q, { n: 2147483648 }),
      400,
      /Int cannot represent non 32-bit signed integer/,
      'BAD_USER_INPUT',
    );
  });

  it.each([
    ['garbage', 'garbage!'],
    ['base64 of nonsense', Buffer.from('hello').toString('base64url')],
    ['another list', encodeCursor('events', ['2025-01-01', 1])],
    [
      'SQL in a position',
      Buffer.from(JSON.stringify(['statements', "x' OR 1=1 --", 1])).toString('base64url'),
    ],
    ['an object', Buffer.from(JSON.stringify({ list: 'statements' })).toString('base64url')],
    ['2,001 characters', 'A'.repeat(2001)],
  ])('forged cursor: %s', async (_, after) => {
    const res = await gql('query($after: String) { statements(after: $after) { totalCount } }', { after });
    await fieldError(res, /Argument "after" is not a cursor of this list/);
  });

  it('forged cursor: a null byte is refused before running, as in any input', async () => {
    const res = await gql('query($after: String) { statements(after: $after) { totalCount } }', {
      after: 'abc\u0000def',
    });
    await refused(res, 400, /^Variable "\$after" holds a NUL character/, 'BAD_USER_INPUT');
  });
});

describe('text filters: metacharacters are plain text', () => {
  const statementText = 'query($t: String) { statements(filter: { text: $t }) { totalCount nodes { key } } }';
  const searchText =
    'query($t: String!) { search(text: $t) { __typename ... on Actor { key } ... on Statement { key } } }';
  const actorText = 'query($t: String) { actors(filter: { text: $t }) { totalCount } }';

  it.each([
    "'; DROP TABLE statements; --",
    '" OR 1=1 --',
    "') UNION SELECT * FROM sqlite_master --",
    'NEAR()',
  ])('%j matches nothing', async (t) => {
    expect((await answered(await gql(statementText, { t }))).statements).toEqual({
      totalCount: 0,
      nodes: [],
    });
    expect((await answered(await gql(searchText, { t }))).search).toEqual([]);
    expect((await answered(await gql(actorText, { t }))).actors.totalCount).toBe(0);
  });

  it.each(['%', '_', '\\', '*', '"', '^', ':', '-', '()', '\u202E\u200F\u200E', '🇯🇵💥🕊️', '', '   '])(
    '%j has no words: refused naming the text, not an empty answer',
    async (t) => {
      await refused(
        await gql(statementText, { t }),
        400,
        /^Argument "filter\.text" has no words to search for$/,
        'BAD_USER_INPUT',
      );
      await refused(
        await gql(searchText, { t }),
        400,
        /^Argument "text" has no words to search for$/,
        'BAD_USER_INPUT',
      );
      // The actor filter is a substring test on name, aliases and key, not a word search: "-" is
      // in keys ("nikolay-nozdrev"), and an empty text matches every actor.
      const actors = (await answered(await gql(actorText, { t }))).actors.totalCount;
      if (t === '-' || t === '') expect(actors).toBeGreaterThan(0);
      else expect(actors).toBe(0);
    },
  );

  it.each([
    ['NEAR(japan russia)', 'near japan russia'],
    ['japan OR russia', 'japan or russia'],
    ['japan AND NOT russia', 'japan and not russia'],
    ['"japan" russia*', 'japan russia'],
    ['summary:japan', 'summary japan'],
    ['-japan ^nato', 'japan nato'],
    ['\u202Ejapan\u200F', 'japan'],
    ['🇯🇵 japan 💥', 'japan'],
  ])('FTS operators in %j mean the words of %j', async (t, words) => {
    const [a, b] = await Promise.all([gql(searchText, { t }), gql(searchText, { t: words })]);
    expect(await answered(a)).toEqual(await answered(b));
    const [c, d] = await Promise.all([gql(statementText, { t }), gql(statementText, { t: words })]);
    expect(await answered(c)).toEqual(await answered(d));
  });

  it('plain unicode text finds what it names', async () => {
    expect((await answered(await gql(searchText, { t: 'Japan' }))).search.length).toBeGreaterThan(0);
    const data = await answered(await gql(actorText, { t: 'ＪＡＰＡＮ' }));
    expect(data.actors.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('a null byte, in a key or a text, is refused naming it: no stored text holds one', async () => {
    for (const [query, variables, where] of [
      [statementText, { t: 'ja\u0000pan' }, 'Argument "filter.text"'],
      [searchText, { t: 'ja\u0000pan' }, 'Argument "text"'],
      [actorText, { t: '\u0000' }, 'Variable "$t"'],
      ['query($t: String!) { actor(key: $t) { name } }', { t: 'ja\u0000pan' }, 'Variable "$t"'],
    ] as const) {
      const res = await gql(query, variables);
      const message = `${where} holds a NUL character (U+0000), which no stored text contains`;
      await refused(res, 400, new RegExp(`^${message.replace(/[$()+.]/g, '\\$&')}$`), 'BAD_USER_INPUT');
    }
  });

  it('keys with direction marks or emoji name nothing', async () => {
    for (const key of ['\u202Ejapan', 'japan\u200F', 'japan🇯🇵', "japan' --"]) {
      expect(await answered(await gql('query($k: String!) { actor(key: $k) { name } }', { k: key }))).toEqual(
        { actor: null },
      );
    }
  });

  it('a null byte in the query text itself', async () => {
    await refused(
      await gql('{ __typename }\u0000'),
      400,
      /Syntax Error: Unexpected character: U\+0000/,
      'GRAPHQL_PARSE_FAILED',
    );
  });
});

describe('dates', () => {
  const q = 'query($from: PartialDate) { statements(filter: { from: $from }) { totalCount } }';

  it.each([
    ['2025-13', 'month 13; months run 01 to 12'],
    ['2025-02-30', 'day 30; that month has days 01 to 28'],
    ['2025-00', 'month 00; months run 01 to 12'],
    ['2025-04-31', 'day 31; that month has days 01 to 30'],
    ['2023-02-29', 'day 29; that month has days 01 to 28'],
  ])(
    'a partial date that is no calendar date (%s): refused before running, as a year out of range is',
    async (from, why) => {
      const message = new RegExp(
        `Variable "\\$from" got invalid value "${from}"; PartialDate cannot represent "${from}": it has ${why}`,
      );
      await refused(await gql(q, { from }), 400, message, 'BAD_USER_INPUT');
      // Nested in an input object, the field is named too.
      const nested = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';
      await refused(
        await gql(nested, { f: { to: from } }),
        400,
        /at "f\.to"; PartialDate cannot represent/,
        'BAD_USER_INPUT',
      );
    },
  );

  it('a year out of range is the same kind of error', async () => {
    await refused(
      await gql(q, { from: '9999' }),
      400,
      /PartialDate cannot represent "9999": year 9999/,
      'BAD_USER_INPUT',
    );
  });

  it.each(['2025-1', '25', '', '20250101', '2025-04-09T00:00', '2025/04/09', '१९४५', ' 2025'])(
    'a value that is no partial date (%j): refused before running',
    async (from) => {
      await refused(await gql(q, { from }), 400, /PartialDate cannot represent/, 'BAD_USER_INPUT');
    },
  );

  it('as a literal too', async () => {
    const literal = '{ statements(filter: { from: "2025-1" }) { totalCount } }';
    await refused(await gql(literal), 400, /PartialDate cannot represent/, 'GRAPHQL_VALIDATION_FAILED');
    await refused(
      await gql('{ statements(filter: { from: 2025 }) { totalCount } }'),
      400,
      /PartialDate must be a string literal/,
    );
  });
});

describe('bad writes change nothing', () => {
  it('an invalid date in a write is refused before running, naming the input field', async () => {
    const addSource =
      'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field code message } } }';
    const input = { key: 'bad-date', title: 'x', outlet: 'x', publishedAt: '2025-02-30' };
    await refused(
      await gql(addSource, { i: input }, { authorization: `Bearer ${TOKEN}` }),
      400,
      /at "i\.publishedAt"; PartialDate cannot represent "2025-02-30": it has day 30/,
      'BAD_USER_INPUT',
    );
  });

  const addSource =
    'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field code message } } }';
  const auth = { authorization: `Bearer ${TOKEN}` };

  it.each([
    ['an RTL mark in the key', { key: '\u202Ebad-key', title: 'x', outlet: 'x' }],
    ['emoji in the key', { key: 'bad-🔑', title: 'x', outlet: 'x' }],
    ['SQL in the key', { key: "x'); DROP TABLE sources; --", title: 'x', outlet: 'x' }],
    ['a blank title', { key: 'blank-title', title: '   ', outlet: 'x' }],
  ])('%s: a user error, nothing written', async (_, input) => {
    const data = await answered(await gql(addSource, { i: input }, auth));
    expect(data.addSource.source).toBeNull();
    expect(data.addSource.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', expect.any(String)],
    });
  });

  it('a null byte in the key: refused before running, naming the field, nothing written', async () => {
    const input = { key: 'bad\u0000key', title: 'x', outlet: 'x' };
    await refused(
      await gql(addSource, { i: input }, auth),
      400,
      /^Variable "\$i"\.key holds a NUL character/,
    );
  });

  it('a forged or missing token: refused, nothing written', async () => {
    const input = { key: 'forged-token', title: 'x', outlet: 'x' };
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${TOKEN}` },
    ];
    for (const headers of attempts) {
      const data = await answered(await gql(addSource, { i: input }, headers));
      expect(data.addSource).toEqual({
        source: null,
        userErrors: [expect.objectContaining({ code: 'UNAUTHENTICATED', field: null })],
      });
    }
  });
});

describe('afterwards', () => {
  it('the stored data is unchanged', () => {
    expect(contentFingerprint(db)).toEqual(before);
  });

  it('the server still answers a normal query', async () => {
    const data = await answered(await gql('{ actor(key: "japan") { name } stats { actors } }'));
    expect(data.actor.name).toBe('Japan');
    expect(data.stats.actors).toBe(before.counts.actors);
  });
});
