/**
 * A bounded load test on loopback: autocannon drives the app's Apollo Server (behind the
 * route adapter, on a node:http server on 127.0.0.1) with a mix of dashboard reads and
 * writes for FAULTLINE_LOAD_SECONDS (default 10) at 10 connections. Every response must be
 * a 2xx without GraphQL errors or user errors, and every write the server acknowledged must
 * be readable through the API afterwards.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';

/** The part of autocannon's API used here (the package ships no types). */
interface LoadRequest {
  method: 'POST';
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: { body?: string }) => { body?: string };
  onResponse?: (status: number, body: string) => void;
}
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Number(process.env.FAULTLINE_LOAD_SECONDS ?? 10);
const CONNECTIONS = 10;
const TOKEN = 'load-test-token';
const savedToken = process.env.FAULTLINE_WRITE_TOKEN;

const { db } = freshDatabase();
let api: GraphQLHttpServer;

beforeAll(async () => {
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  // One client (127.0.0.1) makes every write here: lift the per-client rate for the test.
  api = await startGraphQLServer(db, { writeRate: '1000000/min' });
});
afterAll(async () => {
  await api.close();
  if (savedToken === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
  else process.env.FAULTLINE_WRITE_TOKEN = savedToken;
});

const READS: [string, Record<string, unknown>][] = [
  [
    `query Headline { relation(a: "russia", b: "japan") { tension asOf recordCount }
      sanctionRegimes(filter: { imposer: "japan", target: "russia" }) { since packageCount { value bound } counted { designations } }
      stats { actors statements events sources } }`,
    {},
  ],
  [
    `query Walk($first: Int) { statements(first: $first) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { key date stance intensity summary speaker { name } targets { name } } } } }`,
    { first: 20 },
  ],
  [
    `query Relation($a: String!, $b: String!) { relation(a: $a, b: $b) { tension timeline(period: YEAR) { period tension }
      drivers(first: 5) { weight record { __typename ... on Statement { key } ... on Event { key } } } } }`,
    { a: 'russia', b: 'japan' },
  ],
  [
    `query Search($t: String!) { search(text: $t, first: 10) { __typename ... on Actor { key } ... on Statement { key } } }`,
    { t: 'nato japan' },
  ],
  [
    `query Actor { actor(key: "nikolay-nozdrev") { name affiliation { name } statements(first: 10) { totalCount nodes { key } } } }`,
    {},
  ],
  [`query Alliances { alliances { key name members { actor { key } role status } } }`, {}],
];

const ADD_SOURCE = `mutation AddSource($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code message } } }`;
const ADD_STATEMENT = `mutation AddStatement($i: AddStatementInput!) {
  addStatement(input: $i) { statement { id key } userErrors { code message } } }`;

it(
  `serves ${SECONDS} s of mixed reads and writes at ${CONNECTIONS} connections with no errors, every write readable`,
  async () => {
    const problems: string[] = [];
    const sources: string[] = [];
    const statements: string[] = [];
    let n = 0;
    const problem = (what: string) => {
      if (problems.length < 20) problems.push(what);
    };
    const check = (status: number, text: string): Loose => {
      let body: Loose;
      try {
        body = JSON.parse(text);
      } catch {
        problem(`${status}: not JSON: ${text.slice(0, 200)}`);
        return null;
      }
      if (status !== 200 || body.errors)
        problem(`${status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
      return body.data;
    };
    const json = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const auth = { authorization: `Bearer ${TOKEN}` };

    const requests: LoadRequest[] = [
      ...READS.map(([query, variables]) => ({
        method: 'POST' as const,
        body: json(query, variables),
        onResponse: (status: number, text: string) => void check(status, text),
      })),
      {
        method: 'POST',
        headers: auth,
        setupRequest: (request) => {
          const key = `load-source-${(n += 1)}`;
          return {
            ...request,
            body: json(ADD_SOURCE, { i: { key, title: `Load ${key}`, outlet: 'Load test' } }),
          };
        },
        onResponse: (status, text) => {
          const result = check(status, text)?.addSource;
          if (result?.userErrors?.length) problem(`addSource: ${JSON.stringify(result.userErrors)}`);
          else if (result?.source?.key) sources.push(result.source.key);
        },
      },
      {
        method: 'POST',
        headers: auth,
        setupRequest: (request) => ({
          ...request,
          body: json(ADD_STATEMENT, {
            i: {
              speakerKey: 'nikolay-nozdrev',
              targetKeys: ['japan'],
              date: '2025-06-01',
              summary: `Load test statement ${(n += 1)}`,
              stance: 'NEUTRAL',
              intensity: 0,
              verification: 'REPORTED',
              evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'load test' },
            },
          }),
        }),
        onResponse: (status, text) => {
          const result = check(status, text)?.addStatement;
          if (result?.userErrors?.length) problem(`addStatement: ${JSON.stringify(result.userErrors)}`);
          else if (result?.statement?.id) statements.push(result.statement.id);
        },
      },
    ];

    const result = await autocannon({
      url: api.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      headers: { 'content-type': 'application/json' },
      requests,
    });

    console.log(
      `load: ${result.requests.total} requests in ${result.duration.toFixed(1)} s, ${Math.round(result.requests.average)} req/s, ` +
        `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms max ${result.latency.max} ms, ` +
        `non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, ` +
        `writes acknowledged ${sources.length + statements.length} (${sources.length} sources, ${statements.length} statements)`,
    );
    expect(problems).toEqual([]);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(sources.length).toBeGreaterThan(0);
    expect(statements.length).toBeGreaterThan(0);

    // Every acknowledged write, read back through the API.
    const read = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await api.post({ query, variables });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: Loose; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const storedSources = new Set<string>(
      (await read('{ sources { key } }')).sources.map((s: { key: string }) => s.key),
    );
    expect(sources.filter((key) => !storedSources.has(key))).toEqual([]);

    const storedStatements = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page: Loose = (
        await read(
          'query($after: String) { actor(key: "nikolay-nozdrev") { statements(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } }',
          { after },
        )
      ).actor.statements;
      for (const node of page.nodes) storedStatements.add(node.id);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(statements.filter((id) => !storedStatements.has(id))).toEqual([]);
  },
  (SECONDS + 30) * 1000,
);
