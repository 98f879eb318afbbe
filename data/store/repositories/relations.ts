import type { Db } from '../open';
import type { MembershipRow } from '../rows';
import { placeholders } from '../keyset';
import { eventConditions } from './events';
import type { TensionRecordRow } from '../../tension-record';

/** The index's record shape (data/tension-record.ts), which tensionRecords returns. */
export type { TensionRecordRow };

/** The first source a record's evidence lists, read by the evidence table's primary key. */
const firstSource = (recordType: string, id: string) =>
  `(SELECT source_id FROM evidence WHERE record_type = '${recordType}' AND record_id = ${id} ORDER BY position LIMIT 1)`;

export function relationRepository(db: Db) {
  return {
    /** Every dated, scored record between two sides, oldest first. */
    tensionRecords(a: number[], b: number[]): TensionRecordRow[] {
      const ev = eventConditions({ pair: { a, b } });
      const A = placeholders(a.length);
      const B = placeholders(b.length);
      // One arm per direction, each a walk of the link index that carries what the index
      // needs (migration 008): an OR across the two directions would make SQLite scan every
      // statement, and reading the statements themselves cost seconds for a busy pair.
      const said = (speakers: string, targets: string) =>
        `SELECT 'Statement' AS type, st.statement_id AS id, st.date, st.date_start AS dateStart, st.intensity,
           st.speaker_id AS speakerId, ${firstSource('Statement', 'st.statement_id')} AS sourceId
         FROM statement_targets st WHERE st.actor_id IN ${targets} AND st.speaker_id IN ${speakers}`;
      const rows = db
        .prepare(
          `${said(A, B)}
           UNION ALL
           ${said(B, A)}
           UNION ALL
           SELECT 'Event', e.id, e.date, e.date_start, e.intensity, NULL, ${firstSource('Event', 'e.id')} FROM events e
             WHERE e.intensity IS NOT NULL AND ${ev.where.join(' AND ')}
           UNION ALL
           SELECT 'SanctionPackage', p.id, p.date, p.date_start, p.intensity, NULL,
             ${firstSource('SanctionPackage', 'p.id')} FROM sanction_packages p
             JOIN sanction_regimes r ON r.id = p.regime_id
             WHERE (r.imposer_id IN ${A} AND r.target_id IN ${B}) OR (r.imposer_id IN ${B} AND r.target_id IN ${A})
           ORDER BY 4, 1, 2`,
        )
        .all(...b, ...a, ...a, ...b, ...ev.params, ...a, ...b, ...b, ...a) as TensionRecordRow[];
      // A statement aimed at two actors of one side has two links: it counts once. Sorted
      // by day, type and id, its copies are neighbours (cheaper than a DISTINCT in SQL).
      return rows.filter((r, i) => i === 0 || r.id !== rows[i - 1]!.id || r.type !== rows[i - 1]!.type);
    },
    /**
     * Memberships of either side in alliances the other side is not part of: where the
     * two stand on different sides of a partnership.
     */
    alignments(a: number[], b: number[]): MembershipRow[] {
      const A = placeholders(a.length);
      const B = placeholders(b.length);
      return db
        .prepare(
          `SELECT m.id, m.key, m.actor_id AS actorId, m.alliance_id AS allianceId, m.role, m.status, m.since
           FROM memberships m
           WHERE (m.actor_id IN ${A} AND m.alliance_id NOT IN (SELECT alliance_id FROM memberships WHERE actor_id IN ${B}))
              OR (m.actor_id IN ${B} AND m.alliance_id NOT IN (SELECT alliance_id FROM memberships WHERE actor_id IN ${A}))
           ORDER BY m.since, m.id`,
        )
        .all(...a, ...b, ...b, ...a) as MembershipRow[];
    },
  };
}
