import type { StanceValue, StatementRow, StorePage, TopicRow } from '../rows';
import { keysetPageOn, placeholders } from '../keyset';
import { groupedOn, keyedLookupsOn } from './batch';
import { statementTextTest, statementTextTests, type StatementTextTest } from './statement-text';
import type { DayInterval } from '../../partial-date';
import type { Dialect, Sql } from '../sql';

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

const keyIdsSql = (table: 'actors' | 'topics', n: number) =>
  `SELECT id FROM ${table} WHERE key IN ${placeholders(n)}`;
const affiliateIdsSql = (n: number) =>
  `SELECT id FROM actors WHERE affiliation_id IN ${placeholders(n)} ORDER BY id`;

/** Ids of the rows of `table` with these keys: filters compare ids, which indexes order. */
async function idsOn(sql: Sql, table: 'actors' | 'topics', keys: readonly string[]): Promise<number[]> {
  return (await sql.all<{ id: number }>(keyIdsSql(table, keys.length), keys)).map((row) => row.id);
}

/**
 * Ids of the speakers a filter names: the actors with these keys, and with `withAffiliates` also
 * those affiliated with them, one step as relations count them (Russia takes in its ambassador).
 */
async function speakerIdsOn(sql: Sql, keys: readonly string[], withAffiliates: boolean): Promise<number[]> {
  const named = await idsOn(sql, 'actors', keys);
  if (!withAffiliates || named.length === 0) return named;
  const affiliates = await sql.all<{ id: number }>(affiliateIdsSql(named.length), named);
  return [...new Set([...named, ...affiliates.map((row) => row.id)])];
}

/** The ids a filter's conditions compare; null where the filter sets no such condition. */
interface FilterIds {
  speakerIds: number[] | null;
  targetIds: number[] | null;
  topicIds: number[] | null;
}

/** A filter's ids from those its keys name (read from the database) and those it gives. */
function filterIds(
  filter: StatementFilterArgs,
  speakers: number[],
  targets: number[],
  topics: number[],
): FilterIds {
  return {
    speakerIds:
      filter.speakers?.length || filter.speakerIds ? [...speakers, ...(filter.speakerIds ?? [])] : null,
    targetIds: filter.targets?.length || filter.targetIds ? [...targets, ...(filter.targetIds ?? [])] : null,
    topicIds: filter.topics?.length ? topics : null,
  };
}

/**
 * The ids a filter's keys name, kept per data version: on PostgreSQL reading them was one
 * round trip of the five a page filtered by one target took. A filter that names no key reads nothing.
 */
async function filterIdsOn(sql: Sql, filter: StatementFilterArgs): Promise<FilterIds> {
  const speakers = filter.speakers ?? [];
  const targets = filter.targets ?? [];
  const topics = filter.topics ?? [];
  const includeAffiliated = Boolean(filter.includeAffiliated);
  const read = async () => ({
    speakers: speakers.length ? await speakerIdsOn(sql, speakers, includeAffiliated) : [],
    targets: targets.length ? await idsOn(sql, 'actors', targets) : [],
    topics: topics.length ? await idsOn(sql, 'topics', topics) : [],
  });
  const named = { speakers, includeAffiliated, targets, topics };
  const ids =
    speakers.length + targets.length + topics.length === 0
      ? await read()
      : await sql.memo(`statement filter keys ${JSON.stringify(named)}`, read);
  return filterIds(filter, ids.speakers, ids.targets, ids.topics);
}

/** The condition that holds for no row, as each engine spells it (PostgreSQL's WHERE takes booleans only). */
const NEVER: Record<Dialect, string> = { sqlite: '0', postgres: 'FALSE' };

/** `column = ?` for one value (an index then yields rows in order), else `IN (...)`. */
function oneOf(dialect: Dialect, column: string, ids: readonly unknown[]): string {
  if (ids.length === 0) return NEVER[dialect];
  return ids.length === 1 ? `${column} = ?` : `${column} IN ${placeholders(ids.length)}`;
}

/** A statement names at most a year ("2025"), so its interval ends within 366 days of its start. */
const LONGEST_STATEMENT_DAYS = 366;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** SQL conditions for a statement filter whose keys were read as ids, and its text's test. */
function conditionsOf(
  dialect: Dialect,
  filter: StatementFilterArgs,
  ids: FilterIds,
  text: StatementTextTest | null,
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (ids.speakerIds) {
    where.push(oneOf(dialect, 's.speaker_id', ids.speakerIds));
    params.push(...ids.speakerIds);
  }
  if (ids.targetIds) {
    // EXISTS probes the link table by primary key for each candidate row, so the plan can
    // walk statements by an index and stop at the page's end.
    where.push(
      `EXISTS (SELECT 1 FROM statement_targets st WHERE st.statement_id = s.id AND ${oneOf(dialect, 'st.actor_id', ids.targetIds)})`,
    );
    params.push(...ids.targetIds);
  }
  if (filter.pair) {
    const pair = pairCondition(filter.pair.a, filter.pair.b);
    where.push(pair.sql);
    params.push(...pair.params);
  }
  if (ids.topicIds) {
    where.push(
      `EXISTS (SELECT 1 FROM statement_topics sp WHERE sp.statement_id = s.id AND ${oneOf(dialect, 'sp.topic_id', ids.topicIds)})`,
    );
    params.push(...ids.topicIds);
  }
  if (filter.stances?.length) {
    where.push(oneOf(dialect, 's.stance', filter.stances));
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
  if (text?.kind === 'never') where.push(NEVER[dialect]);
  else if (text?.kind === 'condition') {
    where.push(text.sql);
    params.push(...text.params);
  } else if (text?.kind === 'perRow') {
    // The text is tested only on rows the other conditions keep: a match test costs tens
    // of microseconds a row, and evaluated first, a common word with a rare topic tested
    // all million statements (80 s) to find none.
    const others = where.length ? where.join(' AND ') : '1';
    where.push(`CASE WHEN ${others} THEN ${text.sql} ELSE 0 END`);
    params.push(...params, ...text.params);
  }
  return { where, params };
}

/**
 * SQL conditions for a statement filter; shared by pages, relations and exports. With
 * `textPerRow`, the text is tested as a page walking the statements in order tests it
 * (statementTextTests); otherwise every match is listed, as a count over them all reads them.
 */
export async function statementConditionsOn(
  sql: Sql,
  filter: StatementFilterArgs,
  textPerRow = false,
): Promise<{ where: string[]; params: unknown[] }> {
  const ids = await filterIdsOn(sql, filter);
  const text =
    filter.text == null
      ? null
      : textPerRow
        ? (await statementTextTests(sql, filter.text)).page
        : statementTextTest(sql.dialect, filter.text);
  return conditionsOf(sql.dialect, filter, ids, text);
}

/** A text filter's statements are counted up to this many; past it the total is a floor. */
export const TEXT_COUNT_CAP = 10_000;

const TARGET_IDS_OF = `SELECT statement_id AS statementId, actor_id AS actorId FROM statement_targets
  WHERE statement_id IN (:ids) ORDER BY statement_id, position`;
const TOPICS_OF = `SELECT sp.statement_id AS statementId, t.id, t.key, t.label FROM statement_topics sp
  JOIN topics t ON t.id = sp.topic_id WHERE sp.statement_id IN (:ids) ORDER BY sp.statement_id, sp.position`;

export function statementRepository(sql: Sql) {
  const statementLookups = keyedLookupsOn(sql, STATEMENT_COLUMNS, 'statements s', (r: StatementRow) => r);
  return {
    byIds: statementLookups.byIds,
    byKeys: statementLookups.byKeys,
    targetIdsOf: (ids: readonly number[]) =>
      groupedOn(
        sql,
        TARGET_IDS_OF,
        ids,
        (r: { statementId: number; actorId: number }) => r.statementId,
        (r) => r.actorId,
      ),
    topicsOf: (ids: readonly number[]) =>
      groupedOn(
        sql,
        TOPICS_OF,
        ids,
        (r: { statementId: number } & TopicRow) => r.statementId,
        ({ statementId: _, ...topic }): TopicRow => topic,
      ),
    /** How many statements match the filter, as a page of it counts them (its totalCount). */
    async count(filter: StatementFilterArgs): Promise<number> {
      return (await this.page(filter, { field: 'DATE', direction: 'DESC' }, null, 1)).totalCount();
    },
    async page(
      filter: StatementFilterArgs,
      order: StatementOrderBy,
      start: unknown[] | null,
      size: number,
      /** Read the page before `start` instead of after it (`last`/`before`). */
      backward = false,
    ): Promise<StorePage<StatementRow>> {
      const ids = await filterIdsOn(sql, filter);
      const text = filter.text == null ? null : await statementTextTests(sql, filter.text);
      // Newest statements about one actor: walk that actor's links by date and stop at the
      // page's end, instead of walking every statement and probing its targets. With a
      // speaker too, the speaker's own index is the narrower walk.
      const lead =
        ids.targetIds?.length === 1 && order.field === 'DATE' && !ids.speakerIds ? ids.targetIds[0]! : null;
      const { where, params } = conditionsOf(
        sql.dialect,
        filter,
        lead === null ? ids : { ...ids, targetIds: null },
        text?.page ?? null,
      );
      if (lead !== null) {
        where.unshift('st.actor_id = ?');
        params.unshift(lead);
      }
      const orderBy =
        lead !== null
          ? ['st.date_start', 'st.statement_id']
          : [order.field === 'DATE' ? 's.date_start' : 's.intensity', 's.id'];
      return keysetPageOn(sql, {
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
        // Statements filtered by text are counted as statementTextTests says, whose reading
        // costs what the words' match lists hold (the commonest words are in every statement),
        // so counting stops at TEXT_COUNT_CAP and the API says the total is "at least" that many.
        count:
          text === null
            ? undefined
            : {
                from: 'statements s',
                ...conditionsOf(sql.dialect, filter, ids, text.count),
                cap: TEXT_COUNT_CAP,
              },
      });
    },
  };
}
