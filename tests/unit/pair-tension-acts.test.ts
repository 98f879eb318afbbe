/**
 * The store forms a pair's acts as data/tension-acts.ts does: the largest |intensity| carries
 * the act, the hostile one when both signs reach it, whatever a tenth of difference in the
 * Goldstein values (-4.4 against +4.5).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pairTensionRepository } from '../../data/store/repositories/pair-tension';
import { sqliteSql } from '../../data/store/sql';
import { loadSynthetic } from '../../data/synth/load';
import { groupActs } from '../../data/tension-acts';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase();
const pairTension = pairTensionRepository(sqliteSql(db));

/** Two links of one speaker to one target, made one act on a day no record has. */
const [first, second] = db
  .prepare(
    `SELECT statement_id AS statementId, actor_id AS actorId, speaker_id AS speakerId FROM statement_targets
     WHERE (speaker_id, actor_id) = (SELECT speaker_id, actor_id FROM statement_targets
       GROUP BY speaker_id, actor_id HAVING count(*) >= 2 LIMIT 1)
     ORDER BY statement_id LIMIT 2`,
  )
  .all() as { statementId: number; actorId: number; speakerId: number }[];
const DAY = '2030-01-01';

/**
 * The day's sum and the strongest act's carrier with the two links at these intensities, read
 * inside a transaction that is rolled back.
 */
async function oneAct(x: number, y: number) {
  db.exec('BEGIN');
  try {
    const set = db.prepare(
      `UPDATE statement_targets SET date = ?, date_start = ?, source_id = 1, intensity = ?
       WHERE statement_id = ? AND actor_id = ?`,
    );
    set.run(DAY, DAY, x, first!.statementId, first!.actorId);
    set.run(DAY, DAY, y, second!.statementId, second!.actorId);
    const { days } = await pairTension.days([first!.speakerId], [first!.actorId]);
    const { counted, records, acts } = days.find((d) => d.dateStart === DAY)!;
    const strongest = groupActs(
      await pairTension.strongestActs([first!.speakerId], [first!.actorId], {}, DAY, 1),
    );
    return { counted, records, acts, carrier: strongest.find((r) => r.carriesAct)!.intensity };
  } finally {
    db.exec('ROLLBACK');
  }
}

describe('an act formed by the store', () => {
  it('is carried by the larger |intensity| even a tenth apart, of either sign', async () => {
    expect(first && second).toBeTruthy();
    expect(await oneAct(-4.4, 4.5)).toEqual({ counted: 4.5, records: 2, acts: 1, carrier: 4.5 });
    expect(await oneAct(4.5, -4.4)).toEqual({ counted: 4.5, records: 2, acts: 1, carrier: 4.5 });
    expect(await oneAct(-0.1, 0.4)).toEqual({ counted: 0.4, records: 2, acts: 1, carrier: 0.4 });
    expect(await oneAct(-8.3, 8)).toEqual({ counted: -8.3, records: 2, acts: 1, carrier: -8.3 });
  });

  it('is carried by the hostile record when both signs reach the same |intensity|', async () => {
    expect(await oneAct(4.5, -4.5)).toEqual({ counted: -4.5, records: 2, acts: 1, carrier: -4.5 });
    expect(await oneAct(-4.5, 4.5)).toEqual({ counted: -4.5, records: 2, acts: 1, carrier: -4.5 });
  });
});

describe("a pair's strongest acts", () => {
  const synthetic = freshDatabase();
  const repository = pairTensionRepository(sqliteSql(synthetic.db));
  const side = (key: string) =>
    synthetic.db
      .prepare(
        `SELECT id FROM actors WHERE coalesce(affiliation_id, id) = (SELECT id FROM actors WHERE key = ?)`,
      )
      .pluck()
      .all(key) as number[];

  beforeAll(async () => {
    await loadSynthetic(
      synthetic.db,
      { statements: 2000, events: 100, designations: 10 },
      undefined,
      'auto',
      'main',
    );
    // Acts of three statements: each of twenty statements takes the day and source of the one before.
    const links = synthetic.db
      .prepare(
        `SELECT statement_id AS id, date, date_start AS dateStart, source_id AS sourceId FROM statement_targets
         WHERE speaker_id = (SELECT id FROM actors WHERE key = 'russia') AND source_id IS NOT NULL
           AND actor_id = (SELECT id FROM actors WHERE key = 'japan') ORDER BY statement_id LIMIT 30`,
      )
      .all() as { id: number; date: string; dateStart: string; sourceId: number }[];
    const join = synthetic.db.prepare(
      'UPDATE statement_targets SET date = ?, date_start = ?, source_id = ? WHERE statement_id = ?',
    );
    synthetic.db.transaction(() => {
      for (let i = 0; i + 2 < links.length; i += 3) {
        const carrier = links[i]!;
        for (const joiner of [links[i + 1]!, links[i + 2]!])
          join.run(carrier.date, carrier.dateStart, carrier.sourceId, joiner.id);
      }
    })();
  });

  it('come with every statement of each act, however many acts are asked for', async () => {
    const [a, b] = [side('russia'), side('japan')];
    const marks = (ids: number[]) => ids.map(() => '?').join(',');
    const links = synthetic.db
      .prepare(
        `SELECT DISTINCT statement_id AS id, speaker_id || '|' || date || '|' || coalesce(source_id, -statement_id) AS act
         FROM statement_targets WHERE (speaker_id IN (${marks(a)}) AND actor_id IN (${marks(b)}))
           OR (speaker_id IN (${marks(b)}) AND actor_id IN (${marks(a)})) ORDER BY statement_id`,
      )
      .all(...a, ...b, ...b, ...a) as { id: number; act: string }[];
    const expected = new Map<string, number[]>();
    for (const { id, act } of links) expected.set(act, [...(expected.get(act) ?? []), id]);
    // Acts of several statements, more acts than one read's chunk holds, and a count no power of two.
    expect([...expected.values()].filter((ids) => ids.length === 3).length).toBeGreaterThanOrEqual(10);
    expect(expected.size).toBeGreaterThan(40);
    expect(Math.log2(expected.size) % 1).not.toBe(0);

    const records = await repository.strongestActs(a, b, {}, '2030-01-01', expected.size + 50);
    // Each act's records follow one another, its carrier first; events and packages are acts of one.
    const runs: [string, number[]][] = [];
    for (const r of records) {
      const act =
        r.type === 'Statement' ? `${r.speakerId}|${r.date}|${r.sourceId ?? -r.id}` : `${r.type} ${r.id}`;
      if (runs.at(-1)?.[0] === act) runs.at(-1)![1].push(r.id);
      else runs.push([act, [r.id]]);
    }
    const statementRuns = runs.filter(([act]) => act.includes('|'));
    expect(statementRuns).toHaveLength(expected.size);
    expect(new Map(statementRuns)).toEqual(expected);
    // Fewer acts are the first of them, each with its records.
    for (const count of [1, 2, 3, 17, 33]) {
      const fewer = await repository.strongestActs(a, b, {}, '2030-01-01', count);
      expect(fewer.map((r) => r.id)).toEqual(runs.slice(0, count).flatMap(([, ids]) => ids));
    }
  });
});
