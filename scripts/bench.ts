/**
 * `npm run bench`: the production build under autocannon on loopback, each dashboard
 * query against the framework floor (`{ __typename }` through the same route), on a
 * database of BENCH_STATEMENTS / BENCH_EVENTS / BENCH_DESIGNATIONS synthetic records
 * (defaults 1,000,000 / 200,000 / 500,000), built once and kept at BENCH_DB.
 * The cases are drawn from the data (scripts/bench/picks.ts); the first answers after the
 * start are timed as the cold case; a month series summed over its periods must equal the
 * list's totalCount. Results print as a table and go to bench-results/latest.json.
 *
 * With FAULTLINE_DATABASE_URL set, the same run then measures the PostgreSQL database it names
 * (filled by data:synth with the same counts when it holds no records): the same cases, drawn
 * from the SQLite database, which holds the same records under the same ids, each engine
 * beside its own floor, and one table with both side by side.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storeEngine } from '../data/store/engine';
import { createPool } from '../data/store/pg/pool';
import { openDatabase } from '../data/store/open';
import { benchCases } from './bench/cases';
import { type EngineRun, measureEngine } from './bench/measure';
import { dataPicks } from './bench/picks';
import { postgresQueryPlans, queryPlans } from './bench/plans';
import { COUNTS_SQL, preparePostgres, type PostgresData } from './bench/postgres';
import { engineTable, plansMarkdown, sideBySideTable } from './bench/report';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const file = process.env.BENCH_DB ?? path.join(os.tmpdir(), 'faultline-bench.db');
const PORT = env('BENCH_PORT', 3200);
const DURATION = env('BENCH_SECONDS', 10);
const WARM_UP_SECONDS = env('BENCH_WARM_UP_SECONDS', 3);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
// Checked before anything is built or loaded: a URL of the wrong kind is an error, not SQLite.
const postgresUrl = storeEngine() === 'postgres' ? process.env.FAULTLINE_DATABASE_URL!.trim() : null;
// Every child is told its store explicitly: the SQLite run and load must not reach PostgreSQL.
const sqliteEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
delete sqliteEnv.FAULTLINE_DATABASE_URL;
const postgresEnv = { ...sqliteEnv, FAULTLINE_DATABASE_URL: postgresUrl ?? '' };
const synthArgs = [
  'tsx',
  'scripts/synth.ts',
  `--statements=${env('BENCH_STATEMENTS', 1_000_000)}`,
  `--events=${env('BENCH_EVENTS', 200_000)}`,
  `--designations=${env('BENCH_DESIGNATIONS', 500_000)}`,
];

function run(command: string, args: string[], childEnv: NodeJS.ProcessEnv = sqliteEnv) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnv });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

if (!fs.existsSync('.next/BUILD_ID')) run('npm', ['run', 'build']);

let load: { seconds: number; megabytes: number } | null = null;
if (!fs.existsSync(file)) {
  const started = Date.now();
  run('npx', synthArgs, { ...sqliteEnv, FAULTLINE_DB: file });
  load = { seconds: (Date.now() - started) / 1000, megabytes: fs.statSync(file).size / 1024 / 1024 };
}

let postgres: PostgresData | null = null;
if (postgresUrl) {
  postgres = await preparePostgres(postgresUrl, () => run('npx', synthArgs, postgresEnv));
  console.log(
    postgres.synthSeconds !== null
      ? `PostgreSQL: filled by data:synth in ${postgres.synthSeconds.toFixed(0)} s`
      : 'PostgreSQL: the database holds records; measured as it is, not loaded again',
  );
}

const db = openDatabase(file);
const picks = dataPicks(db);
const cases = benchCases(db, picks);
const plannedCases = cases.filter((c) => c.query !== '{ __typename }');
const plans = await queryPlans(db, plannedCases);
const counts = db.prepare(COUNTS_SQL).get();
db.close();

/** A query the plans' run sends may take at most this long: its plan is still read. */
const PLAN_RUN_TIMEOUT_MS = 30_000;

async function postgresPlans(url: string) {
  const bounded = new URL(url);
  bounded.searchParams.set(
    'options',
    `${bounded.searchParams.get('options') ?? ''} -c statement_timeout=${PLAN_RUN_TIMEOUT_MS}`.trim(),
  );
  const pool = createPool(bounded.toString());
  try {
    return await postgresQueryPlans(pool, plannedCases);
  } finally {
    await pool.end();
  }
}
const plansOnPostgres = postgresUrl ? await postgresPlans(postgresUrl) : null;
if (postgres && JSON.stringify(postgres.counts) !== JSON.stringify(counts))
  console.warn(
    `PostgreSQL holds other counts than SQLite (${JSON.stringify(postgres.counts)} against ${JSON.stringify(counts)}): the cases, drawn from SQLite, may not be its worst ones`,
  );

const measure = (label: string | undefined, serverEnv: NodeJS.ProcessEnv) =>
  measureEngine({
    label,
    env: serverEnv,
    port: PORT,
    cases,
    picks,
    connections: CONNECTIONS,
    seconds: DURATION,
    warmUpSeconds: WARM_UP_SECONDS,
  });

const sqlite = await measure(postgres ? 'SQLite' : undefined, { ...sqliteEnv, FAULTLINE_DB: file });
const postgresRun: EngineRun | null = postgres ? await measure('PostgreSQL', postgresEnv) : null;

const cpu = os.cpus();
const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const loadAverageOf = (r: EngineRun) =>
  `load average ${r.load.start.toFixed(1)} at the start, ${r.load.end.toFixed(1)} at the end`;
const loadAverage = loadAverageOf(sqlite);
console.log(
  `\n${machine}; ${loadAverage}; ${JSON.stringify(counts)}; ${CONNECTIONS} connections, ${DURATION} s each`,
);
if (postgresRun && postgres) {
  console.log(`PostgreSQL: ${loadAverageOf(postgresRun)}; ${JSON.stringify(postgres.counts)}\n`);
  console.log(sideBySideTable(sqlite, postgresRun));
} else {
  console.log(engineTable(sqlite));
}
if (load)
  console.log(`\nSynthetic load: ${load.seconds.toFixed(0)} s; database ${load.megabytes.toFixed(0)} MB`);
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/plans.md', plansMarkdown(plans));
if (plansOnPostgres) fs.writeFileSync('bench-results/plans-postgres.md', plansMarkdown(plansOnPostgres));
fs.writeFileSync(
  'bench-results/latest.json',
  JSON.stringify(
    {
      machine,
      loadAverage,
      counts,
      load,
      picks,
      cold: sqlite.cold,
      seriesCheck: sqlite.seriesCheck,
      rows: sqlite.rows,
      ...(postgresRun && postgres
        ? {
            postgres: {
              ...postgres,
              loadAverage: loadAverageOf(postgresRun),
              cold: postgresRun.cold,
              seriesCheck: postgresRun.seriesCheck,
              rows: postgresRun.rows,
            },
          }
        : {}),
    },
    null,
    2,
  ),
);
