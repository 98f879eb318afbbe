import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLHandler, MAX_BODY_BYTES } from '@/graphql/http-adapter';

const server = new ApolloServer({
  typeDefs: 'type Query { hello(name: String): String } type Mutation { touch: Boolean }',
  resolvers: {
    Query: { hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? 'world'}` },
    Mutation: { touch: () => true },
  },
});
const handler = createGraphQLHandler(
  async () => server,
  () => ({}),
);
const URL_BASE = 'http://localhost/api/graphql';

function post(body: string, contentType = 'application/json'): Promise<Response> {
  return handler(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': contentType }, body }));
}

beforeAll(() => server.start());
afterAll(() => server.stop());

describe('createGraphQLHandler', () => {
  it('answers a JSON POST', async () => {
    const res = await post(JSON.stringify({ query: '{ hello }' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'hello world' } });
  });

  it('accepts application/json with a charset parameter', async () => {
    const res = await post(
      JSON.stringify({ query: 'query($n: String) { hello(name: $n) }', variables: { n: 'Tokyo' } }),
      'Application/JSON; charset=utf-8',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'hello Tokyo' } });
  });

  it('answers a GET with the query in the search string', async () => {
    const search = new URLSearchParams({ query: '{ hello(name: "Moscow") }' });
    const res = await handler(
      new Request(`${URL_BASE}?${search}`, { headers: { 'apollo-require-preflight': 'true' } }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'hello Moscow' } });
  });

  it('refuses malformed JSON with 400 and a GraphQL-style error', async () => {
    const res = await post('{"query": "{ hello }"');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/JSON/);
  });

  it('refuses a body over 1 MB with 413', async () => {
    const query = `{ hello(name: "${'x'.repeat(MAX_BODY_BYTES)}") }`;
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it('refuses a declared content-length over 1 MB before reading', async () => {
    const req = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
      body: '{}',
    });
    expect((await handler(req)).status).toBe(413);
  });

  it('refuses an oversized body streamed without a content-length', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never ends on its own: the adapter must stop reading at the cap.
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const req = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    const res = await handler(req);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(MAX_BODY_BYTES * 2);
  });

  it('refuses a mutation over GET with 405', async () => {
    const search = new URLSearchParams({ query: 'mutation { touch }' });
    const res = await handler(
      new Request(`${URL_BASE}?${search}`, { headers: { 'apollo-require-preflight': 'true' } }),
    );
    expect(res.status).toBe(405);
  });

  it('refuses other methods with 405 and an Allow header', async () => {
    const res = await handler(new Request(URL_BASE, { method: 'HEAD' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  it('refuses a text/plain POST as a possible CSRF with 400', async () => {
    const res = await post(JSON.stringify({ query: '{ hello }' }), 'text/plain');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });
});
