/**
 * The store forms a pair's acts as data/tension-acts.ts does: the largest |intensity| carries
 * the act, the hostile one when both signs reach it, whatever a tenth of difference in the
 * Goldstein values (-4.4 against +4.5).
 */
import { describe, expect, it } from 'vitest';
import { pairTensionRepository } from '../../data/store/repositories/pair-tension';
import { sqliteSql } from '../../data/store/sql';
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
