/**
 * One engine's measurement: the production server started on a store, the first answers after
 * its start timed, a month series checked against its list's totalCount, then every case under
 * autocannon beside the floor (the first case) of the same server.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { type BenchCase, broadFilter, MAX_P99_MS, RELATION_TIMELINE, SERIES, STATS } from './cases';
import type { DataPicks } from './picks';

export interface Row {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  shareOfFloor: number;
  minShare: number;
  meets: boolean;
}

export interface ColdAnswer {
  name: string;
  ms: number;
}

export interface EngineRun {
  cold: ColdAnswer[];
  seriesCheck: { filter: Record<string, unknown>; summed: number; totalCount: number } | null;
  rows: Row[];
  /** The one-minute load average when the server started and when the last case ended. */
  load: { start: number; end: number };
}

export interface MeasureOptions {
  /** Names the engine in progress lines and errors, when more than one is measured. */
  label?: string;
  /** The server's whole environment: it selects the store. */
  env: NodeJS.ProcessEnv;
  port: number;
  cases: BenchCase[];
  picks: DataPicks;
  connections: number;
  seconds: number;
  warmUpSeconds: number;
}

type Answer = { data?: Record<string, unknown>; errors?: unknown };

/**
 * How long a case's first request may take before the case is recorded as unanswered and the
 * run goes on: one query that runs for minutes must not cost the figures of every other case.
 */
const FIRST_ANSWER_TIMEOUT_MS = 60_000;

/** A case whose first request timed out: no throughput, its one request an error. */
const unanswered = (c: BenchCase, waitedMs: number): Row => ({
  name: c.name,
  requestsPerSecond: 0,
  p50: waitedMs,
  p99: waitedMs,
  errors: 1,
  shareOfFloor: 0,
  minShare: c.minShare,
  meets: false,
});

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

export async function measureEngine(options: MeasureOptions): Promise<EngineRun> {
  const { picks } = options;
  const tagged = (text: string) => (options.label ? `${options.label}: ${text}` : text);
  const url = `http://127.0.0.1:${options.port}/api/graphql`;

  async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(FIRST_ANSWER_TIMEOUT_MS),
    });
    return (await response.json()) as Answer;
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
    throw new Error(tagged('the server did not start'));
  }

  /** How long the first answer of each kind takes after a start (the server's caches empty). */
  async function coldStart(series: boolean): Promise<ColdAnswer[]> {
    const timed = async (name: string, query: string, variables?: Record<string, unknown>) => {
      const started = performance.now();
      const answer = await post(query, variables);
      if (answer.errors)
        throw new Error(tagged(`${name} answered with errors: ${JSON.stringify(answer.errors)}`));
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
      throw new Error(
        tagged(`statementSeries sums to ${summed}, statements.totalCount is ${list.totalCount}`),
      );
    return { filter: f, summed, totalCount: list.totalCount };
  }

  /** What autocannon sends for a case: the operation as a panel posts it. */
  const requestOf = (c: BenchCase) => ({
    url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: c.query, variables: c.variables }),
    connections: options.connections,
  });

  async function runCases(): Promise<Row[]> {
    const rows: Row[] = [];
    for (const c of options.cases) {
      // One request first: it must answer without errors, and it warms caches as a user would.
      const check = await post(c.query, c.variables).catch((error: unknown) => {
        if ((error as Error).name !== 'TimeoutError') throw error;
        return null;
      });
      if (!check) {
        console.log(tagged(`${c.name}: no answer within ${FIRST_ANSWER_TIMEOUT_MS / 1000} s; not measured`));
        rows.push(unanswered(c, FIRST_ANSWER_TIMEOUT_MS));
        continue;
      }
      if (check.errors)
        throw new Error(tagged(`${c.name} answered with errors: ${JSON.stringify(check.errors)}`));
      // A short unmeasured run first: the server's code paths for this query are compiled and
      // its caches filled before the measured one, for the floor as for every case.
      await autocannon({ ...requestOf(c), duration: options.warmUpSeconds });
      const result = await autocannon({ ...requestOf(c), duration: options.seconds });
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
        tagged(
          `${c.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
        ),
      );
    }
    return rows;
  }

  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(options.port)], {
    env: options.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The next engine's server takes the same port: this one must be gone first.
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const loadAtStart = os.loadavg()[0]!;
  try {
    await waitForServer();
    const hasSeries = options.cases.some((c) => c.name.startsWith('statementSeries'));
    const cold = await coldStart(hasSeries);
    for (const c of cold) console.log(tagged(`cold: ${c.name}: ${c.ms} ms`));
    const seriesCheck = hasSeries ? await seriesAgreesWithTotal() : null;
    if (seriesCheck)
      console.log(tagged(`series check: ${seriesCheck.summed} = totalCount ${seriesCheck.totalCount}`));
    const rows = await runCases();
    return { cold, seriesCheck, rows, load: { start: loadAtStart, end: os.loadavg()[0]! } };
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  }
}
