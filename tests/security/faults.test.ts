/**
 * Faults: a dataset load or an FtM import killed with SIGKILL inside its transaction leaves
 * the database as it was (same content fingerprint) and intact (integrity_check ok); a
 * database another connection keeps locked gives writers a clear, retryable DATABASE_BUSY;
 * a restart on an existing database neither re-seeds it nor loses written records.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIfNew } from '../../data/ingest/seed';
import { busyTimeoutMs, openDatabase } from '../../data/store/open';
import { DATABASE_BUSY_MESSAGE } from '../../graphql/write-access';
import { contentFingerprint, freshDatabase, seedCopy, tempDir } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { expectStillAnswering } from '../helpers/liveness';

const SCRIPT = path.join(import.meta.dirname, 'fixtures', 'interrupted-write.ts');

function integrity(file: string): string {
  const db = new Database(file);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function fingerprintOf(file: string) {
  const db = openDatabase(file);
  try {
    return contentFingerprint(db);
  } finally {
    db.close();
  }
}

/**
 * Runs the fixture script on `file` and kills it with SIGKILL once `inside()` says its
 * transaction is under way. Resolves with what it printed; fails if it finished first.
 */
function killMidway(args: string[], inside: (output: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    // `npx tsx` without npx's start-up: node with tsx's loader. Its own process group
    // (detached), so that one kill reaches it and anything it starts.
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let errors = '';
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      clearInterval(poll);
      // The whole group at once, as a crash or `kill -9` on the writer would.
      process.kill(-child.pid!, 'SIGKILL');
    };
    const check = () => {
      if (!killed && inside(output)) kill();
    };
    const poll = setInterval(check, 5);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (output.includes('done')) reject(new Error(`the write finished before it was killed:\n${output}`));
      else if (signal === 'SIGKILL' && killed) resolve(output);
      else reject(new Error(`the script stopped by itself (${code ?? signal}):\n${output}${errors}`));
    });
  });
}

describe('SIGKILL in the middle of a write', () => {
  it('a dataset load: the database is as it was, and intact', async () => {
    const { db, file } = freshDatabase();
    const before = contentFingerprint(db);
    db.close();
    // The seed plus 60,000 sources: one transaction of several seconds, spilling to the WAL.
    const dir = seedCopy();
    const sourcesFile = path.join(dir, 'sources.json');
    const sources = JSON.parse(fs.readFileSync(sourcesFile, 'utf8')) as unknown[];
    for (let i = 0; i < 60_000; i += 1) {
      sources.push({ key: `fault-source-${i}`, title: `Fault test source ${i}`, outlet: 'Fault test' });
    }
    fs.writeFileSync(sourcesFile, JSON.stringify(sources));
    const wal = `${file}-wal`;
    const walSize = () => (fs.existsSync(wal) ? fs.statSync(wal).size : 0);
    // Nothing else writes: a WAL past 512 KiB holds the load's uncommitted pages.
    await killMidway(['dataset', file, dir], () => walSize() > 512 * 1024);
    expect(walSize()).toBeGreaterThan(512 * 1024);
    expect(integrity(file)).toBe('ok');
    expect(fingerprintOf(file)).toEqual(before);
  });

  it('an FtM import: the database is as it was, and intact', async () => {
    const { db, file } = freshDatabase();
    const before = contentFingerprint(db);
    db.close();
    // 40,000 designations of 40,000 people: written 1,000 at a time in one transaction.
    const ftm = path.join(tempDir('faultline-ftm-'), 'large.entities.ftm.json');
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i += 1) {
      const seen = { datasets: ['fault_test'], last_seen: '2025-06-01T00:00:00' };
      lines.push(
        JSON.stringify({
          id: `FT-P-${i}`,
          schema: 'Person',
          caption: `Person ${i}`,
          properties: { country: ['ru'] },
          ...seen,
        }),
        JSON.stringify({
          id: `FT-S-${i}`,
          schema: 'Sanction',
          properties: {
            country: ['jp'],
            entity: [`FT-P-${i}`],
            authority: ['Fault test'],
            startDate: ['2024-01-01'],
          },
          ...seen,
        }),
      );
    }
    fs.writeFileSync(ftm, lines.join('\n') + '\n');
    const output = await killMidway(['ftm', file, ftm], (out) => /writing \d+/.test(out));
    expect(output).toMatch(/writing \d+/);
    expect(integrity(file)).toBe('ok');
    expect(fingerprintOf(file)).toEqual(before);
  });
});

describe('a locked database', () => {
  const TOKEN = 'busy-token';
  const saved = process.env.FAULTLINE_WRITE_TOKEN;
  let api: GraphQLHttpServer;
  let file: string;

  beforeAll(async () => {
    process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
    const fresh = freshDatabase();
    file = fresh.file;
    fresh.db.close();
    api = await startGraphQLServer(openDatabase(file, { busyTimeoutMs: 100 }), { writeRate: '1000/min' });
  });
  afterAll(async () => {
    await api.close();
    if (saved === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
    else process.env.FAULTLINE_WRITE_TOKEN = saved;
  });

  it('reads FAULTLINE_BUSY_TIMEOUT_MS', () => {
    expect(busyTimeoutMs(undefined)).toBe(5000);
    expect(busyTimeoutMs('250')).toBe(250);
    expect(busyTimeoutMs('soon')).toBe(5000);
    const saved = process.env.FAULTLINE_BUSY_TIMEOUT_MS;
    process.env.FAULTLINE_BUSY_TIMEOUT_MS = '123';
    try {
      const db = openDatabase(path.join(tempDir(), 'busy.db'));
      expect(db.pragma('busy_timeout', { simple: true })).toBe(123);
      db.close();
    } finally {
      if (saved === undefined) delete process.env.FAULTLINE_BUSY_TIMEOUT_MS;
      else process.env.FAULTLINE_BUSY_TIMEOUT_MS = saved;
    }
  });

  it('a write gets DATABASE_BUSY, retryable, while another connection holds the write lock; the retry succeeds', async () => {
    const query =
      'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }';
    const variables = { i: { key: 'busy-source', title: 'Busy', outlet: 'Test' } };
    const headers = { authorization: `Bearer ${TOKEN}` };
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const res = await api.post({ query, variables }, headers);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: Loose; errors: { message: string; extensions: Loose }[] };
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.message).toBe(DATABASE_BUSY_MESSAGE);
      expect(body.errors[0]!.message).toMatch(/retry/i);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'DATABASE_BUSY', retryable: true });
      expect(JSON.stringify(body)).not.toMatch(/SQLITE|locked/i);
      // Reads go on meanwhile (WAL: readers do not wait for the writer).
      const read = await api.post({
        query: '{ source(key: "almayadeen-2025-russia-japan-rift") { outlet } }',
      });
      expect(await read.json()).toEqual({ data: { source: { outlet: 'Al Mayadeen English' } } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const retry = await api.post({ query, variables }, headers);
    expect(await retry.json()).toEqual({
      data: { addSource: { source: { key: 'busy-source' }, userErrors: [] } },
    });
  });
});

describe('a write that meets a lock another process releases', () => {
  const TOKEN = 'wait-token';
  const saved = process.env.FAULTLINE_WRITE_TOKEN;
  let api: GraphQLHttpServer;
  let file: string;

  beforeAll(async () => {
    process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
    const fresh = freshDatabase();
    file = fresh.file;
    fresh.db.close();
    // The documented wait (5 s): far longer than the other process holds its lock.
    api = await startGraphQLServer(openDatabase(file, { busyTimeoutMs: 5_000 }), { writeRate: '1000/min' });
  });
  afterAll(async () => {
    await api.close();
    if (saved === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
    else process.env.FAULTLINE_WRITE_TOKEN = saved;
  });

  it('waits for it and succeeds, instead of failing at once with DATABASE_BUSY', async () => {
    // Another process takes the write lock, writes, and commits a moment later: a deferred
    // transaction would have read a snapshot the commit makes stale, and SQLite fails such a
    // transaction at once; an immediate one waits for the lock and then writes.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]);
         db.exec('BEGIN IMMEDIATE');
         db.prepare("UPDATE sources SET title = title || ' ' WHERE id = (SELECT min(id) FROM sources)").run();
         process.stdout.write('locked\\n');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 400);`,
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const query =
      'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }';
    const res = await api.post(
      { query, variables: { i: { key: 'waited-source', title: 'Waited', outlet: 'Test' } } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(await res.json()).toEqual({
      data: { addSource: { source: { key: 'waited-source' }, userErrors: [] } },
    });
    await new Promise((resolve) => holder.once('exit', resolve));
    await expectStillAnswering(api.url);
  });
});

describe('a restart', () => {
  it('seeds a new database, then neither re-seeds it nor loses what was written', () => {
    const file = path.join(tempDir(), 'restart.db');
    const first = seedIfNew(file);
    expect(first?.actors.created).toBeGreaterThan(0);

    // Life between restarts: an analyst's write, and a seeded record edited in place.
    const db = openDatabase(file);
    db.prepare(
      "INSERT INTO sources (key, title, outlet, origin, content_hash) VALUES ('written-between', 'W', 'W', 'api', 'x')",
    ).run();
    db.prepare("UPDATE actors SET name = 'Japan (edited)' WHERE key = 'japan'").run();
    const before = contentFingerprint(db);
    db.close();

    for (let restart = 0; restart < 2; restart += 1) expect(seedIfNew(file)).toBeNull();

    const after = openDatabase(file);
    try {
      expect(contentFingerprint(after)).toEqual(before);
      expect(after.prepare("SELECT name FROM actors WHERE key = 'japan'").pluck().get()).toBe(
        'Japan (edited)',
      );
      expect(after.prepare("SELECT count(*) FROM sources WHERE key = 'written-between'").pluck().get()).toBe(
        1,
      );
    } finally {
      after.close();
    }
  });

  it('seeds an existing but empty database (a file with no records)', () => {
    const file = path.join(tempDir(), 'empty.db');
    openDatabase(file).close();
    expect(seedIfNew(file)?.actors.created).toBeGreaterThan(0);
  });
});
