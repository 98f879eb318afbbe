/**
 * Loads a synthetic dataset on top of the seed through the dataset's own path: records are
 * validated by the dataset schema and written by the same writer, in batches of one
 * transaction each; designations go through the FollowTheMoney importer.
 */
import type { Db } from '../store/open';
import { isEmpty } from '../store/open';
import { withBulkSearchIndexing } from '../store/bulk-search';
import { withBulkDerivedRows } from '../store/bulk-derived';
import { rowsHeld, withIndexesSuspended } from '../store/bulk-indexes';
import { setPageCacheKib } from '../store/writes/page-cache';
import { writeDataset, writeDatasetInTransaction } from '../ingest/load-dataset';
import type { Dataset } from '../ingest/dataset-schema';
import { seedDatabase } from '../ingest/seed';
import { importFtm } from '../ingest/importers/ftm';
import { synthWorld } from './generate';
import { startFtmFile } from './ftm-file';
import { synthBatches, synthBatchesInWorker, type SynthBatch, type SynthKind } from './batches';

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

/**
 * Writes each batch in one transaction, with no savepoint nested in it (writeDatasetInTransaction
 * says why); its new rows are indexed for search and counted in one go at its end. The batch's
 * records come validated, and with their content hashes when they were taken on another thread.
 */
async function writeBatches<T extends object>(
  db: Db,
  batches: AsyncIterable<SynthBatch<T>> | Iterable<SynthBatch<T>>,
  place: (dataset: Dataset, records: T[]) => void,
  onBatch: (done: number) => void,
) {
  let done = 0;
  for await (const batch of batches) {
    const dataset = emptyDataset();
    place(dataset, batch.records);
    const { hashes } = batch;
    const hashOf = new Map<object, string>(
      hashes ? batch.records.map((record, i) => [record, hashes[i]!]) : [],
    );
    db.transaction(() =>
      withBulkDerivedRows(db, ['statements', 'events'], () =>
        withBulkSearchIndexing(db, ['statements', 'events'], () =>
          writeDatasetInTransaction(db, dataset, 'synthetic', undefined, {
            hashOf: (record) => hashOf.get(record),
          }),
        ),
      ),
    ).immediate();
    done += batch.records.length;
    onBatch(done);
  }
}

/**
 * Where the records are made and validated and the designations' file written: "worker" in
 * worker threads, while the main thread writes, so that the load uses two processors; "main"
 * on the writing thread, one after the other.
 */
export type SynthThreads = 'worker' | 'main';

export async function loadSynthetic(
  db: Db,
  counts: SynthCounts,
  onProgress: (p: SynthProgress) => void = () => {},
  indexes: IndexPolicy = 'auto',
  threads: SynthThreads = 'worker',
): Promise<void> {
  setPageCacheKib(db, BULK_CACHE_KIB);
  if (isEmpty(db)) seedDatabase(db);
  const world = synthWorld();
  writeDataset(
    db,
    { ...emptyDataset(), sources: world.sources, actors: world.actors, topics: world.topics },
    'synthetic',
  );

  const batchesOf = <K extends SynthKind>(kind: K, total: number) =>
    threads === 'worker'
      ? synthBatchesInWorker({ kind, total, size: BATCH, hashed: true })
      : synthBatches({ kind, total, size: BATCH, hashed: false });
  const writeRecords = async () => {
    await writeBatches(
      db,
      batchesOf('statements', counts.statements),
      (dataset, records) => (dataset.statements = records),
      (done) => onProgress({ phase: 'statements', done, total: counts.statements }),
    );
    await writeBatches(
      db,
      batchesOf('events', counts.events),
      (dataset, records) => (dataset.events = records),
      (done) => onProgress({ phase: 'events', done, total: counts.events }),
    );
  };
  // Building an index once by sorting costs less than placing each row in it, but rebuilding
  // what is already there costs too: "auto" drops the indexes only when the load at least
  // doubles the rows it adds to.
  const suspend =
    indexes === 'suspend' ||
    (indexes === 'auto' && counts.statements + counts.events >= rowsHeld(db, ['statements', 'events']));
  // The designations' file is written by another thread while the statements and events load.
  const designations =
    counts.designations > 0 ? startFtmFile(counts.designations, threads === 'worker') : null;
  try {
    if (suspend) await withIndexesSuspended(db, FILLED_TABLES, writeRecords);
    else await writeRecords();
    if (designations) {
      await designations.whenWritten();
      await importFtm(db, designations.file, {
        onProgress: ({ phase, done, total }) => {
          if (phase === 'write') onProgress({ phase: 'designations', done, total });
        },
      });
    }
  } finally {
    await designations?.discard();
  }
}
