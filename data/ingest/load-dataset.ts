/**
 * Reads data/seed/*.json, validates every file whole, then writes it in one transaction.
 * Any problem refuses the whole load with a message naming the file, the record's key and
 * the field; nothing is written, so the database stays exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type pg from 'pg';
import type { Db } from '../store/open';
import { DATASET_FILES, type Dataset, type DatasetFileName } from './dataset-schema';
import { codebookProblems } from './codebook-check';
import { createWriter, MissingReferenceError, type WriteOutcome, type WriterOptions } from './writer';
import { keysAnalystsHold, type HeldKeys } from '../store/writes/held-keys';
import { runSync } from '../store/writes/run-sync';
import type { Gen } from '../store/writes/steps';
import type { Dialect } from '../store/sql';
import { writeInPostgresTransaction } from '../store/pg/run-writes';

export const SEED_DIR = path.join(process.cwd(), 'data', 'seed');

export interface DatasetProblem {
  file: string;
  key: string | null;
  index: number | null;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DatasetError';
  }
}

function formatProblem(p: DatasetProblem): string {
  const record = p.key ? `record "${p.key}"` : p.index !== null ? `record #${p.index}` : 'file';
  const field = p.field ? `, field "${p.field}"` : '';
  return `${p.file}: ${record}${field}: ${p.message}`;
}

/**
 * What a load did with a record: the writer's outcome, or why it left the held record as it is
 * (an analyst retracted it, or corrected it: their change wins over the file).
 */
export type LoadOutcome = WriteOutcome | 'keptRetracted' | 'keptCorrected';

export type LoadSummary = Record<DatasetFileName, Record<LoadOutcome, number>>;

const FILE_NAMES = Object.keys(DATASET_FILES) as DatasetFileName[];

function keyAt(raw: unknown, index: number): string | null {
  if (!Array.isArray(raw)) return null;
  const item: unknown = raw[index];
  if (item && typeof item === 'object' && 'key' in item && typeof item.key === 'string') return item.key;
  return null;
}

function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Parses one file's JSON text; problems name the file and record. */
export function parseDatasetFile<N extends DatasetFileName>(
  name: N,
  text: string,
  fileLabel: string,
): { records: z.infer<(typeof DATASET_FILES)[N]>; problems: DatasetProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      records: [] as never,
      problems: [
        {
          file: fileLabel,
          key: null,
          index: null,
          field: '',
          message: `not valid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const result = DATASET_FILES[name].safeParse(raw);
  const problems: DatasetProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [index, ...rest] = issue.path;
      const i = typeof index === 'number' ? index : null;
      problems.push({
        file: fileLabel,
        key: i === null ? null : keyAt(raw, i),
        index: i,
        field: fieldPath(rest),
        message: issue.message,
      });
    }
    return { records: [] as never, problems };
  }
  const seen = new Set<string>();
  result.data.forEach((record, i) => {
    if (seen.has(record.key)) {
      problems.push({
        file: fileLabel,
        key: record.key,
        index: i,
        field: 'key',
        message: 'is used by an earlier record too',
      });
    }
    seen.add(record.key);
  });
  return { records: result.data as z.infer<(typeof DATASET_FILES)[N]>, problems };
}

/** Reads and validates every dataset file in `dir`; a missing file is an empty one. */
export function readDataset(dir: string = SEED_DIR): Dataset {
  const problems: DatasetProblem[] = [];
  const dataset = {} as Record<DatasetFileName, unknown[]>;
  const labelOf = (name: DatasetFileName) => {
    const file = path.join(dir, `${name}.json`);
    return path.relative(process.cwd(), file) || file;
  };
  for (const name of FILE_NAMES) {
    const file = path.join(dir, `${name}.json`);
    const label = labelOf(name);
    if (!fs.existsSync(file)) {
      dataset[name] = [];
      continue;
    }
    const parsed = parseDatasetFile(name, fs.readFileSync(file, 'utf8'), label);
    problems.push(...parsed.problems);
    dataset[name] = parsed.records;
  }
  if (problems.length) throw new DatasetError(problems);
  for (const p of codebookProblems(dataset as unknown as Dataset))
    problems.push({ ...p, file: labelOf(p.file) });
  if (problems.length) throw new DatasetError(problems);
  return dataset as unknown as Dataset;
}

function emptySummary(): LoadSummary {
  return Object.fromEntries(
    FILE_NAMES.map((name) => [
      name,
      { created: 0, updated: 0, unchanged: 0, keptRetracted: 0, keptCorrected: 0 },
    ]),
  ) as LoadSummary;
}

/** Writes a validated dataset in one transaction; a broken reference rolls it all back. */
export function writeDataset(db: Db, dataset: Dataset, origin = 'seed', dir: string = SEED_DIR): LoadSummary {
  return db.transaction(() => writeDatasetInTransaction(db, dataset, origin, dir)).immediate();
}

/**
 * Writes a validated dataset inside the caller's open transaction, which must roll back when
 * this throws: a broken reference leaves the rows written before it in that transaction.
 * Bulk loads use it to keep each batch to one transaction with nothing nested in it. A nested
 * transaction is a savepoint, and one held over a 50,000-record batch made SQLite copy every
 * page the batch changed into its in-memory statement journal, then walk that journal from
 * its start after every statement that fired a trigger: each batch cost more than the one
 * before (docs/performance.md, "Loading 1.7 million records").
 */
export function writeDatasetInTransaction(
  db: Db,
  dataset: Dataset,
  origin = 'seed',
  dir: string = SEED_DIR,
  writerOptions: WriterOptions = {},
): LoadSummary {
  if (!db.inTransaction) throw new Error('writeDatasetInTransaction needs an open transaction');
  return runSync(db, datasetWrites('sqlite', dataset, origin, dir, writerOptions));
}

/** Writes a validated dataset to PostgreSQL in one transaction; a broken reference rolls it all back. */
export function writeDatasetToPostgres(
  pool: pg.Pool,
  dataset: Dataset,
  origin = 'seed',
  dir: string = SEED_DIR,
): Promise<LoadSummary> {
  return writeInPostgresTransaction(pool, () => datasetWrites('postgres', dataset, origin, dir));
}

/**
 * The writes of a dataset, for either engine (data/store/writes/steps.ts); the caller runs
 * them in one transaction.
 */
export function* datasetWrites(
  dialect: Dialect,
  dataset: Dataset,
  origin = 'seed',
  dir: string = SEED_DIR,
  writerOptions: WriterOptions = {},
): Gen<LoadSummary> {
  const summary = emptySummary();
  const writer = createWriter(dialect, origin, writerOptions);
  // A record an analyst retracted stays retracted, and one an analyst corrected keeps the
  // correction: loading the dataset again writes neither, and counts each as kept and why.
  const held = {
    statements: yield* keysAnalystsHold('Statement'),
    events: yield* keysAnalystsHold('Event'),
    packages: yield* keysAnalystsHold('SanctionPackage'),
  };
  let current: { name: DatasetFileName; index: number; key: string } | null = null;
  /** Writes each record of `list`, unless analysts hold it (`held`); counts what happened. */
  function* each<T extends { key: string }>(
    name: DatasetFileName,
    list: readonly T[],
    write: (r: T, at: (string | number)[]) => Gen<{ outcome: WriteOutcome }>,
    held?: HeldKeys,
  ): Gen<void> {
    for (const [index, record] of list.entries()) {
      current = { name, index, key: record.key };
      const outcome: LoadOutcome = held?.retracted.has(record.key)
        ? 'keptRetracted'
        : held?.corrected.has(record.key)
          ? 'keptCorrected'
          : (yield* write(record, [])).outcome;
      summary[name][outcome] += 1;
    }
  }

  try {
    yield* each('sources', dataset.sources, writer.source);
    const written: { id: number; outcome: WriteOutcome }[] = [];
    yield* each('actors', dataset.actors, function* (r) {
      const result = yield* writer.actor(r);
      written.push(result);
      return result;
    });
    for (const [index, r] of dataset.actors.entries()) {
      current = { name: 'actors', index: 0, key: r.key };
      yield* writer.linkAffiliation(r, [], written[index]!);
    }
    yield* each('topics', dataset.topics, writer.topic);
    yield* each('alliances', dataset.alliances, writer.alliance);
    yield* each('memberships', dataset.memberships, writer.membership);
    yield* each('offices', dataset.offices, writer.office);
    // Regimes may answer each other: write them all, then the ones that answer.
    const regimes = dataset['sanction-regimes'];
    yield* each(
      'sanction-regimes',
      regimes.filter((r) => !r.respondsTo),
      writer.sanctionRegime,
    );
    yield* each(
      'sanction-regimes',
      regimes.filter((r) => r.respondsTo),
      writer.sanctionRegime,
    );
    yield* each('sanction-packages', dataset['sanction-packages'], writer.sanctionPackage, held.packages);
    yield* each('statements', dataset.statements, writer.statement, held.statements);
    yield* each('events', dataset.events, writer.event, held.events);
  } catch (error) {
    if (error instanceof MissingReferenceError && current) {
      const { name, index, key } = current as { name: DatasetFileName; index: number; key: string };
      const file = path.relative(process.cwd(), path.join(dir, `${name}.json`));
      throw new DatasetError([{ file, key, index, field: fieldPath(error.field), message: error.message }]);
    }
    throw error;
  }
  return summary;
}

export function loadDataset(db: Db, dir: string = SEED_DIR, origin = 'seed'): LoadSummary {
  return writeDataset(db, readDataset(dir), origin, dir);
}

/** loadDataset into PostgreSQL: the same files, checks and writes, in one transaction. */
export function loadDatasetToPostgres(
  pool: pg.Pool,
  dir: string = SEED_DIR,
  origin = 'seed',
): Promise<LoadSummary> {
  return writeDatasetToPostgres(pool, readDataset(dir), origin, dir);
}
