/**
 * Errors as clients see them with NODE_ENV=production: an unexpected failure (here, a table
 * dropped from under the server) says only "Internal server error", with no stack, SQL or
 * file path; every error carries extensions.code; "Did you mean ...?" suggestions are gone;
 * status codes follow GraphQL over HTTP. Introspection stays on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { REQUEST_TIMEOUT_MS, startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';

// NODE_ENV is typed read-only (Next's types); the tests set it as a deployment would.
const env = process.env as Record<string, string | undefined>;
const savedEnv = env.NODE_ENV;
const { db } = freshDatabase();
let api: GraphQLHttpServer;

beforeAll(async () => {
  // Before the server is made: Apollo and formatError read it.
  env.NODE_ENV = 'production';
  api = await startGraphQLServer(db);
  // A fault no code path expects: tables gone from a live database.
  db.pragma('foreign_keys = OFF');
  db.exec('DROP TABLE topics; DROP TABLE statement_topics;');
});
afterAll(async () => {
  await api.close();
  env.NODE_ENV = savedEnv;
});

interface Body {
  data?: Loose;
  errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
}

const post = async (query: string, variables?: Record<string, unknown>) => {
  const res = await api.post({ query, variables });
  return { status: res.status, text: await res.text() };
};

/** Nothing in the text that names the database, the code or the machine. */
function expectNoInternals(text: string) {
  for (const leak of [
    /sqlite/i,
    /no such table/i,
    /\bSELECT\b/i,
    /\bFROM\b/,
    /\.ts\b/,
    /\/work\//,
    /node_modules/,
    /stacktrace/,
    /\bat \w+ \(/,
  ]) {
    expect(text).not.toMatch(leak);
  }
}

describe('in production', () => {
  it('an unexpected failure says only that it happened', async () => {
    const { status, text } = await post('{ topics { key label } }');
    expect(status).toBe(200);
    expectNoInternals(text);
    expect(JSON.parse(text)).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['topics'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });

  it('deeper in a query, too, with the rest of the answer kept', async () => {
    const query =
      '{ stats { actors } actor(key: "nikolay-nozdrev") { statements(first: 2) { nodes { topics { key } } } } }';
    const { status, text } = await post(query);
    expect(status).toBe(200);
    expectNoInternals(text);
    const body = JSON.parse(text) as Body;
    expect(body.data.stats.actors).toBeGreaterThan(0);
    expect(body.data.actor).toBeNull();
    expect(body.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('request errors carry no stack trace', async () => {
    for (const query of ['{ __typename', '{ nope }', `{ ${'a: __typename '.repeat(20)}}`]) {
      const { status, text } = await post(query);
      expect(status).toBe(400);
      expectNoInternals(text);
    }
  });

  it('no field suggestions ("Did you mean ...?") for fields, arguments, types or enum values', async () => {
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['{ actor(key: "japan") { nam } }', undefined, 'Cannot query field "nam" on type "Actor".'],
      ['{ actor(kee: "japan") { name } }', undefined, 'Unknown argument "kee" on field "Query.actor".'],
      ['query($x: Strin) { __typename }', undefined, 'Unknown type "Strin".'],
      [
        'query($o: StatementOrder) { statements(orderBy: $o) { totalCount } }',
        { o: { field: 'DAT', direction: 'ASC' } },
        'Variable "$o" got invalid value "DAT" at "o.field"; Value "DAT" does not exist in "StatementOrderField" enum.',
      ],
      [
        '{ statements(orderBy: { field: DAT, direction: ASC }) { totalCount } }',
        undefined,
        'Value "DAT" does not exist in "StatementOrderField" enum.',
      ],
    ];
    for (const [query, variables, message] of cases) {
      const { text } = await post(query, variables);
      expect(text).not.toMatch(/Did you mean/);
      expect((JSON.parse(text) as Body).errors?.[0]?.message).toBe(message);
    }
  });

  it('introspection stays on', async () => {
    const { status, text } = await post('{ __schema { queryType { name } } __type(name: "Actor") { name } }');
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { __schema: { queryType: { name: 'Query' } }, __type: { name: 'Actor' } },
    });
  });
});

describe('every error has a code, and the status the spec gives it', () => {
  const send = (init: RequestInit, search = '') =>
    fetch(`${api.url}${search}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const json = { 'content-type': 'application/json' };
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['bad JSON', () => send({ method: 'POST', headers: json, body: '{' }), 400, 'BAD_REQUEST'],
    [
      'a body over 1 MB',
      () => send({ method: 'POST', headers: json, body: ' '.repeat(1024 * 1024 + 1) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['PUT', () => send({ method: 'PUT', headers: json, body: '{}' }), 405, 'METHOD_NOT_ALLOWED'],
    [
      'a simple-request POST',
      () => send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a batch',
      () => send({ method: 'POST', headers: json, body: '[{"query":"{ __typename }"}]' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a syntax error',
      () => send({ method: 'POST', headers: json, body: '{"query":"{"}' }),
      400,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      'an unknown field',
      () => send({ method: 'POST', headers: json, body: '{"query":"{ x }"}' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a variable of the wrong type',
      () =>
        send({
          method: 'POST',
          headers: json,
          body: '{"query":"query($n: Int) { statements(first: $n) { totalCount } }","variables":{"n":"x"}}',
        }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a GET mutation',
      () => send({ headers: { 'apollo-require-preflight': '1' } }, '?query=mutation%7B__typename%7D'),
      405,
      'BAD_REQUEST',
    ],
    [
      'an argument out of range',
      () =>
        send({ method: 'POST', headers: json, body: '{"query":"{ statements(first: 0) { totalCount } }"}' }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an internal error',
      () => send({ method: 'POST', headers: json, body: '{"query":"{ topics { key } }"}' }),
      200,
      'INTERNAL_SERVER_ERROR',
    ],
  ];

  it.each(cases)('%s', async (_, request, status, code) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await res.json()) as Body;
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors!) expect(error.extensions?.code).toBe(code);
  });
});

describe('outside production, for comparison', () => {
  it('shows the cause, a stack trace and suggestions', async () => {
    env.NODE_ENV = 'development';
    const dev = await startGraphQLServer(db);
    try {
      const internal = (await (await dev.post({ query: '{ topics { key } }' })).json()) as Body;
      expect(internal.errors?.[0]?.message).toMatch(/no such table: topics/);
      expect(internal.errors?.[0]?.extensions?.stacktrace).toBeDefined();
      const suggested = (await (await dev.post({ query: '{ actor(key: "japan") { nam } }' })).json()) as Body;
      expect(suggested.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
    } finally {
      await dev.close();
      env.NODE_ENV = 'production';
    }
  });
});
