/**
 * `npm run analyst` as an administrator runs it: the token `add` prints writes as that
 * analyst, `list` never shows a token, `revoke` stops the token, bad input exits non-zero
 * naming what is wrong.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/store/open';
import { recordWrites } from '../../data/store/writes/records';
import { runSync } from '../../data/store/writes/run-sync';
import { revisionLog } from '../../data/store/writes/revisions';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db: seeded, file } = freshDatabase();
seeded.close();

// node with tsx's loader, as `npm run analyst` runs it, without npx's own start-up each time.
const analyst = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'analyst.ts'), ...args], {
    env: { ...process.env, FAULTLINE_DB: file, FAULTLINE_DATABASE_URL: '' },
    encoding: 'utf8',
  });

const db = openDatabase(file);
const api = testServer(db);
afterAll(async () => {
  await api.stop();
  db.close();
});

const WRITE = `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }`;
const addSource = async (token: string, key: string) =>
  ok(
    await api.query(
      WRITE,
      { i: { key, title: 'CLI test', outlet: 'Test' } },
      { authorization: `Bearer ${token}` },
    ),
  ).addSource;

describe('npm run analyst', () => {
  let token = '';

  it('add prints a token alone on its last line, and that token writes as the analyst', async () => {
    const run = analyst('add', 'Mei Tanaka');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    token = lines.at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(lines.slice(0, -1).join('\n')).toContain('"Mei Tanaka"');
    expect((await addSource(token, 'cli-test-source')).userErrors).toEqual([]);
    const id = runSync(db, recordWrites('sqlite').idOf('sources', 'cli-test-source'))!;
    expect(
      revisionLog(db)
        .of('Source', id)
        .map((r) => r.by),
    ).toEqual(['Mei Tanaka']);
  });

  it('list shows names, when created and revoked, and never a token', () => {
    const run = analyst('list');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^name\s+created\s+status$/m);
    expect(run.stdout).toMatch(/^admin\s+\S+Z\s+active \(token: FAULTLINE_WRITE_TOKEN\)$/m);
    expect(run.stdout).toMatch(/^Mei Tanaka\s+\S+Z\s+active$/m);
    expect(run.stdout).not.toContain(token);
  });

  it('revoke stops the token', async () => {
    const run = analyst('revoke', 'Mei Tanaka');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Revoked analyst "Mei Tanaka"');
    const refused = await addSource(token, 'cli-test-after-revoke');
    expect(refused.source).toBeNull();
    expect(refused.userErrors).toHaveLength(1);
    expect(refused).toEqual(await addSource('a-wrong-token', 'cli-test-after-revoke'));
    expect(runSync(db, recordWrites('sqlite').idOf('sources', 'cli-test-after-revoke'))).toBeUndefined();
    expect(analyst('list').stdout).toMatch(/^Mei Tanaka\s+\S+Z\s+revoked \S+Z$/m);
  });

  it.each([
    [['add'], /"add" needs an analyst's name/],
    [['add', 'mei tanaka'], /the name "Mei Tanaka" is taken/],
    [['add', 'Two', 'Words'], /"add" takes one name; quote a name with spaces: "Two Words"/],
    [['revoke', 'Nobody'], /no analyst is named "Nobody"/],
    [['revoke'], /"revoke" needs an analyst's name/],
    [['rename', 'x'], /unknown command "rename"/],
    [[], /no command given/],
  ])('%j exits 1 naming the fault', (args, message) => {
    const run = analyst(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });
});
