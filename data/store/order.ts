import type { Sql } from './sql';

/**
 * SQLite sorts NULL before every value, PostgreSQL after: an ascending order over a column that
 * may be NULL says so on PostgreSQL, so that both engines list alike.
 */
export const nullsFirst = (sql: Sql): string => (sql.dialect === 'postgres' ? ' NULLS FIRST' : '');
