/**
 * Choosing the store's engine and sizing the PostgreSQL pool: bad settings stop the start with
 * the variable and the value named (never a password). No database is needed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeEngine } from '../../data/store/engine';
import { createPool, poolSize } from '../../data/store/pg/pool';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the engine the environment selects', () => {
  it('is SQLite unless FAULTLINE_DATABASE_URL is set', () => {
    expect(storeEngine({})).toBe('sqlite');
    expect(storeEngine({ FAULTLINE_DATABASE_URL: '  ' })).toBe('sqlite');
  });

  it('is PostgreSQL for a postgres:// or postgresql:// URL', () => {
    expect(storeEngine({ FAULTLINE_DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' })).toBe('postgres');
    expect(storeEngine({ FAULTLINE_DATABASE_URL: 'postgresql://db.example.org/faultline' })).toBe('postgres');
  });

  it('refuses any other URL by name, without repeating its password', () => {
    for (const url of ['mysql://admin:s3cret@db/faultline', 'file:.data/faultline.db', 'faultline.db']) {
      expect(() => storeEngine({ FAULTLINE_DATABASE_URL: url })).toThrow(
        /^FAULTLINE_DATABASE_URL must be a postgres/,
      );
      expect(() => storeEngine({ FAULTLINE_DATABASE_URL: url })).not.toThrow(/s3cret/);
    }
    expect(() => storeEngine({ FAULTLINE_DATABASE_URL: 'mysql://admin:s3cret@db/x' })).toThrow(/"mysql:"/);
  });
});

describe('the PostgreSQL pool size', () => {
  it('is 10 unless FAULTLINE_PG_POOL_SIZE says otherwise', () => {
    expect(poolSize(undefined)).toBe(10);
    expect(poolSize('')).toBe(10);
    expect(poolSize('1')).toBe(1);
    expect(poolSize('100')).toBe(100);
  });

  it('refuses anything but a whole number from 1 to 100, naming the variable and the value', () => {
    for (const value of ['0', '101', '-3', '2.5', 'ten', '1e2', '0x10']) {
      expect(() => poolSize(value)).toThrow(
        `FAULTLINE_PG_POOL_SIZE must be a whole number from 1 to 100; got ${JSON.stringify(value)}.`,
      );
    }
  });

  it('stops a pool from being made with a bad size, a bad URL or none', () => {
    vi.stubEnv('FAULTLINE_PG_POOL_SIZE', 'lots');
    expect(() => createPool('postgres://127.0.0.1/faultline')).toThrow(/FAULTLINE_PG_POOL_SIZE .*"lots"/);
    vi.stubEnv('FAULTLINE_PG_POOL_SIZE', '5');
    expect(() => createPool('mysql://127.0.0.1/faultline')).toThrow(
      /^FAULTLINE_DATABASE_URL must be a postgres/,
    );
    vi.stubEnv('FAULTLINE_DATABASE_URL', '');
    expect(() => createPool()).toThrow(/^FAULTLINE_DATABASE_URL is not set/);
    const pool = createPool('postgres://127.0.0.1/faultline');
    expect(pool.options.max).toBe(5);
    return pool.end();
  });
});
