import type { Db } from '../open';
import type { MembershipRow } from '../rows';
import { placeholders } from '../keyset';
import { eventConditions } from './events';
import { SANCTION_PACKAGE_INTENSITY, type TensionRecordRow } from '../../tension-record';

/** The index's record shape (data/tension-record.ts), which tensionRecords returns. */
export type { TensionRecordRow };

export function relationRepository(db: Db) {
  return {
    /** Every dated, scored record between two sides, oldest first. */
    tensionRecords(a: number[], b: number[]): TensionRecordRow[] {
      const ev = eventConditions({ pair: { a, b } });
      const A = placeholders(a.length);
      const B = placeholders(b.length);
      // One arm per direction, each led by the link table's index: an OR across the two
      // directions would make SQLite scan every statement.
      const said = (speakers: string, targets: string) =>
        `SELECT 'Statement' AS type, s.id, s.date, s.date_start AS dateStart, s.intensity FROM statements s
         WHERE s.id IN (SELECT statement_id FROM statement_targets WHERE actor_id IN ${targets})
           AND s.speaker_id IN ${speakers}`;
      return db
        .prepare(
          `${said(A, B)}
           UNION ALL
           ${said(B, A)}
           UNION ALL
           SELECT 'Event', e.id, e.date, e.date_start, e.intensity FROM events e
             WHERE e.intensity IS NOT NULL AND ${ev.where.join(' AND ')}
           UNION ALL
           SELECT 'SanctionPackage', p.id, p.date, p.date_start, ${SANCTION_PACKAGE_INTENSITY} FROM sanction_packages p
             JOIN sanction_regimes r ON r.id = p.regime_id
             WHERE (r.imposer_id IN ${A} AND r.target_id IN ${B}) OR (r.imposer_id IN ${B} AND r.target_id IN ${A})
           ORDER BY 4, 1, 2`,
        )
        .all(...b, ...a, ...a, ...b, ...ev.params, ...a, ...b, ...b, ...a) as TensionRecordRow[];
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
