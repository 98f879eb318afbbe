/**
 * Retracted records as their pages and node(id) read them (migration 013): the row the API
 * read when the record was retracted, carrying its kept links in `retracted`.
 */
import type { EventRow, RetractedLinks, SanctionPackageRow, StatementRow } from '../rows';
import { alignedOn } from './batch';
import type { Sql } from '../sql';

interface RetractedRaw {
  id: number;
  key: string;
  record: string;
}

function byKeys<Row>(sql: Sql, type: string) {
  return (keys: readonly string[]): Promise<(Row | null)[]> =>
    alignedOn(
      sql,
      // type is one of the fixed names below, never user input.
      `SELECT id, key, record FROM retracted_records WHERE record_type = '${type}' AND key`,
      keys,
      (r: RetractedRaw) => r.key,
      (r) => {
        const { row, links } = JSON.parse(r.record) as {
          row: Row;
          links: Omit<RetractedLinks, 'retractedId'>;
        };
        return { ...row, retracted: { ...links, retractedId: r.id } };
      },
    );
}

export function retractedRepository(sql: Sql) {
  return {
    statementsByKeys: byKeys<StatementRow>(sql, 'Statement'),
    eventsByKeys: byKeys<EventRow>(sql, 'Event'),
    packagesByKeys: byKeys<SanctionPackageRow>(sql, 'SanctionPackage'),
  };
}
