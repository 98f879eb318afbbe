/** The pool on a real database: its size as configured, and counts read as numbers. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPool } from '../../data/store/pg/pool';
import { createTestSchema, type TestSchema } from './test-schema';

describe('the PostgreSQL pool', () => {
  let schema: TestSchema;
  beforeAll(async () => {
    schema = await createTestSchema();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await schema?.drop();
  });

  it('reads count(*) and other int8 values as numbers', async () => {
    const { rows } = await schema.pool.query(
      'SELECT count(*) AS n, 9007199254740991::int8 AS biggest FROM pg_class',
    );
    expect(typeof rows[0].n).toBe('number');
    expect(rows[0].n).toBeGreaterThan(0);
    expect(rows[0].biggest).toBe(Number.MAX_SAFE_INTEGER);
    await expect(schema.pool.query('SELECT 9007199254740993::int8 AS n')).rejects.toThrow(
      /9007199254740993 does not fit/,
    );
  });

  it('opens at most FAULTLINE_PG_POOL_SIZE connections', async () => {
    vi.stubEnv('FAULTLINE_PG_POOL_SIZE', '2');
    const pool = createPool(schema.url);
    try {
      expect(pool.options.max).toBe(2);
      const busy = await Promise.all(
        [1, 2, 3, 4].map(() => pool.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)')),
      );
      expect(new Set(busy.map((r) => r.rows[0].pid)).size).toBeLessThanOrEqual(2);
      expect(pool.totalCount).toBeLessThanOrEqual(2);
    } finally {
      await pool.end();
    }
  });
});
