/**
 * Two app servers on one PostgreSQL database, as two processes started with the same
 * FAULTLINE_DATABASE_URL would be: two backends (graphql/backend.ts) on two pools of one seeded
 * schema, each behind the GraphQL HTTP handler. What one writes, the other reads at its next
 * request: a new statement in its list and counts, a correction, a retraction. Writes spread over
 * both meet one limit; a desk session opened on one is read on the other. Within one request, a
 * mutation moves the data version, so what the request reads after it is read past the write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { seedPostgresIfEmpty } from '../../data/store/pg/seed';
import { postgresBackend, type Backend } from '../../graphql/backend';
import { createGraphQLContext } from '../../graphql/context';
import { deskAnalyst, deskSignIn } from '../../graphql/desk-session';
import { createApolloServer } from '../../graphql/server';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { createTestSchema, type TestSchema } from './test-schema';

const SOURCE = 'almayadeen-2025-russia-japan-rift';

let schema: TestSchema;
let backends: Backend[];
let servers: GraphQLHttpServer[];
let token: string;

beforeAll(async () => {
  schema = await createTestSchema();
  await seedPostgresIfEmpty(schema.pool);
  // Each server reads its limit from the environment, as `npm start` does.
  process.env.FAULTLINE_WRITE_RATE = '30/min';
  backends = [schema.pool, schema.anotherPool()].map((pool) => postgresBackend(pool));
  servers = await Promise.all(backends.map((b) => startGraphQLServer(b, { writeLimits: b.limits })));
  token = (await addAnalyst(backends[0]!.accounts, 'Two Servers Analyst')).token;
}, 120_000);
afterAll(async () => {
  await Promise.all((servers ?? []).map((server) => server.close()));
  await schema?.drop();
});

/** The answer's data, failing on any error and naming it. */
async function ask(server: GraphQLHttpServer, query: string, variables = {}, bearer = token): Promise<Loose> {
  const response = await server.post({ query, variables }, { authorization: `Bearer ${bearer}` });
  const body = (await response.json()) as Loose;
  if (response.status !== 200 || body.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

const ADD = `mutation($i: AddStatementInput!) {
  addStatement(input: $i) { statement { id key } userErrors { message } }
}`;
const UPDATE = `mutation($i: UpdateStatementInput!) {
  updateStatement(input: $i) { statement { key } userErrors { message } }
}`;
const RETRACT = `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`;

const RUTTE = `query {
  stats { statements }
  statements(filter: { speakers: ["mark-rutte"] }, first: 100) { totalCount edges { node { key summary stance } } }
}`;

const statementBy = (words: string) => ({
  speakerKey: 'mark-rutte',
  targetKeys: ['russia'],
  date: '2025-07-14',
  quote: words,
  summary: `Rutte said: ${words} (two servers).`,
  stance: 'CRITICAL',
  intensity: -2,
  evidence: { sourceKey: SOURCE, excerpt: `Rutte said: "${words}." Then he left.` },
});

async function added(server: GraphQLHttpServer, words: string): Promise<{ id: string; key: string }> {
  const payload = (await ask(server, ADD, { i: statementBy(words) })).addStatement;
  expect(payload.userErrors).toEqual([]);
  return payload.statement;
}

const rutteOn = async (server: GraphQLHttpServer) => {
  const data = await ask(server, RUTTE);
  return {
    total: data.stats.statements as number,
    count: data.statements.totalCount as number,
    byKey: new Map<string, Loose>(data.statements.edges.map((e: Loose) => [e.node.key, e.node])),
  };
};

describe('two app servers on one PostgreSQL database', () => {
  it('read a statement added on the other at once, in the list and the counts', async () => {
    const [first, second] = servers as [GraphQLHttpServer, GraphQLHttpServer];
    // Read first, so that the second server's counts are cached at the old data version.
    const before = await rutteOn(second);
    const statement = await added(first, 'The alliance stands together');
    const after = await rutteOn(second);
    expect(after.total).toBe(before.total + 1);
    expect(after.count).toBe(before.count + 1);
    expect(after.byKey.get(statement.key)).toMatchObject({
      summary: expect.stringContaining('stands together'),
    });
    expect(before.byKey.has(statement.key)).toBe(false);
  });

  it('read a correction made on the other at once', async () => {
    const [first, second] = servers as [GraphQLHttpServer, GraphQLHttpServer];
    const statement = await added(second, 'We will keep the door open');
    expect((await rutteOn(first)).byKey.get(statement.key)).toMatchObject({ stance: 'CRITICAL' });
    const corrected = (
      await ask(second, UPDATE, {
        i: { id: statement.id, reason: 'Misread: he was hostile.', stance: 'HOSTILE' },
      })
    ).updateStatement;
    expect(corrected.userErrors).toEqual([]);
    expect((await rutteOn(first)).byKey.get(statement.key)).toMatchObject({ stance: 'HOSTILE' });
  });

  it('drop a statement retracted on the other at once', async () => {
    const [first, second] = servers as [GraphQLHttpServer, GraphQLHttpServer];
    const statement = await added(first, 'There is no turning back');
    const held = await rutteOn(second);
    expect(held.byKey.has(statement.key)).toBe(true);
    const retracted = (
      await ask(first, RETRACT, { i: { id: statement.id, reason: 'The outlet withdrew it.' } })
    ).retractRecord;
    expect(retracted).toEqual({ id: statement.id, userErrors: [] });
    const after = await rutteOn(second);
    expect(after.byKey.has(statement.key)).toBe(false);
    expect(after.count).toBe(held.count - 1);
    expect(after.total).toBe(held.total - 1);
  });

  it('make exactly 30 of 40 writes sent to both within a minute, at 30/min', async () => {
    const { token: busy } = await addAnalyst(backends[1]!.accounts, 'Busy Analyst');
    const SOURCE_ADD = `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } } }`;
    // One after another: a burst of tries at once each holds a point of the client's
    // refused-token bucket until judged, and more than its limit of them would lock the client out.
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const response = await servers[i % 2]!.post(
        { query: SOURCE_ADD, variables: { i: { key: `two-servers-${i}`, title: 'Busy', outlet: 'Test' } } },
        { authorization: `Bearer ${busy}` },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    const { rows } = await schema.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM sources WHERE key LIKE 'two-servers-%'",
    );
    expect(rows[0]!.n).toBe(30);
  });

  it('read a desk session opened on the other', async () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7' });
    const signIn = await deskSignIn(token, headers, undefined, backends[0]);
    if (!signIn.ok) throw new Error(signIn.message);
    expect(await deskAnalyst(signIn.sessionId, backends[1])).toMatchObject({ name: 'Two Servers Analyst' });
    expect(await deskAnalyst('no-such-session', backends[1])).toBeNull();
  });
});

describe('one request on the PostgreSQL backend', () => {
  it('reads past its own write: the pair’s cached reading moves with the mutation', async () => {
    const backend = backends[0]!;
    const apollo = createApolloServer({ writeLimits: backend.limits });
    await apollo.start();
    try {
      // One context is one request: a render and the Server Action's write share one.
      const context = {
        ...createGraphQLContext(backend, new Headers()),
        writeAccess: () => Promise.resolve({ analyst: { id: 1, name: 'admin' } }),
      };
      const run = async (query: string, variables = {}) => {
        const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
        const { data, errors } = response.body.singleResult;
        if (errors?.length) throw new Error(errors.map((e) => e.message).join('; '));
        return data as Loose;
      };
      const PAIR = `query { relation(a: "russia", b: "japan") { recordCount } }`;
      const before = (await run(PAIR)).relation.recordCount as number;
      const statement = {
        ...statementBy('Japan will answer for this'),
        speakerKey: 'russia',
        targetKeys: ['japan'],
        date: '2025-11-20',
        stance: 'HOSTILE',
        intensity: -6,
        evidence: { sourceKey: SOURCE, excerpt: 'It said: "Japan will answer for this."' },
      };
      const payload = (await run(ADD, { i: statement })).addStatement;
      expect(payload.userErrors).toEqual([]);
      expect((await run(PAIR)).relation.recordCount).toBe(before + 1);
    } finally {
      await apollo.stop();
    }
  });
});
