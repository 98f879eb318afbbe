import type { Db } from '../open';
import type { ActorRow, Page, StanceValue, StatementRow, TopicRow } from '../rows';
import { keysetPage, placeholders } from '../keyset';
import { ftsQuery, SEARCH_CODES } from '../fts';
import { groupedBy, keyedLookups } from './batch';
import { perRowStatementMatch } from './search';
import { ACTOR_COLUMNS, toActor } from './actors';
import type { DayInterval } from '../../partial-date';
import { prepared } from '../prepared';

export const STATEMENT_COLUMNS = `s.id, s.key, s.speaker_id AS speakerId, s.date, s.date_start AS dateStart,
  s.quote, s.summary, s.stance, s.intensity, s.cameo_code AS cameoCode, s.verification`;

export interface StatementFilterArgs {
  speakers?: string[] | null;
  /** With `speakers`: statements by those who speak for them too (an ambassador for his state). */
  includeAffiliated?: boolean | null;
  targets?: string[] | null;
  topics?: string[] | null;
  stances?: StanceValue[] | null;
  from?: DayInterval | null;
  to?: DayInterval | null;
  text?: string | null;
  /** Actor ids: statements made by any of these. */
  speakerIds?: number[];
  /** Actor ids: statements aimed at any of these. */
  targetIds?: number[];
  /** Two sides (each an actor and its affiliates): statements by one side aimed at the other. */
  pair?: { a: number[]; b: number[] };
}

function pairCondition(a: number[], b: number[]): { sql: string; params: unknown[] } {
  const side = (speakers: number[], targets: number[]) =>
    `(s.speaker_id IN ${placeholders(speakers.length)} AND EXISTS (SELECT 1 FROM statement_targets st
      WHERE st.statement_id = s.id AND st.actor_id IN ${placeholders(targets.length)}))`;
  return { sql: `(${side(a, b)} OR ${side(b, a)})`, params: [...a, ...b, ...b, ...a] };
}

export type StatementOrderBy = { field: 'DATE' | 'INTENSITY'; direction: 'ASC' | 'DESC' };

/** Ids of the rows of `table` with these keys: filters compare ids, which indexes order. */
function idsOf(db: Db, table: 'actors' | 'topics', keys: readonly string[]): number[] {
  const rows = prepared(db, `SELECT id FROM ${table} WHERE key IN ${placeholders(keys.length)}`).all(...keys);
  return (rows as { id: number }[]).map((row) => row.id);
}

/**
 * Ids of the speakers a filter names: the actors with these keys, and with `withAffiliates` also
 * those affiliated with them, one step as relations count them (Russia takes in its ambassador).
 */
function speakerIdsOf(db: Db, keys: readonly string[], withAffiliates: boolean): number[] {
  const named = idsOf(db, 'actors', keys);
  if (!withAffiliates || named.length === 0) return named;
  const affiliates = prepared(
    db,
    `SELECT id FROM actors WHERE affiliation_id IN ${placeholders(named.length)} ORDER BY id`,
  ).all(...named) as { id: number }[];
  return [...new Set([...named, ...affiliates.map((row) => row.id)])];
}

/** `column = ?` for one value (an index then yields rows in order), else `IN (...)`. */
function oneOf(column: string, ids: readonly unknown[]): string {
  if (ids.length === 0) return '0';
  return ids.length === 1 ? `${column} = ?` : `${column} IN ${placeholders(ids.length)}`;
}

/** A statement names at most a year ("2025"), so its interval ends within 366 days of its start. */
const LONGEST_STATEMENT_DAYS = 366;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** SQL conditions for a statement filter; shared by pages, relations and exports. */
export function statementConditions(
  db: Db,
  filter: StatementFilterArgs,
  /**
   * Test the text row by row while a page walks the statements in order. For a word in many
   * statements that finds a page within a few rows, where listing every match first took
   * seconds at a million statements; a rare word still reads the match list.
   */
  textPerRow = false,
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const speakerIds = [
    ...(filter.speakers?.length ? speakerIdsOf(db, filter.speakers, Boolean(filter.includeAffiliated)) : []),
    ...(filter.speakerIds ?? []),
  ];
  if (filter.speakers?.length || filter.speakerIds) {
    where.push(oneOf('s.speaker_id', speakerIds));
    params.push(...speakerIds);
  }
  const targetIds = [
    ...(filter.targets?.length ? idsOf(db, 'actors', filter.targets) : []),
    ...(filter.targetIds ?? []),
  ];
  if (filter.targets?.length || filter.targetIds) {
    // EXISTS probes the link table by primary key for each candidate row, so the plan can
    // walk statements by an index and stop at the page's end.
    where.push(
      `EXISTS (SELECT 1 FROM statement_targets st WHERE st.statement_id = s.id AND ${oneOf('st.actor_id', targetIds)})`,
    );
    params.push(...targetIds);
  }
  if (filter.pair) {
    const pair = pairCondition(filter.pair.a, filter.pair.b);
    where.push(pair.sql);
    params.push(...pair.params);
  }
  if (filter.topics?.length) {
    const topicIds = idsOf(db, 'topics', filter.topics);
    where.push(
      `EXISTS (SELECT 1 FROM statement_topics sp WHERE sp.statement_id = s.id AND ${oneOf('sp.topic_id', topicIds)})`,
    );
    params.push(...topicIds);
  }
  if (filter.stances?.length) {
    where.push(oneOf('s.stance', filter.stances));
    params.push(...filter.stances);
  }
  // A record's interval overlaps the filter's: "2025-04" is within from "2025-04-15".
  if (filter.from) {
    // The second condition is implied by the first; it lets an index range-scan date_start.
    where.push('s.date_end >= ?', 's.date_start >= ?');
    params.push(filter.from.start, daysBefore(filter.from.start, LONGEST_STATEMENT_DAYS));
  }
  if (filter.to) {
    where.push('s.date_start <= ?');
    params.push(filter.to.end);
  }
  if (filter.text != null) {
    const match = ftsQuery(filter.text);
    if (match === null) where.push('0');
    else {
      // The statement's own words, or one excerpt of its evidence (rowid: the statement's
      // search rowid * 256 + the evidence's position, migration 006).
      const perRow = textPerRow ? perRowStatementMatch(db, filter.text) : null;
      if (perRow !== null) {
        // FTS5 answers a MATCH bounded to one rowid (or one record's excerpts) from its index.
        const own = `s.id * 16 + ${SEARCH_CODES.Statement}`;
        const test = `(EXISTS (SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ${own})
            OR EXISTS (SELECT 1 FROM evidence_search WHERE evidence_search MATCH ?
              AND rowid BETWEEN (${own}) * 256 AND (${own}) * 256 + 255))`;
        // The text is tested only on rows the other conditions keep: a match test costs tens
        // of microseconds a row, and evaluated first, a common word with a rare topic tested
        // all million statements (80 s) to find none.
        const others = where.length ? where.join(' AND ') : '1';
        where.push(`CASE WHEN ${others} THEN ${test} ELSE 0 END`);
        params.push(...params, perRow, perRow);
      } else {
        where.push(
          `s.id IN (SELECT rowid >> 4 FROM search_index WHERE search_index MATCH ? AND (rowid & 15) = ${SEARCH_CODES.Statement}
            UNION ALL SELECT rowid >> 12 FROM evidence_search WHERE evidence_search MATCH ? AND ((rowid >> 8) & 15) = ${SEARCH_CODES.Statement})`,
        );
        params.push(match, match);
      }
    }
  }
  return { where, params };
}

/** A text filter's statements are counted up to this many; past it the total is a floor. */
export const TEXT_COUNT_CAP = 10_000;

/**
 * How to count statements filtered by text: from the words' match lists, whose reading costs
 * what they hold (the commonest words are in every statement), so counting stops at
 * TEXT_COUNT_CAP and the API says the total is "at least" that many. Testing the statements
 * one by one, as a page does, costs more per row and is no help to a count.
 */
function textFilterCount(
  db: Db,
  filter: Omit<StatementFilterArgs, 'targetIds'> & { targetIds: number[] | null },
) {
  const { where, params } = statementConditions(
    db,
    { ...filter, targetIds: filter.targetIds ?? undefined },
    false,
  );
  return { from: 'statements s', where, params, cap: TEXT_COUNT_CAP };
}

export function statementRepository(db: Db) {
  const statementLookups = keyedLookups(db, STATEMENT_COLUMNS, 'statements s', (r: StatementRow) => r);
  return {
    byIds: statementLookups.byIds,
    byKeys: statementLookups.byKeys,
    targetsOf: (ids: readonly number[]) =>
      groupedBy(
        db,
        `SELECT st.statement_id AS statementId, ${ACTOR_COLUMNS} FROM statement_targets st
         JOIN actors a ON a.id = st.actor_id WHERE st.statement_id IN (:ids) ORDER BY st.statement_id, st.position`,
        ids,
        (r: { statementId: number } & Parameters<typeof toActor>[0]) => r.statementId,
        ({ statementId: _, ...actor }): ActorRow => toActor(actor),
      ),
    topicsOf: (ids: readonly number[]) =>
      groupedBy(
        db,
        `SELECT sp.statement_id AS statementId, t.id, t.key, t.label FROM statement_topics sp
         JOIN topics t ON t.id = sp.topic_id WHERE sp.statement_id IN (:ids) ORDER BY sp.statement_id, sp.position`,
        ids,
        (r: { statementId: number } & TopicRow) => r.statementId,
        ({ statementId: _, ...topic }): TopicRow => topic,
      ),
    /** How many statements match the filter, as a page of it counts them (its totalCount). */
    count(filter: StatementFilterArgs): number {
      return this.page(filter, { field: 'DATE', direction: 'DESC' }, null, 1).totalCount();
    },
    page(
      filter: StatementFilterArgs,
      order: StatementOrderBy,
      start: unknown[] | null,
      size: number,
      /** Read the page before `start` instead of after it (`last`/`before`). */
      backward = false,
    ): Page<StatementRow> {
      const targetIds =
        filter.targets?.length || filter.targetIds
          ? [
              ...(filter.targets?.length ? idsOf(db, 'actors', filter.targets) : []),
              ...(filter.targetIds ?? []),
            ]
          : null;
      // Newest statements about one actor: walk that actor's links by date and stop at the
      // page's end, instead of walking every statement and probing its targets. With a
      // speaker too, the speaker's own index is the narrower walk.
      const bySpeaker = Boolean(filter.speakers?.length || filter.speakerIds);
      const lead = targetIds?.length === 1 && order.field === 'DATE' && !bySpeaker ? targetIds[0]! : null;
      const { where, params } = statementConditions(
        db,
        { ...filter, targets: null, targetIds: lead === null ? (targetIds ?? undefined) : undefined },
        true,
      );
      if (lead !== null) {
        where.unshift('st.actor_id = ?');
        params.unshift(lead);
      }
      const count =
        filter.text != null
          ? textFilterCount(db, { ...filter, targets: null, targetIds: targetIds ?? null })
          : undefined;
      const orderBy =
        lead !== null
          ? ['st.date_start', 'st.statement_id']
          : [order.field === 'DATE' ? 's.date_start' : 's.intensity', 's.id'];
      return keysetPage(db, {
        select: STATEMENT_COLUMNS,
        from:
          lead !== null ? 'statement_targets st JOIN statements s ON s.id = st.statement_id' : 'statements s',
        where,
        params,
        orderBy,
        direction: order.direction,
        start,
        size,
        backward,
        map: (r: StatementRow) => r,
        positionOf: (r: StatementRow) => [order.field === 'DATE' ? r.dateStart : r.intensity, r.id],
        count,
      });
    },
  };
}
