/**
 * The statements per month and stance that the writes keep (migration 011) must equal a count
 * of the statements themselves after every kind of write, or the stance chart would drift.
 */
import { describe, expect, it } from 'vitest';
import { readDataset, writeDataset } from '../../data/ingest/load-dataset';
import { loadSynthetic } from '../../data/synth/load';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase();

/** Kept counts that differ from a fresh count, as "month stance kept counted". */
function drift(): string[] {
  const counted = db
    .prepare(
      `SELECT CAST(substr(date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1 AS month,
         stance, count(*) AS n FROM statements GROUP BY 1, 2`,
    )
    .all() as { month: number; stance: string; n: number }[];
  const kept = db
    .prepare('SELECT month, stance, n FROM statement_month_counts WHERE n > 0')
    .all() as typeof counted;
  const key = (r: { month: number; stance: string }) => `${r.month} ${r.stance}`;
  const keptBy = new Map(kept.map((r) => [key(r), r.n]));
  const countedBy = new Map(counted.map((r) => [key(r), r.n]));
  return [...new Set([...keptBy.keys(), ...countedBy.keys()])]
    .filter((k) => keptBy.get(k) !== countedBy.get(k))
    .map((k) => `${k} ${keptBy.get(k)} ${countedBy.get(k)}`);
}

describe('statements per month and stance, kept by the writes', () => {
  it('match a count after the seed and a bulk load', async () => {
    expect(drift()).toEqual([]);
    await loadSynthetic(db, { statements: 600, events: 0, designations: 0 });
    expect(db.prepare('SELECT sum(n) FROM statement_month_counts').pluck().get()).toBe(
      db.prepare('SELECT count(*) FROM statements').pluck().get(),
    );
    expect(drift()).toEqual([]);
  });

  it('follow an update of a statement date and stance, and a delete', () => {
    const dataset = readDataset();
    const statement = dataset.statements[0]!;
    const stance = statement.stance === 'HOSTILE' ? 'CONCILIATORY' : 'HOSTILE';
    writeDataset(db, { ...dataset, statements: [{ ...statement, stance, date: '2019-03' }] });
    expect(db.prepare('SELECT stance FROM statements WHERE key = ?').pluck().get(statement.key)).toBe(stance);
    expect(drift()).toEqual([]);
    db.prepare('DELETE FROM statements WHERE key = ?').run(statement.key);
    expect(drift()).toEqual([]);
  });
});
