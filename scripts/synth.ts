/**
 * `npm run data:synth -- --statements N --events N --designations N`: adds a synthetic
 * dataset to FAULTLINE_DB (seeding it first when new), for benchmarks at scale. With
 * FAULTLINE_DATABASE_URL set, it fills that PostgreSQL database instead, which must be empty:
 * the seed and the synthetic records, copied in one transaction (data/store/pg/synth.ts).
 * `--indexes keep|suspend|auto` (default auto) says whether the load drops the indexes of the
 * tables it fills and builds them at its end (data/synth/load.ts), to measure both ways.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '../data/store/open';
import { loadSynthetic, type IndexPolicy, type SynthProgress } from '../data/synth/load';
import { storeEngine } from '../data/store/engine';
import { createPool } from '../data/store/pg/pool';
import { synthIntoPostgres } from '../data/store/pg/synth';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '1000' },
    events: { type: 'string', default: '200' },
    designations: { type: 'string', default: '500' },
    indexes: { type: 'string', default: 'auto' },
  },
});

function count(name: keyof typeof values): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number ≥ 0; got "${values[name]}"`);
    process.exit(2);
  }
  return n;
}

const POLICIES: readonly string[] = ['auto', 'suspend', 'keep'] satisfies IndexPolicy[];
if (!POLICIES.includes(values.indexes)) {
  console.error(`--indexes must be one of ${POLICIES.join(', ')}; got "${values.indexes}"`);
  process.exit(2);
}
const indexes = values.indexes as IndexPolicy;

const counts = {
  statements: count('statements'),
  events: count('events'),
  designations: count('designations'),
};
const started = Date.now();
let lastDraw = 0;

function progress({ phase, done, total }: SynthProgress) {
  if (!process.stderr.isTTY) return;
  const now = Date.now();
  if (now - lastDraw < 200 && done < total) return;
  lastDraw = now;
  const share = total ? done / total : 1;
  const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.');
  process.stderr.write(
    `\r${phase.padEnd(12)} [${bar}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}   `,
  );
  if (done >= total) process.stderr.write('\n');
}

const summary = `${counts.statements} statements, ${counts.events} events, ${counts.designations} designations`;

async function intoSqlite(): Promise<void> {
  const file = databasePath();
  const db = openDatabase(file);
  try {
    await loadSynthetic(db, counts, progress, indexes);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  console.log(`Loaded ${summary} into ${file} in ${seconds()} s; database ${megabytes.toFixed(1)} MB`);
}

async function intoPostgres(): Promise<void> {
  const pool = createPool();
  try {
    const copied = await synthIntoPostgres(pool, counts, progress, indexes);
    const rows = Object.values(copied).reduce((sum, n) => sum + n, 0);
    console.log(
      `Loaded ${summary} into PostgreSQL (${rows.toLocaleString('en-US')} rows copied) in ${seconds()} s`,
    );
  } finally {
    await pool.end();
  }
}

const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

try {
  await (storeEngine() === 'postgres' ? intoPostgres() : intoSqlite());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
