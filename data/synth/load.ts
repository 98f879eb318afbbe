/**
 * Loads a synthetic dataset on top of the seed through the dataset's own path: records are
 * validated by the dataset schema and written by the same writer, in batches of one
 * transaction each; designations go through the FollowTheMoney importer.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../store/open';
import { isEmpty } from '../store/open';
import { withBulkSearchIndexing } from '../store/bulk-search';
import { withBulkDerivedRows } from '../store/bulk-derived';
import { rowsHeld, withIndexesSuspended } from '../store/bulk-indexes';
import { setPageCacheKib } from '../store/writes/page-cache';
import { eventRecord, statementRecord } from '../ingest/dataset-schema';
import { writeDataset, writeDatasetInTransaction } from '../ingest/load-dataset';
import type { Dataset } from '../ingest/dataset-schema';
import { seedDatabase } from '../ingest/seed';
import { importFtm } from '../ingest/importers/ftm';
import { synthEvents, synthFtmLines, synthStatements, synthWorld } from './generate';

export interface SynthCounts {
  statements: number;
  events: number;
  designations: number;
}

/**
 * Whether the load drops the plain indexes of the tables it fills and builds them at its end:
 * "auto" does when the load at least doubles the statements and events held.
 */
export type IndexPolicy = 'auto' | 'suspend' | 'keep';

export interface SynthProgress {
  phase: 'statements' | 'events' | 'designations';
  done: number;
  total: number;
}

const BATCH = 50_000;
const BULK_CACHE_KIB = 512 * 1024;

/** The tables the statements and events fill, whose plain indexes a large load builds once at its end. */
const FILLED_TABLES = [
  'statements',
  'statement_targets',
  'statement_topics',
  'evidence',
  'events',
  'event_actors',
];

const emptyDataset = (): Dataset => ({
  sources: [],
  actors: [],
  topics: [],
  alliances: [],
  memberships: [],
  offices: [],
  'sanction-regimes': [],
  'sanction-packages': [],
  statements: [],
  events: [],
});

function loadInBatches<T>(
  db: Db,
  records: Iterable<T>,
  total: number,
  place: (dataset: Dataset, batch: T[]) => void,
  onBatch: (done: number) => void,
) {
  let batch: T[] = [];
  let done = 0;
  const flush = () => {
    const dataset = emptyDataset();
    place(dataset, batch);
    // One transaction per batch, with no savepoint nested in it (writeDatasetInTransaction says
    // why); its new rows are indexed for search and counted in one go at its end.
    db.transaction(() =>
      withBulkDerivedRows(db, ['statements', 'events'], () =>
        withBulkSearchIndexing(db, ['statements', 'events'], () =>
          writeDatasetInTransaction(db, dataset, 'synthetic'),
        ),
      ),
    ).immediate();
    done += batch.length;
    batch = [];
    onBatch(done);
  };
  for (const record of records) {
    batch.push(record);
    if (batch.length === BATCH) flush();
  }
  if (batch.length || done < total) flush();
}

export async function loadSynthetic(
  db: Db,
  counts: SynthCounts,
  onProgress: (p: SynthProgress) => void = () => {},
  indexes: IndexPolicy = 'auto',
): Promise<void> {
  setPageCacheKib(db, BULK_CACHE_KIB);
  if (isEmpty(db)) seedDatabase(db);
  const world = synthWorld();
  writeDataset(
    db,
    { ...emptyDataset(), sources: world.sources, actors: world.actors, topics: world.topics },
    'synthetic',
  );

  const writeRecords = () => {
    loadInBatches(
      db,
      synthStatements(world, counts.statements),
      counts.statements,
      (dataset, batch) => (dataset.statements = batch.map((r) => statementRecord.parse(r))),
      (done) => onProgress({ phase: 'statements', done, total: counts.statements }),
    );
    loadInBatches(
      db,
      synthEvents(world, counts.events),
      counts.events,
      (dataset, batch) => (dataset.events = batch.map((r) => eventRecord.parse(r))),
      (done) => onProgress({ phase: 'events', done, total: counts.events }),
    );
  };
  // Building an index once by sorting costs less than placing each row in it, but rebuilding
  // what is already there costs too: "auto" drops the indexes only when the load at least
  // doubles the rows it adds to.
  const suspend =
    indexes === 'suspend' ||
    (indexes === 'auto' && counts.statements + counts.events >= rowsHeld(db, ['statements', 'events']));
  if (suspend) await withIndexesSuspended(db, FILLED_TABLES, writeRecords);
  else writeRecords();

  if (counts.designations > 0) {
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-synth-')),
      'designations.ftm.json',
    );
    const out = fs.createWriteStream(file);
    for (const line of synthFtmLines(counts.designations)) {
      if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    try {
      await importFtm(db, file, {
        onProgress: ({ phase, done, total }) => {
          if (phase === 'write') onProgress({ phase: 'designations', done, total });
        },
      });
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
}
