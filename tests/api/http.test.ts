import {
  buildClientSchema,
  getIntrospectionQuery,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { GRAPHQL_URL, ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return api.http(
    new Request(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

function get(
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
) {
  return api.http(new Request(`${GRAPHQL_URL}?${new URLSearchParams(params)}`, { headers }));
}

describe('the HTTP route', () => {
  it('tells browsers and proxies to keep no answer, over GET and POST', async () => {
    const query = '{ statements(first: 1) { totalCount } }';
    for (const res of [await get({ query }), await post({ query })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers a JSON POST with variables', async () => {
    const res = await post({
      query: 'query Actor($key: String!) { actor(key: $key) { name affiliation { key } } }',
      variables: { key: 'nikolay-nozdrev' },
      operationName: 'Actor',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      data: { actor: { name: 'Nikolay Nozdrev', affiliation: { key: 'russia' } } },
    });
  });

  it('answers a GET with the query in the query string', async () => {
    const res = await get({
      query:
        'query($a: String!, $b: String!, $asOf: PartialDate) { relation(a: $a, b: $b, asOf: $asOf) { asOf recordCount } }',
      variables: JSON.stringify({ a: 'russia', b: 'japan', asOf: '2025-11-11' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { relation: { asOf: '2025-11-11', recordCount: 34 } } });
  });

  it('refuses a GET without a preflight header (CSRF prevention) and a mutation over GET', async () => {
    expect((await get({ query: '{ stats { actors } }' }, {})).status).toBe(400);
    const mutation = await get({
      query: 'mutation { addSource(input: { key: "x", title: "x", outlet: "x" }) { userErrors { code } } }',
    });
    expect(mutation.status).toBe(405);
    expect(ok(await api.query('{ source(key: "x") { key } }')).source).toBeNull();
  });

  it('refuses a page size out of range with 400 and a BAD_USER_INPUT error naming the argument', async () => {
    const res = await post({ query: '{ statements(first: 101) { totalCount } }' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/"first"/);
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an invalid query with a validation error', async () => {
    const res = await post({ query: '{ actor(key: "japan") { nonsense } }' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('passes the bearer token through to writes', async () => {
    const saved = process.env.FAULTLINE_WRITE_TOKEN;
    process.env.FAULTLINE_WRITE_TOKEN = 'http-test-token';
    try {
      const query =
        'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }';
      const variables = { i: { key: 'http-test-source', title: 'HTTP test', outlet: 'Test' } };
      const denied = (await (await post({ query, variables })).json()) as { data: { addSource: unknown } };
      expect(denied.data.addSource).toEqual({ source: null, userErrors: [{ code: 'UNAUTHENTICATED' }] });
      const res = await post({ query, variables }, { authorization: 'Bearer http-test-token' });
      expect(await res.json()).toEqual({
        data: { addSource: { source: { key: 'http-test-source' }, userErrors: [] } },
      });
    } finally {
      if (saved === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
      else process.env.FAULTLINE_WRITE_TOKEN = saved;
    }
  });
});

describe('schema introspection over HTTP', () => {
  it('describes every type and field it serves', async () => {
    const res = await post({ query: getIntrospectionQuery() });
    const served = buildClientSchema(((await res.json()) as { data: IntrospectionQuery }).data);
    const undescribed: string[] = [];
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
      }
    }
    expect(undescribed).toEqual([]);
  });
});
