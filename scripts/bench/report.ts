/**
 * The bench's tables, as Markdown for docs/performance.md: one engine's cases and first
 * answers, or both engines' side by side, row for row (the same cases on the same records).
 */
import { MAX_COLD_MS } from './cases';
import type { CasePlans } from './plans';
import type { EngineRun, Row } from './measure';

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
const metOrNot = (met: boolean) => (met ? 'yes' : 'no');

export function engineTable(run: EngineRun): string {
  const lines = [
    '| query | req/s | share of floor | needed | p50 ms | p99 ms | errors | met |',
    '|---|---|---|---|---|---|---|---|',
    ...run.rows.map(
      (r) =>
        `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${percent(r.shareOfFloor)} | ${percent(r.minShare)} | ${r.p50} | ${r.p99} | ${r.errors} | ${metOrNot(r.meets)} |`,
    ),
    '',
    `| first answer after the start | ms | met (≤ ${MAX_COLD_MS} ms) |`,
    '|---|---|---|',
    ...run.cold.map((c) => `| ${c.name} | ${c.ms} | ${metOrNot(c.ms <= MAX_COLD_MS)} |`),
  ];
  return lines.join('\n');
}

const engineCells = (r: Row) =>
  `${r.requestsPerSecond.toFixed(0)} | ${percent(r.shareOfFloor)} | ${r.p99} | ${r.errors} | ${metOrNot(r.meets)}`;

/** Both engines' runs, which measured the same cases in the same order. */
export function sideBySideTable(sqlite: EngineRun, postgres: EngineRun): string {
  const lines = [
    '| query | needed | SQLite req/s | share | p99 ms | errors | met | PostgreSQL req/s | share | p99 ms | errors | met |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...sqlite.rows.map((r, i) => {
      const other = postgres.rows[i]!;
      if (other.name !== r.name) throw new Error(`the engines' cases differ: "${r.name}", "${other.name}"`);
      return `| ${r.name} | ${percent(r.minShare)} | ${engineCells(r)} | ${engineCells(other)} |`;
    }),
    '',
    `| first answer after the start | SQLite ms | PostgreSQL ms | target |`,
    '|---|---|---|---|',
    ...sqlite.cold.map(
      (c, i) =>
        `| ${c.name} | ${c.ms} | ${postgres.cold[i]!.ms} | ≤ ${MAX_COLD_MS.toLocaleString('en-US')} |`,
    ),
  ];
  return lines.join('\n');
}

export function plansMarkdown(plans: CasePlans[]): string {
  return plans
    .map(
      (c) =>
        `### ${c.name}\n\n` +
        c.plans.map((p) => `\`\`\`\n${p.sql}\n  ${p.plan.join('\n  ')}\n\`\`\`\n`).join('\n'),
    )
    .join('\n');
}
