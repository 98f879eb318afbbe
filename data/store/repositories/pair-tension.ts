/**
 * What a pair's tension index reads, summed by the database rather than carried to JavaScript
 * record by record: a busy pair at a million statements has 280,000 records, and reading,
 * grouping and sorting them in the process took over ten seconds on the first request. Acts
 * are formed here as data/tension-acts.ts defines them (a speaker's statements from one source
 * on one date; the largest |intensity| carries the act, the more hostile on a tie); the formula
 * stays in data/tension.ts, which weighs what these queries return. Both engines give the same
 * rows and the same doubles (./tension-arithmetic.ts).
 */
import type { Dialect, Sql } from '../sql';
import { placeholders } from '../keyset';
import { eventConditions } from './events';
import { addScaledSums, daysUntilGiven, exactSum, powerOf, scaledSumText } from './tension-arithmetic';
import type { TensionDayRow, TensionRecordRow } from '../../tension-record';

/** First days ("YYYY-MM-DD") a query keeps, both ends included; omitted, unbounded. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** The first source a record's evidence lists, read by the evidence table's primary key. */
const firstSource = (recordType: string, id: string) =>
  `(SELECT source_id FROM evidence WHERE record_type = '${recordType}' AND record_id = ${id} ORDER BY position LIMIT 1)`;

/**
 * The intensity an act carries: its largest |intensity|, the hostile one when both signs reach
 * it. No rank that folds magnitude and sign into one number is safe with Goldstein values a
 * tenth apart (-4.4 against +4.5), so the two aggregates decide it.
 */
const CARRIED = 'CASE WHEN min(intensity) = -max(abs(intensity)) THEN min(intensity) ELSE max(intensity) END';
/**
 * One act: a speaker, a date, a source (a statement without one stands alone); date_start
 * first, for the link index's order. The source is one per act; PostgreSQL, which reads no
 * column outside the groups, is told so by grouping by it too.
 */
const actGroup = (dialect: Dialect) =>
  `speaker_id, date_start, date, coalesce(source_id, -statement_id)${dialect === 'postgres' ? ', source_id' : ''}`;

function rangeSql(column: string, range: DayRange, params: unknown[]): string {
  let sql = '';
  if (range.from) {
    sql += ` AND ${column} >= ?`;
    params.push(range.from);
  }
  if (range.to) {
    sql += ` AND ${column} <= ?`;
    params.push(range.to);
  }
  return sql;
}

interface Piece {
  sql: string;
  params: unknown[];
}

/** Pieces of SQL joined in order, their parameters with them. */
function join(parts: readonly (Piece | string)[]): Piece {
  const params: unknown[] = [];
  const sql = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      params.push(...part.params);
      return part.sql;
    })
    .join('\n');
  return { sql, params };
}

/**
 * The link table as the pair's pieces read it. SQLite, with no statistics on a database nobody
 * has analysed, walked (actor, date) for a date range and looked up each link's speaker: the
 * pair's index of migration 009 answers from itself, speaker and range included, and is never
 * the worse choice (a window of the busiest pair's strongest acts: 120 → 62 ms).
 */
const LINKS: Record<Dialect, string> = {
  sqlite: 'statement_targets INDEXED BY statement_targets_pair',
  postgres: 'statement_targets',
};

/**
 * The pair's records, piece by piece: `links` holds two FROM-WHERE clauses over the target
 * links, one per direction (each a walk of the link index of migration 009, which carries what
 * the index needs; an OR across the directions would scan every link); `events` and `packages`
 * a SELECT each of `id, date, date_start, intensity, source_id`.
 */
function pairRecords(dialect: Dialect, a: number[], b: number[], range: DayRange) {
  const A = placeholders(a.length);
  const B = placeholders(b.length);
  const said = (speakers: string, targets: string, speakerIds: number[], targetIds: number[]): Piece => {
    const params: unknown[] = [...targetIds, ...speakerIds];
    const where = `actor_id IN ${targets} AND speaker_id IN ${speakers}`;
    return { sql: `FROM ${LINKS[dialect]} WHERE ${where}${rangeSql('date_start', range, params)}`, params };
  };
  const ev = eventConditions({ pair: { a, b } });
  const eventParams = [...ev.params];
  const events: Piece = {
    sql: `SELECT e.id, e.date, e.date_start, e.intensity, ${firstSource('Event', 'e.id')} AS source_id
      FROM events e WHERE e.intensity IS NOT NULL AND ${ev.where.join(' AND ')}${rangeSql('e.date_start', range, eventParams)}`,
    params: eventParams,
  };
  const packageParams: unknown[] = [...a, ...b, ...b, ...a];
  const packages: Piece = {
    sql: `SELECT p.id, p.date, p.date_start, p.intensity, ${firstSource('SanctionPackage', 'p.id')} AS source_id
      FROM sanction_packages p JOIN sanction_regimes r ON r.id = p.regime_id
      WHERE ((r.imposer_id IN ${A} AND r.target_id IN ${B}) OR (r.imposer_id IN ${B} AND r.target_id IN ${A}))${rangeSql('p.date_start', range, packageParams)}`,
    params: packageParams,
  };
  return { links: [said(A, B, a, b), said(B, A, b, a)], events, packages };
}

export interface PairCoverageCounts {
  sources: number;
  speakers: number;
}

interface PairDays {
  days: TensionDayRow[];
  voices: PairCoverageCounts;
}

/** A row of one arm's day sums (dateStart set) or of its distinct sources or speakers. */
interface PartRow {
  dateStart: string | null;
  date: string | null;
  scaled: string | null;
  records: number | null;
  acts: number | null;
  sourceId: number | null;
  speakerId: number | null;
}

export function pairTensionRepository(sql: Sql) {
  const ACT_GROUP = actGroup(sql.dialect);
  /**
   * Every statement of each act `carriers` carry (its speaker, source and date), the carrier
   * included, in one read per chunk of acts: each act is a walk of the link index on its own day,
   * numbered so its rows come back to it. A chunk holds a power of two of acts (the last
   * repeated), so a few statements serve every count, and few enough that its parameters stay
   * far below PostgreSQL's 65,535.
   */
  async function actsOf(
    a: number[],
    b: number[],
    carriers: TensionRecordRow[],
  ): Promise<TensionRecordRow[][]> {
    const perAct = 2 * (a.length + b.length + 5);
    const chunkSize = 2 ** Math.max(0, Math.min(4, Math.floor(Math.log2(20_000 / perAct))));
    const found: TensionRecordRow[][] = [];
    for (let start = 0; start < carriers.length; start += chunkSize) {
      const chunk = carriers.slice(start, start + chunkSize);
      const size = 2 ** Math.ceil(Math.log2(chunk.length));
      const asked = [...chunk, ...Array<TensionRecordRow>(size - chunk.length).fill(chunk.at(-1)!)];
      const arms = asked.flatMap((carrier, act) => {
        const { links } = pairRecords(sql.dialect, a, b, { from: carrier.dateStart, to: carrier.dateStart });
        const sameAct: Piece = {
          sql: 'AND speaker_id = ? AND date = ? AND coalesce(source_id, -statement_id) = ?',
          params: [carrier.speakerId, carrier.date, carrier.sourceId ?? -carrier.id],
        };
        return links.flatMap((from) => [
          'UNION ALL',
          `SELECT ${act} AS act, statement_id, speaker_id, source_id, date, date_start, intensity`,
          from,
          sameAct,
        ]);
      });
      // DISTINCT: a statement aimed at actors of both sides, or two of one side, is one record.
      const query = join([
        `SELECT DISTINCT act, 'Statement' AS type, statement_id AS id, speaker_id AS speakerId,
           source_id AS sourceId, date, date_start AS dateStart, intensity FROM (`,
        ...arms.slice(1),
        ') AS linked ORDER BY act, id',
      ]);
      const rows = await sql.all<TensionRecordRow & { act: number }>(query.sql, query.params);
      const byAct = chunk.map((): TensionRecordRow[] => []);
      for (const { act, ...row } of rows) byAct[act]?.push(row);
      found.push(...byAct);
    }
    return found;
  }

  /**
   * The pair's acts, in arms of one shape (date_start, date, records, carried, speaker_id,
   * source_id): one per direction of the links, and one of the events and packages, each of
   * which is an act of its own.
   */
  function actArms(a: number[], b: number[]): Piece[] {
    const { links, events, packages } = pairRecords(sql.dialect, a, b, {});
    // count(DISTINCT): a statement linked to two actors of one side counts once.
    const said = links.map((from) =>
      join([
        `SELECT date_start, date, count(DISTINCT statement_id) AS records, ${CARRIED} AS carried,
           speaker_id, source_id`,
        from,
        `GROUP BY ${ACT_GROUP}`,
      ]),
    );
    const happened = join([
      'SELECT date_start, date, 1 AS records, intensity AS carried, CAST(NULL AS INTEGER) AS speaker_id, source_id FROM (',
      events,
      ') AS event UNION ALL SELECT date_start, date, 1, intensity, NULL, source_id FROM (',
      packages,
      ') AS package',
    ]);
    return [...said, happened];
  }

  /** SQLite: every arm in one statement, the day sums and the voices counted from one list of acts. */
  async function daysInOneRead(arms: Piece[]): Promise<PairDays> {
    const query = join([
      'WITH acts AS MATERIALIZED (',
      ...arms.flatMap((arm, i) => (i === 0 ? [arm] : ['UNION ALL', arm])),
      `)
      SELECT date_start AS dateStart, max(date) AS date, ${exactSum(sql.dialect, 'carried')} AS counted,
        CAST(sum(records) AS BIGINT) AS records, count(*) AS acts, NULL AS sources, NULL AS speakers
      FROM acts GROUP BY date_start
      UNION ALL
      SELECT NULL, NULL, NULL, NULL, NULL, count(DISTINCT source_id), count(DISTINCT speaker_id) FROM acts
      ORDER BY dateStart NULLS FIRST`,
    ]);
    const [total, ...days] = await sql.all<TensionDayRow & PairCoverageCounts>(query.sql, query.params);
    return {
      days: days.map(({ sources: _, speakers: __, ...day }) => day),
      voices: { sources: total!.sources, speakers: total!.speakers },
    };
  }

  /**
   * PostgreSQL: each arm in a statement of its own, all at once on the pool's connections, so a
   * busy pair's first read uses more than one processor (one statement runs on one). Each arm
   * gives its day sums, unrounded (tension-arithmetic.ts), and its distinct sources and
   * speakers; they are added here, a day's sum rounded once, as the single statement would.
   */
  async function daysInParts(arms: Piece[]): Promise<PairDays> {
    const parts = await Promise.all(
      arms.map((arm) => {
        const query = join([
          'WITH acts AS MATERIALIZED (',
          arm,
          `)
          SELECT date_start AS dateStart, max(date) AS date, ${scaledSumText('carried')} AS scaled,
            CAST(sum(records) AS BIGINT) AS records, count(*) AS acts,
            CAST(NULL AS INTEGER) AS sourceId, CAST(NULL AS INTEGER) AS speakerId
          FROM acts GROUP BY date_start
          UNION ALL
          SELECT NULL, NULL, NULL, NULL, NULL, source_id, NULL FROM acts WHERE source_id IS NOT NULL GROUP BY source_id
          UNION ALL
          SELECT NULL, NULL, NULL, NULL, NULL, NULL, speaker_id FROM acts WHERE speaker_id IS NOT NULL GROUP BY speaker_id`,
        ]);
        return sql.all<PartRow>(query.sql, query.params);
      }),
    );
    const days = new Map<string, { date: string; scaled: string[]; records: number; acts: number }>();
    const sources = new Set<number>();
    const speakers = new Set<number>();
    for (const row of parts.flat()) {
      if (row.sourceId !== null) sources.add(row.sourceId);
      if (row.speakerId !== null) speakers.add(row.speakerId);
      if (row.dateStart === null) continue;
      const day = days.get(row.dateStart);
      if (!day) {
        days.set(row.dateStart, {
          date: row.date!,
          scaled: [row.scaled!],
          records: row.records!,
          acts: row.acts!,
        });
        continue;
      }
      // First days and dates are ASCII digits and dashes: any collation orders them as this does.
      if (row.date! > day.date) day.date = row.date!;
      day.scaled.push(row.scaled!);
      day.records += row.records!;
      day.acts += row.acts!;
    }
    return {
      days: [...days.entries()]
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([dateStart, day]) => ({
          dateStart,
          date: day.date,
          counted: addScaledSums(day.scaled),
          records: day.records,
          acts: day.acts,
        })),
      voices: { sources: sources.size, speakers: speakers.size },
    };
  }

  return {
    /**
     * Per first day: the intensity its acts carry, its records and its acts, oldest first; and
     * the distinct sources and speakers of every record, counted from the same acts, so the
     * pair's links are walked once.
     */
    async days(a: number[], b: number[]): Promise<PairDays> {
      const arms = actArms(a, b);
      return sql.dialect === 'postgres' ? daysInParts(arms) : daysInOneRead(arms);
    },

    /** Distinct sources and speakers of the records dated up to `to` (days() counts them for every record). */
    async voices(a: number[], b: number[], to: string): Promise<PairCoverageCounts> {
      const { links, events, packages } = pairRecords(sql.dialect, a, b, { to });
      const query = join([
        'SELECT count(DISTINCT source_id) AS sources, count(DISTINCT speaker_id) AS speakers FROM (',
        ...links.flatMap((from) => ['SELECT source_id, speaker_id', from, 'UNION ALL']),
        'SELECT source_id, NULL FROM (',
        events,
        ') AS event UNION ALL SELECT source_id, NULL FROM (',
        packages,
        ') AS package) AS record',
      ]);
      return (await sql.get<PairCoverageCounts>(query.sql, query.params))!;
    },

    /**
     * The `first` strongest acts whose first day falls in `range`, weighed on `asOf`: |carried
     * intensity| halved every 180 days of age, as data/tension.ts weighs them; each followed by
     * every record of it. An act is named by its first statement, so that acts of one weight
     * and day come in one order.
     */
    async strongestActs(
      a: number[],
      b: number[],
      range: DayRange,
      asOf: string,
      first: number,
    ): Promise<TensionRecordRow[]> {
      const { links, events, packages } = pairRecords(sql.dialect, a, b, range);
      const weight = `abs(intensity) * ${powerOf(sql.dialect, '0.5', `${daysUntilGiven(sql.dialect, 'dateStart')} / 180.0`)}`;
      const query = join([
        'SELECT type, id, speakerId, sourceId, date, dateStart, intensity FROM (',
        ...links.flatMap((from) => [
          `SELECT 'Statement' AS type, min(statement_id) AS id, speaker_id AS speakerId, source_id AS sourceId,
             date, date_start AS dateStart, ${CARRIED} AS intensity`,
          from,
          `GROUP BY ${ACT_GROUP}`,
          'UNION ALL',
        ]),
        "SELECT 'Event', id, NULL, source_id, date, date_start, intensity FROM (",
        events,
        ") AS event UNION ALL SELECT 'SanctionPackage', id, NULL, source_id, date, date_start, intensity FROM (",
        packages,
        // An act whose weight is unknown (no day to age it from) comes last, as SQLite sorts NULL.
        `) AS package) AS act ORDER BY ${weight} DESC NULLS LAST, dateStart, type, id LIMIT ?`,
      ]);
      const acts = await sql.all<TensionRecordRow>(query.sql, [...query.params, asOf, first]);
      const statements = await actsOf(
        a,
        b,
        acts.filter((act) => act.type === 'Statement'),
      );
      let next = 0;
      return acts.flatMap((act) => (act.type === 'Statement' ? statements[next++]! : [act]));
    },
  };
}
