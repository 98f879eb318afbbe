/**
 * The schema most PostgreSQL test files work in: made and migrated before the calling file's (or
 * describe block's) tests, holding a copy of a SQLite database's records when given one, dropped
 * after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../data/store/open';
import { type TestSchema, createMigratedSchema } from './test-schema';

/**
 * The schema, made by a beforeAll registered here: hooks registered before this call may fill
 * `copyOf` first, and tests and later hooks read the schema. The afterAll drops it.
 */
export function migratedSchema(copyOf?: Db): Omit<TestSchema, 'drop'> {
  let made: TestSchema | undefined;
  const current = () => {
    if (!made) throw new Error('The test schema is made in beforeAll: read it in a test or a later hook.');
    return made;
  };
  beforeAll(async () => {
    made = await createMigratedSchema(copyOf);
  });
  afterAll(async () => {
    await made?.drop();
  });
  return {
    get name() {
      return current().name;
    },
    get url() {
      return current().url;
    },
    get pool() {
      return current().pool;
    },
    anotherPool: () => current().anotherPool(),
  };
}
