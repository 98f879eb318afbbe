/**
 * A statement's target links carry its first source (migration 009), which groups a pair's
 * statements into acts in SQL. The links must follow the evidence whatever the order of writes.
 */
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';

const { db } = freshDatabase();

/** Each link's source next to the first source its statement's evidence lists. */
function mismatches() {
  return db
    .prepare(
      `SELECT st.statement_id, st.source_id AS carried,
         (SELECT e.source_id FROM evidence e WHERE e.record_type = 'Statement' AND e.record_id = st.statement_id
          ORDER BY e.position LIMIT 1) AS first
       FROM statement_targets st WHERE st.source_id IS NOT (
         SELECT e.source_id FROM evidence e WHERE e.record_type = 'Statement' AND e.record_id = st.statement_id
         ORDER BY e.position LIMIT 1)`,
    )
    .all();
}

const sourceIds = () =>
  (db.prepare('SELECT id FROM sources ORDER BY id LIMIT 2').all() as { id: number }[]).map((r) => r.id);

describe('the source a target link carries', () => {
  it('is its statement first source for every seeded link', () => {
    expect(
      (db.prepare('SELECT count(*) AS n FROM statement_targets').get() as { n: number }).n,
    ).toBeGreaterThan(10);
    expect(mismatches()).toEqual([]);
  });

  it('follows evidence added, reordered and removed after the link', () => {
    const [first, second] = sourceIds() as [number, number];
    const link = db.prepare('SELECT statement_id AS id FROM statement_targets LIMIT 1').get() as {
      id: number;
    };
    const evidence = db.prepare(
      "SELECT position, source_id AS sourceId FROM evidence WHERE record_type = 'Statement' AND record_id = ? ORDER BY position",
    );
    const before = evidence.all(link.id) as { position: number; sourceId: number }[];
    const run = db.transaction(() => {
      // A new first piece of evidence from another source.
      const other = before[0]!.sourceId === first ? second : first;
      db.prepare(
        "INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES ('Statement', ?, -1, ?, 'x')",
      ).run(link.id, other);
      expect(mismatches()).toEqual([]);
      const carried = () =>
        (
          db
            .prepare('SELECT source_id AS s FROM statement_targets WHERE statement_id = ? LIMIT 1')
            .get(link.id) as {
            s: number;
          }
        ).s;
      expect(carried()).toBe(other);
      // Its source changed in place.
      db.prepare(
        "UPDATE evidence SET source_id = ? WHERE record_type = 'Statement' AND record_id = ? AND position = -1",
      ).run(before[0]!.sourceId, link.id);
      expect(carried()).toBe(before[0]!.sourceId);
      // All evidence gone: the link carries no source, and the statement stands alone as an act.
      db.prepare("DELETE FROM evidence WHERE record_type = 'Statement' AND record_id = ?").run(link.id);
      expect(carried()).toBeNull();
      expect(mismatches()).toEqual([]);
      throw new Error('roll back');
    });
    expect(run).toThrow('roll back');
    expect(mismatches()).toEqual([]);
  });

  it('follows evidence moved from one statement to another', () => {
    const [from, to] = db
      .prepare('SELECT DISTINCT statement_id FROM statement_targets ORDER BY statement_id LIMIT 2')
      .pluck()
      .all() as [number, number];
    const run = db.transaction(() => {
      db.prepare(
        "UPDATE evidence SET record_id = ?, position = position + 1000 WHERE record_type = 'Statement' AND record_id = ?",
      ).run(to, from);
      expect(mismatches()).toEqual([]);
      throw new Error('roll back');
    });
    expect(run).toThrow('roll back');
  });

  it('is filled when a link is written after its evidence', () => {
    const link = db
      .prepare('SELECT statement_id AS id, actor_id AS actor, position FROM statement_targets LIMIT 1')
      .get() as { id: number; actor: number; position: number };
    const run = db.transaction(() => {
      db.prepare('DELETE FROM statement_targets WHERE statement_id = ? AND actor_id = ?').run(
        link.id,
        link.actor,
      );
      db.prepare('INSERT INTO statement_targets (statement_id, actor_id, position) VALUES (?, ?, ?)').run(
        link.id,
        link.actor,
        link.position,
      );
      expect(mismatches()).toEqual([]);
      throw new Error('roll back');
    });
    expect(run).toThrow('roll back');
  });
});
