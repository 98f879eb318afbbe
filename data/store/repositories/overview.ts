import type { Db } from '../open';
import type { StatsRow, TopicRow } from '../rows';
import { ftsQuery, SEARCH_CODES, type SearchKind } from '../fts';
import { alignedBy } from './batch';

export interface SearchHit {
  kind: SearchKind;
  id: number;
}

const KIND_BY_CODE = new Map<number, SearchKind>(
  Object.entries(SEARCH_CODES).map(([kind, code]) => [code, kind as SearchKind]),
);

export function overviewRepository(db: Db) {
  return {
    stats: (): StatsRow =>
      db
        .prepare(
          `SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM statements) AS statements,
             (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM sanction_packages) AS sanctionPackages,
             (SELECT count(*) FROM sanction_designations) AS sanctionDesignations,
             (SELECT count(*) FROM alliances) AS alliances, (SELECT count(*) FROM sources) AS sources`,
        )
        .get() as StatsRow,
    topics: (): TopicRow[] =>
      db.prepare('SELECT id, key, label FROM topics ORDER BY label, id').all() as TopicRow[],
    topicsByIds: (ids: readonly number[]) =>
      alignedBy(
        db,
        'SELECT id, key, label FROM topics WHERE id',
        ids,
        (r: TopicRow) => r.id,
        (r) => r,
      ),
    topicsByKeys: (keys: readonly string[]) =>
      alignedBy(
        db,
        'SELECT id, key, label FROM topics WHERE key',
        keys,
        (r: TopicRow) => r.key,
        (r) => r,
      ),
    statementCounts: (topicIds: readonly number[]) =>
      alignedBy(
        db,
        'SELECT topic_id AS topicId, count(*) AS n FROM statement_topics GROUP BY topic_id HAVING topic_id',
        topicIds,
        (r: { topicId: number; n: number }) => r.topicId,
        (r) => r.n,
      ).map((n) => n ?? 0),
    /** Best match first (FTS5 bm25 rank), across every searchable type. */
    search(text: string, first: number): SearchHit[] {
      const match = ftsQuery(text);
      if (match === null) return [];
      const rows = db
        // bm25 is negative, lower is better. Actors and alliances are what a name search is
        // usually after, and their long descriptions would otherwise dilute their score.
        .prepare(
          `SELECT rowid FROM search_index WHERE search_index MATCH ?
           ORDER BY rank * CASE rowid & 15 WHEN ${SEARCH_CODES.Actor} THEN 2.0 WHEN ${SEARCH_CODES.Alliance} THEN 1.5 ELSE 1.0 END, rowid
           LIMIT ?`,
        )
        .pluck()
        .all(match, first) as number[];
      return rows.flatMap((rowid) => {
        const kind = KIND_BY_CODE.get(rowid & 15);
        return kind ? [{ kind, id: rowid >> 4 }] : [];
      });
    },
  };
}
