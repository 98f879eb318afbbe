import type { Db } from '../open';
import type { StatsRow, TopicRow } from '../rows';
import { alignedBy } from './batch';
import { prepared } from '../prepared';

export function overviewRepository(db: Db) {
  return {
    /** Read from the counters the writes keep (migration 008), not counted on a read. */
    stats(): StatsRow {
      const rows = prepared(db, 'SELECT table_name AS name, n FROM record_counts').all() as {
        name: string;
        n: number;
      }[];
      const counts = new Map(rows.map((row) => [row.name, row.n]));
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
      prepared(db, 'SELECT id, key, label FROM topics ORDER BY label, id').all() as TopicRow[],
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
  };
}
