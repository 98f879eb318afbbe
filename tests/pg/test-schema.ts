/**
 * Each PostgreSQL test file works in a schema of its own in the database that
 * FAULTLINE_TEST_DATABASE_URL names, so files run in parallel; the schema is dropped after.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../../data/store/open';
import { createPool } from '../../data/store/pg/pool';
import { migrate } from '../../data/store/pg/migrate';
import { transferToPostgres } from '../../data/store/pg/transfer';

const VARIABLE = 'FAULTLINE_TEST_DATABASE_URL';

export interface TestSchema {
  name: string;
  /** The test database's URL with this schema as the search path of every connection. */
  url: string;
  /** A pool whose connections see this schema first. */
  pool: pg.Pool;
  /** Another pool on the schema (a second server); closed by drop(). */
  anotherPool(): pg.Pool;
  drop(): Promise<void>;
}

export async function createTestSchema(): Promise<TestSchema> {
  const base = process.env[VARIABLE];
  if (!base) throw new Error(`${VARIABLE} is not set: the PostgreSQL tests need a database.`);
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = createPool(base, VARIABLE);
  await admin.query(`CREATE SCHEMA ${name}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${name}`);
  const pools = [createPool(url.toString(), VARIABLE)];
  return {
    name,
    url: url.toString(),
    pool: pools[0]!,
    anotherPool() {
      const pool = createPool(url.toString(), VARIABLE);
      pools.push(pool);
      return pool;
    },
    async drop() {
      await Promise.all(pools.map((pool) => pool.end()));
      await admin.query(`DROP SCHEMA ${name} CASCADE`);
      await admin.end();
    },
  };
}

/**
 * A schema migrated to the newest migration, holding a copy of `copyOf`'s records when given;
 * dropped again if either step fails.
 */
export async function createMigratedSchema(copyOf?: Db): Promise<TestSchema> {
  const schema = await createTestSchema();
  try {
    await migrate(schema.pool);
    if (copyOf) await transferToPostgres(copyOf, schema.pool);
  } catch (error) {
    await schema.drop();
    throw error;
  }
  return schema;
}
