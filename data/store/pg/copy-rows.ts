/**
 * Streams rows into a table by COPY, in pieces of about 64 KB rather than row by row, pulling
 * the next piece from `rows` only when the connection has taken the last one (backpressure).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine, UncopyableValue } from './copy-text';

const PIECE = 64 * 1024;

/** A value COPY cannot carry, named by the row it is in (`where`) and its column. */
export class UncopyableRow extends Error {}

function* copyText(
  rows: Iterable<readonly unknown[]>,
  columns: readonly string[],
  where: (row: readonly unknown[]) => string,
): Generator<string> {
  let piece = '';
  for (const row of rows) {
    try {
      piece += copyLine(row, columns);
    } catch (error) {
      if (!(error instanceof UncopyableValue)) throw error;
      throw new UncopyableRow(`${where(row)}: ${error.message}`, { cause: error });
    }
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/** Copies `rows` (values in the order of `columns`) into `table`; returns how many arrived. */
export async function copyRows(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
  where: (row: readonly unknown[]) => string,
): Promise<number> {
  const ident = pg.escapeIdentifier;
  const copy = client.query(copyFrom(`COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyText(rows, columns, where)), copy);
  return copy.rowCount;
}
