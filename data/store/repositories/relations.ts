import type { MembershipRow } from '../rows';
import { placeholders } from '../keyset';
import type { Sql } from '../sql';
import { nullsFirst } from '../order';

// A side with no actors is an empty list, which PostgreSQL cannot write as `IN ()`.
const listOf = (ids: readonly number[]) =>
  ids.length > 0 ? placeholders(ids.length) : '(SELECT 0 WHERE 1 = 0)';

export function relationRepository(sql: Sql) {
  return {
    /**
     * Memberships of either side in alliances the other side is not part of: where the
     * two stand on different sides of a partnership.
     */
    alignments(a: number[], b: number[]): Promise<MembershipRow[]> {
      const A = listOf(a);
      const B = listOf(b);
      return sql.all<MembershipRow>(
        `SELECT m.id, m.key, m.actor_id AS actorId, m.alliance_id AS allianceId, m.role, m.status, m.since
         FROM memberships m
         WHERE (m.actor_id IN ${A} AND m.alliance_id NOT IN (SELECT alliance_id FROM memberships WHERE actor_id IN ${B}))
            OR (m.actor_id IN ${B} AND m.alliance_id NOT IN (SELECT alliance_id FROM memberships WHERE actor_id IN ${A}))
         ORDER BY m.since${nullsFirst(sql)}, m.id`,
        [...a, ...b, ...b, ...a],
      );
    },
  };
}
