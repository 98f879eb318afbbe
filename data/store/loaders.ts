/**
 * DataLoaders, created fresh for every request: each batches the lookups one GraphQL
 * response needs into one SQL statement per kind, and caches within the request only; actors
 * and sources, which most answers name and few writes change, are also kept across requests
 * per data version.
 */
import DataLoader from 'dataloader';
import { createPromiseLru } from '../lru';
import type { Store } from './store';
import type { ActorRow, EvidenceRow, RecordType, SourceRow } from './rows';

/** Keys one SQL statement reads at most. */
const MAX_BATCH = 500;

const RECORD_TYPES: RecordType[] = [
  'Statement',
  'Event',
  'SanctionRegime',
  'SanctionPackage',
  'Alliance',
  'Membership',
  'Office',
];

/**
 * A DataLoader that also answers at once for a key one of its batches has read, so a resolver
 * whose rows were read ahead (graphql/resolvers/read-ahead.ts) returns them without a promise.
 * Promises are what a page costs most beside its SQL: the server's async context tracking hooks
 * every one, and a page of twenty statements made a thousand.
 */
export class ReadLoader<K, V> extends DataLoader<K, V> {
  readonly #read: Map<K, V>;
  readonly #readBatch: (keys: readonly K[]) => Promise<V[]>;

  constructor(batch: (keys: readonly K[]) => Promise<V[]>) {
    const read = new Map<K, V>();
    const readBatch = async (keys: readonly K[]) => {
      const values = await batch(keys);
      keys.forEach((key, i) => read.set(key, values[i]!));
      return values;
    };
    super(readBatch, { maxBatchSize: MAX_BATCH });
    this.#read = read;
    this.#readBatch = readBatch;
  }

  /** What a batch of this request has read for `key`; undefined when none has yet. */
  peek(key: K): V | undefined {
    return this.#read.get(key);
  }

  /** The value for `key`: at once when a batch has read it, else through the next batch. */
  get(key: K): V | Promise<V> {
    const value = this.#read.get(key);
    return value === undefined ? this.load(key) : value;
  }

  /**
   * Reads the keys no batch has read yet, for `get` to answer at once. Unlike `loadMany` this
   * makes no promise per key.
   */
  async readAhead(keys: Iterable<K>): Promise<void> {
    const unread = [...new Set(keys)].filter((key) => !this.#read.has(key));
    const batches: Promise<V[]>[] = [];
    for (let i = 0; i < unread.length; i += MAX_BATCH)
      batches.push(this.#readBatch(unread.slice(i, i + MAX_BATCH)));
    await Promise.all(batches);
  }
}

function loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>) {
  return new ReadLoader<K, V>(batch);
}

// A page of statements names a few dozen actors and sources, the same ones page after page: on
// PostgreSQL each read of them is a round trip. Keys carry the data version, which names the
// database, so a write or another database never reads a kept row.
const keptRows = createPromiseLru<unknown>({
  maxEntries: 20_000,
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (row) => 2 * (JSON.stringify(row)?.length ?? 0),
});

/**
 * A lookup by id or key whose rows are kept across requests at the request's data version; the
 * ones not kept are read together, through `uncached`, as one batch.
 */
function keptByVersion<K extends number | string, V>(
  kind: string,
  version: () => Promise<string>,
  uncached: ReadLoader<K, V>,
) {
  return loader(async (ids: readonly K[]) => {
    const at = await version();
    const values = new Array<V>(ids.length);
    const unkept: Promise<void>[] = [];
    ids.forEach((id, i) => {
      const key = `${at}|${kind}|${id}`;
      const kept = keptRows.peek(key);
      if (kept) values[i] = kept.value as V;
      else unkept.push(keptRows.get(key, () => uncached.load(id)).then((row) => void (values[i] = row as V)));
    });
    await Promise.all(unkept);
    return values;
  });
}

function missing(what: string, id: number): never {
  throw new Error(`${what} ${id} is missing from the store`);
}

/** The loaders of one request, which reads at `version` (the store's, read once, unless given). */
export function createLoaders(store: Store, version: () => Promise<string> = store.requestVersion()) {
  const { actors, statements, events, sources, sanctions, alliances, overview } = store;
  const actor = keptByVersion<number, ActorRow | null>('actor', version, loader(actors.byIds));
  // A record's actors are a few dozen named again and again: their rows come from the kept ones.
  const keptActorsOf =
    (idsOf: (ids: readonly number[]) => Promise<number[][]>) => async (ids: readonly number[]) => {
      const lists = await idsOf(ids);
      await actor.readAhead(lists.flat());
      return lists.map((list) => list.map((id) => actor.peek(id) ?? missing('actor', id)));
    };
  return {
    actor,
    actorByKey: keptByVersion<string, ActorRow | null>('actor key', version, loader(actors.byKeys)),
    affiliates: loader(actors.affiliatesOf),
    source: keptByVersion<number, SourceRow | null>('source', version, loader(sources.byIds)),
    sourceByKey: loader(sources.byKeys),
    citationCount: loader(sources.citationCounts),
    topic: loader(overview.topicsByIds),
    topicByKey: loader(overview.topicsByKeys),
    topicStatementCount: loader(overview.statementCounts),
    statement: loader(statements.byIds),
    statementByKey: loader(statements.byKeys),
    statementTargets: loader(keptActorsOf(statements.targetIdsOf)),
    statementTopics: loader(statements.topicsOf),
    event: loader(events.byIds),
    eventByKey: loader(events.byKeys),
    eventActors: loader(keptActorsOf(events.actorIdsOf)),
    eventMeasurements: loader(events.measurementsOf),
    regime: loader(sanctions.regimesByIds),
    regimeByKey: loader(sanctions.regimesByKeys),
    regimeHolds: loader(sanctions.regimesHolding),
    regimesImposed: loader(sanctions.regimesImposedBy),
    regimesReceived: loader(sanctions.regimesReceivedBy),
    regimeResponses: loader(sanctions.responsesTo),
    regimeFigures: loader(sanctions.figuresOf),
    regimeClaims: loader(sanctions.claimsOf),
    packageClaims: loader(sanctions.packageClaimsOf),
    regimePackages: loader(sanctions.packagesOf),
    regimeCounted: loader(sanctions.countedFor),
    sanctionPackage: loader(sanctions.packagesByIds),
    sanctionPackageByKey: loader(sanctions.packagesByKeys),
    designation: loader(sanctions.designationsByIds),
    alliance: loader(alliances.byIds),
    allianceByKey: loader(alliances.byKeys),
    membership: loader(alliances.membershipsByIds),
    membershipByKey: loader(alliances.membershipsByKeys),
    membershipsOfActor: loader(alliances.membershipsOfActors),
    membershipsOfAlliance: loader(alliances.membershipsOfAlliances),
    office: loader(alliances.officesByIds),
    officeByKey: loader(alliances.officesByKeys),
    officesOfActor: loader(alliances.officesOfActors),
    retractedRevisions: loader(store.revisions.ofRetracted),
    retractedByKey: {
      Statement: loader(store.retracted.statementsByKeys),
      Event: loader(store.retracted.eventsByKeys),
      SanctionPackage: loader(store.retracted.packagesByKeys),
    },
    revisions: {
      Statement: loader((ids: readonly number[]) => store.revisions.of('Statement', ids)),
      Event: loader((ids: readonly number[]) => store.revisions.of('Event', ids)),
      SanctionPackage: loader((ids: readonly number[]) => store.revisions.of('SanctionPackage', ids)),
    },
    evidence: Object.fromEntries(
      RECORD_TYPES.map((type) => [type, loader((ids: readonly number[]) => sources.evidenceOf(type, ids))]),
    ) as Record<RecordType, ReadLoader<number, EvidenceRow[]>>,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
