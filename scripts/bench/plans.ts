/**
 * The query plans behind each benchmark case: the case runs once in-process on the bench
 * database, every SELECT it prepares is captured, and SQLite's plan for it is read back,
 * for docs/performance.md; on PostgreSQL, the same from the queries its pool is sent.
 */
import type pg from 'pg';
import type { Db } from '../../data/store/open';
import { postgresBackend } from '../../graphql/backend';
import { createGraphQLContext } from '../../graphql/context';
import { createApolloServer } from '../../graphql/server';
import type { BenchCase } from './cases';

export interface CasePlans {
  name: string;
  plans: { sql: string; plan: string[] }[];
}

function explain(db: Db, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

export async function queryPlans(db: Db, cases: BenchCase[]): Promise<CasePlans[]> {
  const server = createApolloServer();
  await server.start();
  const prepare = db.prepare.bind(db);
  const seen = new Set<string>();
  db.prepare = ((sql: string) => {
    if (/^\s*SELECT/i.test(sql)) seen.add(sql.replace(/\s+/g, ' ').trim());
    return prepare(sql);
  }) as Db['prepare'];
  const result: CasePlans[] = [];
  try {
    for (const c of cases) {
      seen.clear();
      await server.executeOperation(
        { query: c.query, variables: c.variables },
        { contextValue: createGraphQLContext(db, new Headers()) },
      );
      const sqls = [...seen].filter((sql) => !/^SELECT id FROM (actors|topics) WHERE key/.test(sql));
      result.push({ name: c.name, plans: sqls.map((sql) => ({ sql, plan: explain(db, sql) })) });
    }
  } finally {
    db.prepare = prepare;
    await server.stop();
  }
  return result;
}

/**
 * PostgreSQL's plans for the same cases: every SELECT the store sends (with its values) is
 * captured from the pool and explained with those values. Each case runs on a backend of its
 * own, so no answer comes from a cache another case filled.
 */
export async function postgresQueryPlans(pool: pg.Pool, cases: BenchCase[]): Promise<CasePlans[]> {
  const server = createApolloServer();
  await server.start();
  const query = pool.query.bind(pool);
  const seen = new Map<string, unknown[]>();
  pool.query = ((config: unknown, values?: unknown[]) => {
    const sent = typeof config === 'string' ? { text: config, values } : (config as pg.QueryConfig);
    if (/^\s*SELECT/i.test(sent.text)) seen.set(sent.text.replace(/\s+/g, ' ').trim(), sent.values ?? []);
    return query(config as string, values);
  }) as pg.Pool['query'];
  const result: CasePlans[] = [];
  try {
    for (const c of cases) {
      seen.clear();
      await server.executeOperation(
        { query: c.query, variables: c.variables },
        { contextValue: createGraphQLContext(postgresBackend(pool), new Headers()) },
      );
      const plans = [];
      for (const [sql, values] of seen) {
        const explained = await query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, values);
        plans.push({ sql, plan: explained.rows.map((r) => r['QUERY PLAN']) });
      }
      result.push({ name: c.name, plans });
    }
  } finally {
    pool.query = query;
    await server.stop();
  }
  return result;
}
