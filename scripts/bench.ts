/**
 * `npm run bench`: the production build under autocannon on loopback, each dashboard
 * query against the framework floor (`{ __typename }` through the same route), on a
 * database of BENCH_STATEMENTS / BENCH_EVENTS / BENCH_DESIGNATIONS synthetic records
 * (defaults 1,000,000 / 200,000 / 500,000), built once and kept at BENCH_DB.
 * The cases are drawn from the data (scripts/bench/picks.ts); the first answers after the
 * start are timed as the cold case; a month series summed over its periods must equal the
 * list's totalCount. Results print as a table and go to bench-results/latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { openDatabase } from '../data/store/open';
import {
  type BenchCase,
  benchCases,
  broadFilter,
  MAX_COLD_MS,
  MAX_P99_MS,
  RELATION_TIMELINE,
  SERIES,
  STATS,
} from './bench/cases';
import { dataPicks } from './bench/picks';
import { queryPlans, type CasePlans } from './bench/plans';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const file = process.env.BENCH_DB ?? path.join(os.tmpdir(), 'faultline-bench.db');
const PORT = env('BENCH_PORT', 3200);
const DURATION = env('BENCH_SECONDS', 10);
const WARM_UP_SECONDS = env('BENCH_WARM_UP_SECONDS', 3);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...childEnv, ...extra } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

if (!fs.existsSync('.next/BUILD_ID')) run('npm', ['run', 'build']);

let load: { seconds: number; megabytes: number } | null = null;
if (!fs.existsSync(file)) {
  const started = Date.now();
  run(
    'npx',
    [
      'tsx',
      'scripts/synth.ts',
      `--statements=${env('BENCH_STATEMENTS', 1_000_000)}`,
      `--events=${env('BENCH_EVENTS', 200_000)}`,
      `--designations=${env('BENCH_DESIGNATIONS', 500_000)}`,
    ],
    { FAULTLINE_DB: file },
  );
  load = { seconds: (Date.now() - started) / 1000, megabytes: fs.statSync(file).size / 1024 / 1024 };
}

const db = openDatabase(file);
const picks = dataPicks(db);
const cases = benchCases(db, picks);
const plans = await queryPlans(
  db,
  cases.filter((c) => c.query !== '{ __typename }'),
);
const counts = db
  .prepare(
    'SELECT (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM sanction_designations) AS designations',
  )
  .get();
db.close();

const url = `http://127.0.0.1:${PORT}/api/graphql`;

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

async function waitForServer() {
  for (let i = 0; i < 240; i += 1) {
    try {
      if (!(await post('{ __typename }')).errors) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

/** How long the first answer of each kind takes after a start (the server's caches empty). */
async function coldStart(series: boolean) {
  const timed = async (name: string, query: string, variables?: Record<string, unknown>) => {
    const started = performance.now();
    const answer = await post(query, variables);
    if (answer.errors) throw new Error(`${name} answered with errors: ${JSON.stringify(answer.errors)}`);
    return { name, ms: Math.round(performance.now() - started) };
  };
  const pair = { a: picks.heaviestPair.a, b: picks.heaviestPair.b };
  return [
    await timed('stats', STATS),
    await timed(`relation (${pair.a}, ${pair.b}) timeline and drivers`, RELATION_TIMELINE, pair),
    ...(series ? [await timed('statementSeries, broadest filter', SERIES, { f: broadFilter(picks) })] : []),
  ];
}

/** A series summed over its periods must equal the matching list's totalCount. */
async function seriesAgreesWithTotal() {
  const f = broadFilter(picks);
  const series = (await post(SERIES, { f })).data?.statementSeries as { total: number }[];
  const list = (
    await post('query($f: StatementFilter) { statements(filter: $f, first: 1) { totalCount } }', { f })
  ).data?.statements as { totalCount: number };
  const summed = series.reduce((sum, p) => sum + p.total, 0);
  if (summed !== list.totalCount)
    throw new Error(`statementSeries sums to ${summed}, statements.totalCount is ${list.totalCount}`);
  return { filter: f, summed, totalCount: list.totalCount };
}

function plansMarkdown(plans: CasePlans[]): string {
  return plans
    .map(
      (c) =>
        `### ${c.name}\n\n` +
        c.plans.map((p) => `\`\`\`\n${p.sql}\n  ${p.plan.join('\n  ')}\n\`\`\`\n`).join('\n'),
    )
    .join('\n');
}

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  shareOfFloor: number;
  minShare: number;
  meets: boolean;
}

/** What autocannon sends for a case: the operation as a panel posts it. */
const requestOf = (c: BenchCase) => ({
  url,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: c.query, variables: c.variables }),
  connections: CONNECTIONS,
});

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT)], {
  env: { ...childEnv, FAULTLINE_DB: file },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const loadBefore = os.loadavg();

try {
  await waitForServer();
  const hasSeries = cases.some((c) => c.name.startsWith('statementSeries'));
  const cold = await coldStart(hasSeries);
  for (const c of cold) console.log(`cold: ${c.name}: ${c.ms} ms`);
  const seriesCheck = hasSeries ? await seriesAgreesWithTotal() : null;
  if (seriesCheck) console.log(`series check: ${seriesCheck.summed} = totalCount ${seriesCheck.totalCount}`);
  const rows: Row[] = [];
  for (const c of cases) {
    // One request first: it must answer without errors, and it warms caches as a user would.
    const check = await post(c.query, c.variables);
    if (check.errors) throw new Error(`${c.name} answered with errors: ${JSON.stringify(check.errors)}`);
    // A short unmeasured run first: the server's code paths for this query are compiled and
    // its caches filled before the measured one, for the floor as for every case.
    await autocannon({ ...requestOf(c), duration: WARM_UP_SECONDS });
    const result = await autocannon({ ...requestOf(c), duration: DURATION });
    const floor = rows[0]?.requestsPerSecond ?? result.requests.average;
    const errors = result.errors + result.non2xx + result.timeouts;
    const shareOfFloor = result.requests.average / floor;
    rows.push({
      name: c.name,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors,
      shareOfFloor,
      minShare: c.minShare,
      meets: shareOfFloor >= c.minShare - 1e-9 && result.latency.p99 <= MAX_P99_MS && errors === 0,
    });
    console.log(
      `${c.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
  }
  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const loadAverage = `load average ${loadBefore[0]!.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
  console.log(
    `\n${machine}; ${loadAverage}; ${JSON.stringify(counts)}; ${CONNECTIONS} connections, ${DURATION} s each`,
  );
  console.log(
    '| query | req/s | share of floor | needed | p50 ms | p99 ms | errors | met |\n|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${(r.shareOfFloor * 100).toFixed(0)}% | ${(r.minShare * 100).toFixed(0)}% | ${r.p50} | ${r.p99} | ${r.errors} | ${r.meets ? 'yes' : 'no'} |`,
    );
  }
  console.log(`\n| first answer after the start | ms | met (≤ ${MAX_COLD_MS} ms) |\n|---|---|---|`);
  for (const c of cold) console.log(`| ${c.name} | ${c.ms} | ${c.ms <= MAX_COLD_MS ? 'yes' : 'no'} |`);
  if (load)
    console.log(`\nSynthetic load: ${load.seconds.toFixed(0)} s; database ${load.megabytes.toFixed(0)} MB`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/plans.md', plansMarkdown(plans));
  fs.writeFileSync(
    'bench-results/latest.json',
    JSON.stringify({ machine, loadAverage, counts, load, picks, cold, seriesCheck, rows }, null, 2),
  );
} finally {
  server.kill('SIGTERM');
}
