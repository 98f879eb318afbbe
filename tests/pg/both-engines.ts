/**
 * One API over a seeded SQLite database and another over the same records moved into a fresh
 * PostgreSQL schema, for tests that compare the two engines' answers; set up before the file's
 * tests and dropped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../data/store/open';
import { createPostgresStore } from '../../data/store/store';
import { testServer, type TestServer } from '../helpers/graphql';
import { migratedSchema } from './migrated-schema';

export interface BothEngines {
  sqlite: TestServer;
  postgres: TestServer;
}

/** Servers on `db` and on its copy in PostgreSQL, ready once the file's `beforeAll` has run. */
export function apiOnBothEngines(db: Db): BothEngines {
  const engines = {} as BothEngines;
  const schema = migratedSchema(db);
  beforeAll(() => {
    engines.sqlite = testServer(db);
    engines.postgres = testServer(db, createPostgresStore(schema.pool));
  });
  // Registered after the schema's own afterAll, so it runs before it: servers stop, then the schema goes.
  afterAll(async () => {
    await Promise.all([engines.sqlite?.stop(), engines.postgres?.stop()]);
  });
  return engines;
}
