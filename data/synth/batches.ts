/**
 * The synthetic statements and events in batches, each record validated by the dataset schema
 * and its content hash taken: the pure per-record work of a load, which a worker thread does
 * for the next batch while the main thread writes the current one (batch-worker.ts).
 */
import { once } from 'node:events';
import { contentHash } from '../store/writes/keyed-rows';
import {
  eventRecord,
  statementRecord,
  type EventRecord,
  type StatementRecord,
} from '../ingest/dataset-schema';
import { synthEvents, synthStatements, synthWorld } from './generate';
import { startTsWorker } from './ts-worker';

export type SynthKind = 'statements' | 'events';

export interface SynthBatch<T> {
  records: T[];
  /** Each record's content hash, in the order of `records`, when the plan asked for them. */
  hashes?: string[];
}

export interface BatchPlan {
  kind: SynthKind;
  total: number;
  size: number;
  /** Whether to take each record's content hash too (else the writer takes it). */
  hashed: boolean;
}

type RecordOf<K extends SynthKind> = K extends 'statements' ? StatementRecord : EventRecord;

/** The batches of a plan, made on the calling thread; the same seed gives the same batches. */
export function* synthBatches<K extends SynthKind>(
  plan: BatchPlan & { kind: K },
): Generator<SynthBatch<RecordOf<K>>> {
  if (plan.kind !== 'statements' && plan.kind !== 'events')
    throw new Error(
      `There are no synthetic records of kind "${String(plan.kind)}": ask for statements or events.`,
    );
  const world = synthWorld();
  const [records, schema] =
    plan.kind === 'statements'
      ? [synthStatements(world, plan.total), statementRecord]
      : [synthEvents(world, plan.total), eventRecord];
  const empty = (): SynthBatch<RecordOf<K>> => (plan.hashed ? { records: [], hashes: [] } : { records: [] });
  let batch = empty();
  for (const raw of records) {
    const record = schema.parse(raw) as RecordOf<K>;
    batch.records.push(record);
    batch.hashes?.push(contentHash(record));
    if (batch.records.length === plan.size) {
      yield batch;
      batch = empty();
    }
  }
  if (batch.records.length) yield batch;
}

/**
 * The same batches, made by a worker thread one batch ahead of the caller: the next batch is
 * asked for before the current one is handed over, so it is made while the caller writes.
 * Only one batch waits at a time, so memory stays that of two batches.
 */
export async function* synthBatchesInWorker<K extends SynthKind>(
  plan: BatchPlan & { kind: K },
): AsyncGenerator<SynthBatch<RecordOf<K>>> {
  if (plan.total === 0) return;
  const worker = startTsWorker('./batch-worker.ts', plan);
  const ask = () => {
    worker.postMessage('next');
    const reply = once(worker, 'message') as Promise<[SynthBatch<RecordOf<K>> | null]>;
    // Awaited below; this only keeps a failure while the caller writes from counting as unhandled.
    reply.catch(() => {});
    return reply;
  };
  try {
    let pending = ask();
    for (;;) {
      const [batch] = await pending;
      if (!batch) return;
      pending = ask();
      yield batch;
    }
  } finally {
    await worker.terminate();
  }
}
