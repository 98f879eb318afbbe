/**
 * The query plans behind each benchmark case: the case runs once in-process on the bench
 * database, every SELECT it prepares is captured, and SQLite's plan for it is read back,
 * for docs/performance.md.
 */
import type { Db } from '../../data/store/open';
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
