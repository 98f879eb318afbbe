/**
 * What a transfer from SQLite copies, read from the two schemas rather than listed by hand, so a
 * table or column a migration adds is copied without a change here: the base tables both engines
 * have (SQLite's FTS5 tables are virtual or shadow tables and have no PostgreSQL twin), less
 * those PostgreSQL's triggers fill; in each, the columns both have, less PostgreSQL's generated
 * ones; tables ordered so that every foreign key's target is copied before the rows naming it.
 */
import type pg from 'pg';
import type { Db } from '../open';

/**
 * Tables both engines have that are not copied: each engine's migrations keep their own ledger,
 * and PostgreSQL's triggers write the counts as the records arrive.
 */
const NOT_COPIED = new Set(['schema_migrations', 'record_counts', 'statement_month_counts']);

/**
 * Copied as early as its keys allow: a target link reads its statement's first source from the
 * evidence as it arrives (a trigger), and evidence arriving after the links would rewrite every
 * link a second time.
 */
const EARLY = ['evidence'];

export interface CopiedTable {
  name: string;
  /** In SQLite's order. */
  columns: string[];
  /** SQLite's primary key columns, to name a row that cannot be copied. */
  key: string[];
  /** The identity column, whose sequence must move past the ids copied; null when none. */
  identity: string | null;
}

interface PgColumn {
  table: string;
  column: string;
  generated: boolean;
  identity: boolean;
}

function sqliteTables(sqlite: Db): Map<string, { name: string; pk: number }[]> {
  const names = sqlite
    .prepare(
      `SELECT name FROM pragma_table_list
       WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const columns = sqlite.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid');
  return new Map(names.map((name) => [name, columns.all(name) as { name: string; pk: number }[]]));
}

async function postgresColumns(client: pg.ClientBase): Promise<Map<string, PgColumn[]>> {
  const { rows } = await client.query<PgColumn>(
    `SELECT c.relname AS table, a.attname AS column, a.attgenerated <> '' AS generated,
       a.attidentity <> '' AS identity
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
     ORDER BY c.oid, a.attnum`,
  );
  const tables = new Map<string, PgColumn[]>();
  for (const row of rows) tables.set(row.table, [...(tables.get(row.table) ?? []), row]);
  return tables;
}

/** Table -> the other tables its foreign keys name. */
async function foreignKeys(client: pg.ClientBase): Promise<Map<string, Set<string>>> {
  const { rows } = await client.query<{ from: string; to: string }>(
    `SELECT src.relname AS from, dst.relname AS to
     FROM pg_constraint f
     JOIN pg_class src ON src.oid = f.conrelid JOIN pg_class dst ON dst.oid = f.confrelid
     WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace`,
  );
  const targets = new Map<string, Set<string>>();
  for (const { from, to } of rows) {
    // A table naming itself (an actor's affiliation) is checked at the end of its one COPY.
    if (from !== to) targets.set(from, (targets.get(from) ?? new Set()).add(to));
  }
  return targets;
}

/** `tables` reordered so that each comes after the tables it names; otherwise as given. */
function referencedFirst(tables: string[], targets: Map<string, Set<string>>): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const waiting = [...tables];
  const ready = (table: string) =>
    [...(targets.get(table) ?? [])].every((to) => placed.has(to) || !tables.includes(to));
  while (waiting.length > 0) {
    const next = waiting.findIndex(ready);
    if (next < 0) {
      throw new Error(`The foreign keys of ${waiting.join(', ')} form a cycle: no order copies them.`);
    }
    const [table] = waiting.splice(next, 1);
    ordered.push(table!);
    placed.add(table!);
  }
  return ordered;
}

/**
 * The tables to copy, in order. A SQLite column PostgreSQL lacks, or a SQLite table it lacks
 * that holds rows, is refused: its values would be lost without a word.
 */
export async function transferPlan(sqlite: Db, client: pg.ClientBase): Promise<CopiedTable[]> {
  const fromSqlite = sqliteTables(sqlite);
  const inPostgres = await postgresColumns(client);
  const plan = new Map<string, CopiedTable>();
  for (const [name, columns] of fromSqlite) {
    if (NOT_COPIED.has(name)) continue;
    const target = inPostgres.get(name);
    if (!target) {
      if (sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM "${name}")`).pluck().get() === 1) {
        throw new Error(
          `SQLite's table ${name} holds rows but PostgreSQL has no such table: migrate it first.`,
        );
      }
      continue;
    }
    const missing = columns.filter((c) => !target.some((t) => t.column === c.name));
    if (missing.length > 0) {
      throw new Error(
        `PostgreSQL's ${name} lacks SQLite's column${missing.length > 1 ? 's' : ''} ` +
          `${missing.map((c) => c.name).join(', ')}: migrate it to the same schema first.`,
      );
    }
    const generated = new Set(target.filter((t) => t.generated).map((t) => t.column));
    plan.set(name, {
      name,
      columns: columns.map((c) => c.name).filter((c) => !generated.has(c)),
      key: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      identity: target.find((t) => t.identity)?.column ?? null,
    });
  }
  // Where the keys leave a choice: the tables named early first, then PostgreSQL's creation order.
  const preferred = [...EARLY, ...[...inPostgres.keys()].filter((t) => !EARLY.includes(t))];
  return referencedFirst(
    preferred.filter((t) => plan.has(t)),
    await foreignKeys(client),
  ).map((t) => plan.get(t)!);
}
