import type { Db } from '../open';
import type { StatsRow, TopicRow } from '../rows';
import { ftsQuery, SEARCH_CODES, type SearchKind } from '../fts';
import { alignedBy } from './batch';

export interface SearchHit {
  kind: SearchKind;
  id: number;
}

const BOOST = new Map<number, number>([
  [SEARCH_CODES.Actor, 2],
  [SEARCH_CODES.Alliance, 1.5],
]);

const KIND_BY_CODE = new Map<number, SearchKind>(
  Object.entries(SEARCH_CODES).map(([kind, code]) => [code, kind as SearchKind]),
);

export function overviewRepository(db: Db) {
  return {
    /** Read from the counters the writes keep (migration 008), not counted on a read. */
    stats(): StatsRow {
      const counts = new Map(
        db.prepare('SELECT table_name, n FROM record_counts').raw().all() as [string, number][],
      );
      const count = (table: string) => {
        const n = counts.get(table);
        if (n === undefined) throw new Error(`no record count kept for ${table}`);
        return n;
      };
      return {
        actors: count('actors'),
        statements: count('statements'),
        events: count('events'),
        sanctionPackages: count('sanction_packages'),
        sanctionDesignations: count('sanction_designations'),
        alliances: count('alliances'),
        sources: count('sources'),
      };
    },
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
      // FTS5 finds the best matches by bm25 (lower is better) fastest with a plain ORDER BY
      // rank; the candidates are then re-weighed so that a name match on an actor or an
      // alliance, whose long descriptions dilute their score, comes before passing mentions.
      const candidates = db
        .prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?')
        .all(match, first * 4) as { rowid: number; rank: number }[];
      const weight = (rowid: number) => BOOST.get(rowid & 15) ?? 1;
      const rows = candidates
        .map((c, order) => ({ rowid: c.rowid, score: c.rank * weight(c.rowid), order }))
        .sort((x, y) => x.score - y.score || x.order - y.order)
        .slice(0, first)
        .map((c) => c.rowid);
      return rows.flatMap((rowid) => {
        const kind = KIND_BY_CODE.get(rowid & 15);
        return kind ? [{ kind, id: rowid >> 4 }] : [];
      });
    },
  };
}
