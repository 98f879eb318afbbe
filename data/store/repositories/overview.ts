import type { StatsRow, TopicRow } from '../rows';
import { alignedOn } from './batch';
import type { Sql } from '../sql';
import { searchRecords } from './search';

export function overviewRepository(sql: Sql) {
  return {
    /**
     * Read from the counters the writes keep (migration 008), not counted on a read; kept per
     * data version, as every page's header asks for them.
     */
    async stats(): Promise<StatsRow> {
      const rows = await sql.memo('record-counts', () =>
        sql.all<{ name: string; n: number }>('SELECT table_name AS name, n FROM record_counts'),
      );
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
    topics: (): Promise<TopicRow[]> =>
      sql.all<TopicRow>('SELECT id, key, label FROM topics ORDER BY label, id'),
    topicsByIds: (ids: readonly number[]) =>
      alignedOn(
        sql,
        'SELECT id, key, label FROM topics WHERE id',
        ids,
        (r: TopicRow) => r.id,
        (r) => r,
      ),
    topicsByKeys: (keys: readonly string[]) =>
      alignedOn(
        sql,
        'SELECT id, key, label FROM topics WHERE key',
        keys,
        (r: TopicRow) => r.key,
        (r) => r,
      ),
    statementCounts: async (topicIds: readonly number[]) =>
      (
        await alignedOn(
          sql,
          'SELECT topic_id AS topicId, count(*) AS n FROM statement_topics GROUP BY topic_id HAVING topic_id',
          topicIds,
          (r: { topicId: number; n: number }) => r.topicId,
          (r) => r.n,
        )
      ).map((n) => n ?? 0),
    search: (text: string, first: number) => searchRecords(sql, text, first),
  };
}
