/**
 * A bulk copy into empty tables runs several times faster without the tables' foreign keys and
 * secondary indexes: each row would otherwise look up every row it names and enter every index
 * one at a time. They are dropped inside the copy's transaction and made again from their own
 * definitions at its end (as pg_restore does), where an index is built in one sort and a foreign
 * key checked in one join. A failure rolls the drops back with everything else, and no other
 * session sees the tables without them: DROP holds the tables' locks until the transaction ends.
 * Primary keys and UNIQUE constraints stay, so duplicates are still refused row by row.
 */
import pg from 'pg';

const ident = pg.escapeIdentifier;

/** Memory for each index build, one at a time. */
const INDEX_BUILD_MEMORY = '256MB';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

async function foreignKeysOf(client: pg.ClientBase, tables: string[]): Promise<Definition[]> {
  const { rows } = await client.query<Definition>(
    `SELECT t.relname AS table, f.conname AS name, pg_get_constraintdef(f.oid) AS definition
     FROM pg_constraint f JOIN pg_class t ON t.oid = f.conrelid
     WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace AND t.relname = ANY ($1)
     ORDER BY f.oid`,
    [tables],
  );
  return rows;
}

/** Indexes that back no constraint: those of primary keys and UNIQUE constraints stay. */
async function secondaryIndexesOf(client: pg.ClientBase, tables: string[]): Promise<Definition[]> {
  const { rows } = await client.query<Definition>(
    `SELECT t.relname AS table, x.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY ($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY i.indexrelid`,
    [tables],
  );
  return rows;
}

/**
 * Drops the foreign keys and secondary indexes of `tables`; the function returned makes them
 * again, checking every foreign key against the rows copied meanwhile.
 */
export async function setAsideKeysAndIndexes(
  client: pg.ClientBase,
  tables: string[],
): Promise<() => Promise<void>> {
  const foreignKeys = await foreignKeysOf(client, tables);
  const indexes = await secondaryIndexesOf(client, tables);
  for (const fk of foreignKeys) {
    await client.query(`ALTER TABLE ${ident(fk.table)} DROP CONSTRAINT ${ident(fk.name)}`);
  }
  for (const index of indexes) await client.query(`DROP INDEX ${ident(index.name)}`);
  return async () => {
    // PostgreSQL's default 64 MB makes a GIN index of a million rows spill in many small runs;
    // 256 MB took the index builds of a 1M-statement transfer from 60 s to 30 s (one run each, a
    // busy machine). SET LOCAL: it lasts until the transaction ends.
    await client.query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
    for (const index of indexes) await client.query(index.definition);
    for (const fk of foreignKeys) {
      try {
        await client.query(
          `ALTER TABLE ${ident(fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`,
        );
      } catch (error) {
        const detail = (error as pg.DatabaseError).detail;
        throw new Error(
          `The rows copied into ${fk.table} break its foreign key ${fk.name}: ${detail ?? (error as Error).message}`,
          { cause: error },
        );
      }
    }
  };
}
