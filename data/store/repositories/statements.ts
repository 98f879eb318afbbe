import type { Db } from '../open';
import type { ActorRow, Page, StanceValue, StatementRow, TopicRow } from '../rows';
import { keysetPage, placeholders } from '../keyset';
import { ftsQuery, SEARCH_CODES } from '../fts';
import { alignedBy, groupedBy } from './batch';
import { ACTOR_COLUMNS, toActor } from './actors';
import type { DayInterval } from '../../partial-date';

export const STATEMENT_COLUMNS = `s.id, s.key, s.speaker_id AS speakerId, s.date, s.date_start AS dateStart,
  s.quote, s.summary, s.stance, s.intensity, s.cameo_code AS cameoCode, s.verification`;

export interface StatementFilterArgs {
  speakers?: string[] | null;
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
    `(s.speaker_id IN ${placeholders(speakers.length)} AND s.id IN
      (SELECT statement_id FROM statement_targets WHERE actor_id IN ${placeholders(targets.length)}))`;
  return { sql: `(${side(a, b)} OR ${side(b, a)})`, params: [...a, ...b, ...b, ...a] };
}

export type StatementOrderBy = { field: 'DATE' | 'INTENSITY'; direction: 'ASC' | 'DESC' };

/** SQL conditions for a statement filter; shared by pages and exports. */
export function statementConditions(filter: StatementFilterArgs): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.speakers?.length) {
    where.push(
      `s.speaker_id IN (SELECT id FROM actors WHERE key IN ${placeholders(filter.speakers.length)})`,
    );
    params.push(...filter.speakers);
  }
  if (filter.speakerIds) {
    where.push(`s.speaker_id IN ${placeholders(filter.speakerIds.length)}`);
    params.push(...filter.speakerIds);
  }
  if (filter.targets?.length) {
    // EXISTS probes the link table by primary key for each candidate row, so the plan can
    // walk statements by an index and stop at the page's end instead of collecting every
    // statement about a much-discussed target first.
    where.push(`EXISTS (SELECT 1 FROM statement_targets st WHERE st.statement_id = s.id
      AND st.actor_id IN (SELECT id FROM actors WHERE key IN ${placeholders(filter.targets.length)}))`);
    params.push(...filter.targets);
  }
  if (filter.targetIds) {
    where.push(
      `s.id IN (SELECT statement_id FROM statement_targets WHERE actor_id IN ${placeholders(filter.targetIds.length)})`,
    );
    params.push(...filter.targetIds);
  }
  if (filter.pair) {
    const pair = pairCondition(filter.pair.a, filter.pair.b);
    where.push(pair.sql);
    params.push(...pair.params);
  }
  if (filter.topics?.length) {
    where.push(`EXISTS (SELECT 1 FROM statement_topics sp WHERE sp.statement_id = s.id
      AND sp.topic_id IN (SELECT id FROM topics WHERE key IN ${placeholders(filter.topics.length)}))`);
    params.push(...filter.topics);
  }
  if (filter.stances?.length) {
    where.push(`s.stance IN ${placeholders(filter.stances.length)}`);
    params.push(...filter.stances);
  }
  // A record's interval overlaps the filter's: "2025-04" is within from "2025-04-15".
  if (filter.from) {
    where.push('s.date_end >= ?');
    params.push(filter.from.start);
  }
  if (filter.to) {
    where.push('s.date_start <= ?');
    params.push(filter.to.end);
  }
  if (filter.text != null) {
    const match = ftsQuery(filter.text);
    if (match === null) where.push('0');
    else {
      where.push(
        `s.id IN (SELECT rowid >> 4 FROM search_index WHERE search_index MATCH ? AND (rowid & 15) = ${SEARCH_CODES.Statement})`,
      );
      params.push(match);
    }
  }
  return { where, params };
}

export function statementRepository(db: Db) {
  return {
    byIds: (ids: readonly number[]) =>
      alignedBy(
        db,
        `SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id`,
        ids,
        (r: StatementRow) => r.id,
        (r) => r,
      ),
    byKeys: (keys: readonly string[]) =>
      alignedBy(
        db,
        `SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.key`,
        keys,
        (r: StatementRow) => r.key,
        (r) => r,
      ),
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
    page(
      filter: StatementFilterArgs,
      order: StatementOrderBy,
      after: unknown[] | null,
      first: number,
    ): Page<StatementRow> {
      const { where, params } = statementConditions(filter);
      const column = order.field === 'DATE' ? 's.date_start' : 's.intensity';
      return keysetPage(db, {
        select: STATEMENT_COLUMNS,
        from: 'statements s',
        where,
        params,
        orderBy: [column, 's.id'],
        direction: order.direction,
        after,
        first,
        map: (r: StatementRow) => r,
        positionOf: (r: StatementRow) => [order.field === 'DATE' ? r.dateStart : r.intensity, r.id],
      });
    },
  };
}
