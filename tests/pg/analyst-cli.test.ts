/**
 * `npm run analyst` with FAULTLINE_DATABASE_URL set keeps the analysts of that PostgreSQL
 * database: the token `add` prints authenticates there, `list` never shows it, `revoke` stops it,
 * and a name taken in another case is refused as on SQLite.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../data/ingest/analysts';
import { postgresAccounts } from '../../data/store/pg/accounts';
import { migratedSchema } from './migrated-schema';

const schema = migratedSchema();

// node with tsx's loader, as `npm run analyst` runs it; FAULTLINE_DB names a file never made.
const analyst = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'analyst.ts'), ...args], {
    env: { ...process.env, FAULTLINE_DATABASE_URL: schema.url, FAULTLINE_DB: '/nonexistent/faultline.db' },
    encoding: 'utf8',
  });

describe('npm run analyst on PostgreSQL', () => {
  it('adds, lists and revokes the analysts of the database FAULTLINE_DATABASE_URL names', async () => {
    const added = analyst('add', 'Mei Tanaka');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const token = added.stdout.trimEnd().split('\n').at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const accounts = postgresAccounts(schema.pool);
    expect(await authenticate(accounts, token, undefined)).toEqual({
      analyst: { id: expect.any(Number), name: 'Mei Tanaka' },
    });

    const listed = analyst('list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^admin\s+\S+Z\s+active \(token: FAULTLINE_WRITE_TOKEN\)$/m);
    expect(listed.stdout).toMatch(/^Mei Tanaka\s+\S+Z\s+active$/m);
    expect(listed.stdout).not.toContain(token);

    const again = analyst('add', 'MEI TANAKA');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/the name "Mei Tanaka" is taken/);

    expect(analyst('revoke', 'mei tanaka').stdout).toContain('Revoked analyst "Mei Tanaka"');
    expect(await authenticate(accounts, token, undefined)).toMatchObject({ analyst: null });
    expect(analyst('list').stdout).toMatch(/^Mei Tanaka\s+\S+Z\s+revoked \S+Z$/m);
  });
});
