/**
 * `npm run bench`: the production build under autocannon on loopback, each dashboard
 * query against the framework floor (`{ __typename }` through the same route), on a
 * database of BENCH_STATEMENTS / BENCH_EVENTS / BENCH_DESIGNATIONS synthetic records
 * (defaults 1,000,000 / 200,000 / 500,000), built once and kept at BENCH_DB.
 * Results print as a table and are written to bench-results/latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { openDatabase } from '../data/store/open';
import { benchCases } from './bench/cases';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const file = process.env.BENCH_DB ?? path.join(os.tmpdir(), 'faultline-bench.db');
const PORT = env('BENCH_PORT', 3200);
const DURATION = env('BENCH_SECONDS', 10);
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
const cases = benchCases(db);
const counts = db
  .prepare(
    'SELECT (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM sanction_designations) AS designations',
  )
  .get();
db.close();

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT)], {
  env: { ...childEnv, FAULTLINE_DB: file },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${PORT}/api/graphql`;

async function waitForServer() {
  for (let i = 0; i < 120; i += 1) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  shareOfFloor: number;
}

try {
  await waitForServer();
  const rows: Row[] = [];
  for (const c of cases) {
    const body = JSON.stringify({ query: c.query, variables: c.variables });
    // One request first: it must answer without errors, and it warms caches as a user would.
    const check = (await (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    ).json()) as { errors?: unknown };
    if (check.errors) throw new Error(`${c.name} answered with errors: ${JSON.stringify(check.errors)}`);
    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    const floor = rows[0]?.requestsPerSecond ?? result.requests.average;
    rows.push({
      name: c.name,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx + result.timeouts,
      shareOfFloor: result.requests.average / floor,
    });
    console.log(
      `${c.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(`\n${machine}; ${JSON.stringify(counts)}; ${CONNECTIONS} connections, ${DURATION} s each`);
  console.log('| query | req/s | share of floor | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${(r.shareOfFloor * 100).toFixed(0)}% | ${r.p50} | ${r.p99} | ${r.errors} |`,
    );
  }
  if (load)
    console.log(`\nSynthetic load: ${load.seconds.toFixed(0)} s; database ${load.megabytes.toFixed(0)} MB`);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync('bench-results/latest.json', JSON.stringify({ machine, counts, load, rows }, null, 2));
} finally {
  server.kill('SIGTERM');
}
