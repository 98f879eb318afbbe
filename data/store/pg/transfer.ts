/**
 * Moves a dataset from a SQLite store into an empty PostgreSQL one with every id kept, so links,
 * URLs and revisions name the same records on both engines. One transaction: it all arrives or
 * none of it does. Rows stream from SQLite into COPY, never held whole in memory. What
 * PostgreSQL derives (the counts, search vectors, what a target link carries of its statement)
 * its triggers and generated columns write as the rows arrive, as SQLite's did.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ENVIRONMENT_ANALYST } from '../analysts';
import type { Db } from '../open';
import { copyLine, UncopyableValue } from './copy-text';
import { setAsideKeysAndIndexes } from './set-aside';
import { transferPlan, type CopiedTable } from './transfer-plan';

/** Rows copied per table. */
export type TransferCounts = { [table: string]: number };

/** The PostgreSQL database already holds records: a transfer fills an empty one only. */
export class PostgresNotEmptyError extends Error {}

const ident = pg.escapeIdentifier;

/** COPY is fed in pieces of about this many characters, not row by row. */
const PIECE = 64 * 1024;

function* copyText(sqlite: Db, table: CopiedTable): Generator<string> {
  const rows = sqlite
    .prepare(`SELECT ${table.columns.map(ident).join(', ')} FROM ${ident(table.name)}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  let piece = '';
  for (const row of rows) {
    try {
      piece += copyLine(row, table.columns);
    } catch (error) {
      if (!(error instanceof UncopyableValue)) throw error;
      const key = table.key.map((k) => `${k} ${JSON.stringify(row[table.columns.indexOf(k)])}`).join(', ');
      throw new Error(`SQLite's ${table.name} row (${key}): ${error.message}.`, { cause: error });
    }
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

async function copyTable(client: pg.ClientBase, sqlite: Db, table: CopiedTable): Promise<number> {
  const copy = client.query(
    copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) FROM STDIN`),
  );
  try {
    // pipeline pulls a piece from SQLite only when the connection has taken the last one.
    await pipeline(Readable.from(copyText(sqlite, table)), copy);
  } catch (error) {
    const where = (error as pg.DatabaseError).where;
    throw new Error(
      `Copying ${table.name} into PostgreSQL failed: ${(error as Error).message}${where ? ` (${where})` : ''}`,
      { cause: error },
    );
  }
  return copy.rowCount;
}

/**
 * The tables that hold records, with their row counts. The analyst the migration creates
 * (ENVIRONMENT_ANALYST, no token) is no record: every store has it, SQLite's too.
 */
async function heldRecords(client: pg.ClientBase, plan: CopiedTable[]): Promise<string[]> {
  const held: string[] = [];
  for (const { name } of plan) {
    const builtIn = name === 'analysts' ? 'WHERE NOT (name = $1 AND token_hash IS NULL)' : '';
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*) AS n FROM ${ident(name)} ${builtIn}`,
      builtIn ? [ENVIRONMENT_ANALYST] : [],
    );
    if (rows[0]!.n > 0) held.push(`${name} ${rows[0]!.n}`);
  }
  return held;
}

/** Moves each identity on past the largest id copied, so that a record written next gets a new one. */
async function moveIdentities(client: pg.ClientBase, plan: CopiedTable[]): Promise<void> {
  for (const { name, identity } of plan) {
    if (!identity) continue;
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), max(${ident(identity)}))
       FROM ${ident(name)} HAVING max(${ident(identity)}) IS NOT NULL`,
      [ident(name), identity],
    );
  }
}

async function transferIn(client: pg.ClientBase, sqlite: Db): Promise<TransferCounts> {
  const plan = await transferPlan(sqlite, client);
  // No other writer may slip a record in between the check below and the copy.
  await client.query(`LOCK TABLE ${plan.map((t) => ident(t.name)).join(', ')} IN EXCLUSIVE MODE`);
  const held = await heldRecords(client, plan);
  if (held.length > 0) {
    const { rows } = await client.query<{ database: string; schema: string }>(
      'SELECT current_database() AS database, current_schema() AS schema',
    );
    throw new PostgresNotEmptyError(
      `PostgreSQL database ${rows[0]!.database} (schema ${rows[0]!.schema}) already holds records ` +
        `(${held.join(', ')}): a transfer fills an empty database only, so nothing was written.`,
    );
  }
  // SQLite's analysts, its own built-in one among them, take the place of the migration's.
  if (plan.some((t) => t.name === 'analysts')) await client.query('DELETE FROM analysts');
  const restoreKeysAndIndexes = await setAsideKeysAndIndexes(
    client,
    plan.map((t) => t.name),
  );
  const counts: TransferCounts = {};
  for (const table of plan) counts[table.name] = await copyTable(client, sqlite, table);
  await restoreKeysAndIndexes();
  await moveIdentities(client, plan);
  return counts;
}

/**
 * Copies every table of `sqlite` (migrated, loaded) into the migrated, empty PostgreSQL database
 * of `pool`, ids included, in one transaction; returns the rows copied per table. A database
 * that already holds records is refused (PostgresNotEmptyError) and left as it was; a failure
 * part-way leaves it as it was too.
 */
export async function transferToPostgres(sqlite: Db, pool: pg.Pool): Promise<TransferCounts> {
  const client = await pool.connect();
  // One read transaction on SQLite: a file another process writes meanwhile is copied as it
  // stood at one moment, not table by table at different ones.
  const ownRead = !sqlite.inTransaction;
  let broken: Error | undefined;
  try {
    if (ownRead) sqlite.exec('BEGIN');
    await client.query('BEGIN');
    try {
      const counts = await transferIn(client, sqlite);
      await client.query('COMMIT');
      return counts;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
        // A connection that could not roll back is closed, which rolls back, rather than reused.
        broken = rollbackFailed;
      });
      throw error;
    }
  } finally {
    if (ownRead && sqlite.inTransaction) sqlite.exec('ROLLBACK');
    client.release(broken);
  }
}
