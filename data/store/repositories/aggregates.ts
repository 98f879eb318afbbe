/**
 * The dashboard's aggregates, counted by the database over the whole filtered set: statements per
 * period and stance, a sanctions regime's activity per period, and the ties of the actor
 * network. Periods come back as integer month indexes (year * 12 + month - 1, data/period.ts),
 * so the caller names and walks them without parsing dates.
 */
import type { StanceValue } from '../rows';
import type { Dialect, Sql } from '../sql';
import { placeholders } from '../keyset';
import { statementConditionsOn, type StatementFilterArgs } from './statements';

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR';

const SPAN: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/**
 * The month index where the period holding a day column's first day starts. Month indexes are
 * positive, so integer division (on either engine) is the floor the period module uses.
 */
export function periodStartSql(column: string, period: PeriodKind): string {
  // A date known only to its year ("2025") counts from January, its first day.
  const monthOfYear = `CASE WHEN length(${column}) >= 7 THEN CAST(substr(${column}, 6, 2) AS INTEGER) ELSE 1 END`;
  const month = `(CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + ${monthOfYear} - 1)`;
  const span = SPAN[period];
  return span === 1 ? month : `(${month} / ${span} * ${span})`;
}

export interface StanceCountRow {
  /** Month index of the period's first month. */
  start: number;
  stance: StanceValue;
  count: number;
}

export interface SanctionPeriodRow {
  start: number;
  packages: number;
  designations: number;
}

export interface TieRow {
  /** Actor ids of the two sides, the one whose key sorts first as `a`. */
  a: number;
  b: number;
  records: number;
  hostileRecords: number;
  /** Alliance ids both sides take part in, as JSON from SQL. */
  allianceIds: number[];
}

/**
 * An actor's side: a person or body affiliated with another actor counts for it, as in a
 * relation (an ambassador speaks for his state).
 */
const SIDE = 'coalesce(affiliation_id, id)';

export function aggregateRepository(sql: Sql) {
  const tiesSql = tiesQuery(sql.dialect);
  return {
    /** Matching statements per period and stance, oldest period first, stances in text order. */
    async statementCounts(filter: StatementFilterArgs, period: PeriodKind): Promise<StanceCountRow[]> {
      const stances = filter.stances?.length ? filter.stances : null;
      const unlessStances = await statementConditionsOn(sql, { ...filter, stances: null });
      // The whole corpus, or some stances of it: the counts the writes keep (migration 011).
      if (unlessStances.where.length === 0) {
        const span = SPAN[period];
        const text = `SELECT month / ${span} * ${span} AS start, stance, sum(n) AS count FROM statement_month_counts
             WHERE n > 0${stances ? ` AND stance IN ${placeholders(stances.length)}` : ''}
             GROUP BY 1, 2 ORDER BY 1, 2`;
        // Summing twenty years of months costs more than the rest of the answer; it holds until a write.
        return sql.memo(`${text}|${stances?.join(',')}`, () => sql.all<StanceCountRow>(text, stances ?? []));
      }
      // Without stances the conditions are those read already (a speaker's id is not read twice).
      const { where, params } = stances ? await statementConditionsOn(sql, filter) : unlessStances;
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const text = `SELECT ${periodStartSql('s.date_start', period)} AS start, s.stance, count(*) AS count
        FROM statements s ${clause} GROUP BY 1, 2 ORDER BY 1, 2`;
      // The count visits every matching row; it holds until the data changes.
      return sql.memo(`${text}|${JSON.stringify(params)}`, () => sql.all<StanceCountRow>(text, params));
    },

    /** A regime's packages and dated designations per period, oldest first. */
    sanctionCounts(regimeId: number, period: PeriodKind): Promise<SanctionPeriodRow[]> {
      // Sums of counts are int8 on PostgreSQL only when cast: sum(int8) is numeric.
      const text = `SELECT start, CAST(sum(packages) AS BIGINT) AS packages,
          CAST(sum(designations) AS BIGINT) AS designations FROM (
          SELECT ${periodStartSql('p.date_start', period)} AS start, count(*) AS packages, 0 AS designations
            FROM sanction_packages p WHERE p.regime_id = ? GROUP BY 1
          UNION ALL
          SELECT ${periodStartSql('d.listed_on', period)}, 0, count(*)
            FROM sanction_designations d WHERE d.regime_id = ? AND d.listed_on IS NOT NULL GROUP BY 1
        ) AS counted GROUP BY start ORDER BY start`;
      return sql.memo(`${text}|${regimeId}`, () => sql.all<SanctionPeriodRow>(text, [regimeId, regimeId]));
    },

    /**
     * Every pair of sides that records or shared alliances join, heaviest first. A record
     * counts once per pair, however many of its actors fall on each side.
     */
    ties(): Promise<TieRow[]> {
      return sql.memo('network-ties', async () => {
        const raws = await sql.all<Omit<TieRow, 'allianceIds'> & { allianceIds: string }>(tiesSql);
        return raws.map((r) => ({ ...r, allianceIds: JSON.parse(r.allianceIds) as number[] }));
      });
    },
  };
}

// Each kind of record yields (record, side x, side y) with x < y; DISTINCT keeps one row per
// record and pair. Statements are read from their target links, which carry the speaker and
// the intensity (migration 008), so the walk never touches the statements table. Alliances
// join a side as a member or partner in effect, or as their lead. Two-argument min and max are
// SQLite's LEAST and GREATEST; `hostile` is 1 or 0 on both engines (a comparison is a boolean
// on PostgreSQL), and a record without an intensity is not hostile.
function tiesQuery(dialect: Dialect): string {
  const least = dialect === 'postgres' ? 'LEAST' : 'min';
  const greatest = dialect === 'postgres' ? 'GREATEST' : 'max';
  // SQLite's array keeps the order of the rows it reads; PostgreSQL's is ordered as it is built.
  const allianceList =
    dialect === 'postgres'
      ? 'json_agg(b1.allianceId ORDER BY b1.allianceId)::text'
      : 'json_group_array(b1.allianceId)';
  // PostgreSQL would materialize a CTE read more than once, and with no statistics on it plan
  // the walk over a million links as if every actor had every other as its side; inlined, the
  // side is an index lookup on the actor. SQLite inlines it already.
  const side = dialect === 'postgres' ? 'side AS NOT MATERIALIZED' : 'side AS';
  return `
WITH ${side} (SELECT id, ${SIDE} AS side FROM actors),
said AS (
  SELECT DISTINCT st.statement_id, ${least}(sp.side, tg.side) AS x, ${greatest}(sp.side, tg.side) AS y,
    CASE WHEN st.intensity < 0 THEN 1 ELSE 0 END AS hostile
  FROM statement_targets st
  JOIN side sp ON sp.id = st.speaker_id
  JOIN side tg ON tg.id = st.actor_id
  WHERE sp.side <> tg.side
),
met AS (
  SELECT DISTINCT e.id, ${least}(s1.side, s2.side) AS x, ${greatest}(s1.side, s2.side) AS y,
    CASE WHEN e.intensity < 0 THEN 1 ELSE 0 END AS hostile
  FROM events e
  JOIN event_actors a1 ON a1.event_id = e.id
  JOIN event_actors a2 ON a2.event_id = e.id
  JOIN side s1 ON s1.id = a1.actor_id
  JOIN side s2 ON s2.id = a2.actor_id
  WHERE s1.side < s2.side
),
packaged AS (
  SELECT p.id, ${least}(si.side, st.side) AS x, ${greatest}(si.side, st.side) AS y,
    CASE WHEN p.intensity < 0 THEN 1 ELSE 0 END AS hostile
  FROM sanction_packages p
  JOIN sanction_regimes r ON r.id = p.regime_id
  JOIN side si ON si.id = r.imposer_id
  JOIN side st ON st.id = r.target_id
  WHERE si.side <> st.side
),
records AS (
  SELECT x, y, count(*) AS records, sum(hostile) AS hostileRecords FROM (
    SELECT x, y, hostile FROM said UNION ALL SELECT x, y, hostile FROM met UNION ALL SELECT x, y, hostile FROM packaged
  ) AS recorded GROUP BY x, y
),
belongs AS (
  SELECT DISTINCT side.side, m.alliance_id AS allianceId FROM memberships m JOIN side ON side.id = m.actor_id
    WHERE m.status = 'ACTIVE'
  UNION
  SELECT side.side, al.id FROM alliances al JOIN side ON side.id = al.lead_id
),
shared AS (
  SELECT b1.side AS x, b2.side AS y, ${allianceList} AS allianceIds
  FROM (SELECT * FROM belongs ORDER BY allianceId) b1
  JOIN belongs b2 ON b2.allianceId = b1.allianceId AND b2.side > b1.side
  GROUP BY b1.side, b2.side
),
pairs AS (SELECT x, y FROM records UNION SELECT x, y FROM shared)
SELECT CASE WHEN ax.key < ay.key THEN p.x ELSE p.y END AS a, CASE WHEN ax.key < ay.key THEN p.y ELSE p.x END AS b,
  coalesce(r.records, 0) AS records, coalesce(r.hostileRecords, 0) AS hostileRecords,
  coalesce(sh.allianceIds, '[]') AS allianceIds
FROM pairs p
JOIN actors ax ON ax.id = p.x
JOIN actors ay ON ay.id = p.y
LEFT JOIN records r ON r.x = p.x AND r.y = p.y
LEFT JOIN shared sh ON sh.x = p.x AND sh.y = p.y
ORDER BY records DESC, ${least}(ax.key, ay.key), ${greatest}(ax.key, ay.key)`;
}
