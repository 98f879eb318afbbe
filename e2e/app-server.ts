/**
 * A second instance of the built app, on a free port and over a database of the test's own, for
 * specs that need data the shared e2e database must not hold (it would change what the other
 * specs see). Uses the production build the Playwright web server made.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { seedDatabase } from '../data/ingest/seed';
import { openDatabase, type Db } from '../data/store/open';

export interface AppServer {
  baseURL: string;
  stop(): Promise<void>;
}

/** A seeded database in a fresh temp folder, handed to `fill` before the app opens it. */
export async function seededDatabase(fill: (db: Db) => Promise<void>): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-e2e-own-')), 'faultline.db');
  const db = openDatabase(file);
  try {
    seedDatabase(db);
    await fill(db);
  } finally {
    db.close();
  }
  return file;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer at ${url}:\n${output()}`);
}

/** `next start` over `database` on a free port of 127.0.0.1. */
export async function startAppServer(database: string): Promise<AppServer> {
  const port = await freePort();
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, FAULTLINE_DB: database, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${baseURL}/`, child, () => log);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    baseURL,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
