/**
 * The one interface resolvers reach the data through. Only the repositories behind it
 * speak SQL, so another database can take SQLite's place by providing the same methods.
 * Every method answers with a Promise: a database reached over a socket cannot answer at
 * once, and SQLite's answers, which can, are handed over the same way.
 */
import 'server-only';
import type { Db } from './open';
import type {
  ActorRow,
  AllianceKindValue,
  AllianceRow,
  EventRow,
  EvidenceRow,
  FigureRow,
  MeasurementRow,
  MembershipRow,
  OfficeRow,
  OfficeStatusValue,
  RecordType,
  SanctionCountsRow,
  SanctionDesignationRow,
  SanctionPackageRow,
  SanctionRegimeRow,
  SourceRow,
  StatementRow,
  StatsRow,
  StorePage,
  TopicRow,
} from './rows';
import type { TensionDayRow, TensionRecordRow } from '../tension-record';
import type { ActorMatcher } from '../intake/actors-named';
import type { RevisedRecordType, RevisionRow } from './writes/revisions';
import { actorRepository, type ActorFilterArgs } from './repositories/actors';
import { actorNames } from './repositories/actor-names';
import {
  statementRepository,
  type StatementFilterArgs,
  type StatementOrderBy,
} from './repositories/statements';
import { eventRepository, type EventFilterArgs } from './repositories/events';
import { sourceRepository, type CitingRecord } from './repositories/sources';
import { sanctionRepository, type RegimeFilterArgs } from './repositories/sanctions';
import { allianceRepository } from './repositories/alliances';
import { overviewRepository } from './repositories/overview';
import type { SearchHit } from './repositories/search';
import { relationRepository } from './repositories/relations';
import {
  aggregateRepository,
  type PeriodKind,
  type SanctionPeriodRow,
  type StanceCountRow,
  type TieRow,
} from './repositories/aggregates';
import { pairTensionRepository, type DayRange, type PairCoverageCounts } from './repositories/pair-tension';
import { revisionRepository } from './repositories/revisions';
import { retractedRepository } from './repositories/retracted';
import { recentRevisionRepository, type RecentRevisionRow } from './repositories/recent-revisions';
import { sqliteSql, type Sql } from './sql';
import { postgresSql } from './pg/sql';
import type pg from 'pg';

/** Rows aligned with the ids or keys asked for, null where none is held (DataLoader's shape). */
type Aligned<Row> = Promise<(Row | null)[]>;
/** A list of rows for each id asked for, in the order asked. */
type Grouped<Row> = Promise<Row[][]>;
type Ids = readonly number[];
type Keys = readonly string[];

export interface ActorStore {
  byIds(ids: Ids): Aligned<ActorRow>;
  byKeys(keys: Keys): Aligned<ActorRow>;
  /** People and bodies that speak for each actor. */
  affiliatesOf(ids: Ids): Grouped<ActorRow>;
  page(filter: ActorFilterArgs, after: unknown[] | null, first: number): Promise<StorePage<ActorRow>>;
}

export interface ActorNameStore {
  /** Which actor a folded name or alias belongs to. */
  matcher(): Promise<ActorMatcher>;
}

export interface StatementStore {
  byIds(ids: Ids): Aligned<StatementRow>;
  byKeys(keys: Keys): Aligned<StatementRow>;
  /** The ids of the actors each statement targets, in its order (the rows: the actor loader's, kept). */
  targetIdsOf(ids: Ids): Grouped<number>;
  topicsOf(ids: Ids): Grouped<TopicRow>;
  count(filter: StatementFilterArgs): Promise<number>;
  page(
    filter: StatementFilterArgs,
    order: StatementOrderBy,
    start: unknown[] | null,
    size: number,
    backward?: boolean,
  ): Promise<StorePage<StatementRow>>;
}

export interface EventStore {
  byIds(ids: Ids): Aligned<EventRow>;
  byKeys(keys: Keys): Aligned<EventRow>;
  /** The ids of each event's actors, in its order (the rows: the actor loader's, kept). */
  actorIdsOf(ids: Ids): Grouped<number>;
  measurementsOf(ids: Ids): Grouped<MeasurementRow>;
  count(filter: EventFilterArgs): Promise<number>;
  page(
    filter: EventFilterArgs,
    start: unknown[] | null,
    size: number,
    backward?: boolean,
  ): Promise<StorePage<EventRow>>;
}

export interface SourceStore {
  byIds(ids: Ids): Aligned<SourceRow>;
  byKeys(keys: Keys): Aligned<SourceRow>;
  all(): Promise<SourceRow[]>;
  matching(text: string, limit: number): Promise<SourceRow[]>;
  citationCounts(ids: Ids): Promise<number[]>;
  citing(sourceId: number): Promise<CitingRecord[]>;
  evidenceOf(recordType: RecordType, ids: Ids): Grouped<EvidenceRow>;
}

export interface SanctionStore {
  regimesByIds(ids: Ids): Aligned<SanctionRegimeRow>;
  regimesByKeys(keys: Keys): Aligned<SanctionRegimeRow>;
  regimesImposedBy(actorIds: Ids): Grouped<SanctionRegimeRow>;
  regimesReceivedBy(actorIds: Ids): Grouped<SanctionRegimeRow>;
  responsesTo(regimeIds: Ids): Grouped<SanctionRegimeRow>;
  regimes(filter: RegimeFilterArgs): Promise<SanctionRegimeRow[]>;
  regimesBetween(aIds: Ids, bIds: Ids): Promise<SanctionRegimeRow[]>;
  regimesHolding(regimeIds: Ids): Promise<boolean[]>;
  figuresOf(regimeIds: Ids): Grouped<FigureRow>;
  claimsOf(regimeIds: Ids): Grouped<FigureRow>;
  packageClaimsOf(packageIds: Ids): Grouped<FigureRow>;
  packagesByIds(ids: Ids): Aligned<SanctionPackageRow>;
  packagesByKeys(keys: Keys): Aligned<SanctionPackageRow>;
  packagesOf(regimeIds: Ids): Grouped<SanctionPackageRow>;
  countedFor(regimeIds: Ids): Promise<SanctionCountsRow[]>;
  designationsByKeys(keys: Keys): Aligned<SanctionDesignationRow>;
  designationsByIds(ids: Ids): Aligned<SanctionDesignationRow>;
  designationPage(
    regimeId: number,
    after: unknown[] | null,
    first: number,
  ): Promise<StorePage<SanctionDesignationRow>>;
}

export interface AllianceStore {
  byIds(ids: Ids): Aligned<AllianceRow>;
  byKeys(keys: Keys): Aligned<AllianceRow>;
  list(kind: AllianceKindValue | null): Promise<AllianceRow[]>;
  membershipsByIds(ids: Ids): Aligned<MembershipRow>;
  membershipsByKeys(keys: Keys): Aligned<MembershipRow>;
  membershipsOfActors(actorIds: Ids): Grouped<MembershipRow>;
  membershipsOfAlliances(allianceIds: Ids): Grouped<MembershipRow>;
  officesByIds(ids: Ids): Aligned<OfficeRow>;
  officesByKeys(keys: Keys): Aligned<OfficeRow>;
  offices(status: OfficeStatusValue | null): Promise<OfficeRow[]>;
  officesOfActors(actorIds: Ids): Grouped<OfficeRow>;
}

export interface OverviewStore {
  stats(): Promise<StatsRow>;
  topics(): Promise<TopicRow[]>;
  topicsByIds(ids: Ids): Aligned<TopicRow>;
  topicsByKeys(keys: Keys): Aligned<TopicRow>;
  statementCounts(topicIds: Ids): Promise<number[]>;
  search(text: string, first: number): Promise<SearchHit[]>;
}

export interface RelationStore {
  alignments(a: number[], b: number[]): Promise<MembershipRow[]>;
}

export interface AggregateStore {
  statementCounts(filter: StatementFilterArgs, period: PeriodKind): Promise<StanceCountRow[]>;
  sanctionCounts(regimeId: number, period: PeriodKind): Promise<SanctionPeriodRow[]>;
  ties(): Promise<TieRow[]>;
}

export interface PairTensionStore {
  days(a: number[], b: number[]): Promise<{ days: TensionDayRow[]; voices: PairCoverageCounts }>;
  voices(a: number[], b: number[], to: string): Promise<PairCoverageCounts>;
  strongestActs(
    a: number[],
    b: number[],
    range: DayRange,
    asOf: string,
    first: number,
  ): Promise<TensionRecordRow[]>;
}

export interface RevisionStore {
  of(recordType: RevisedRecordType, ids: Ids): Grouped<RevisionRow>;
  ofRetracted(retractedIds: Ids): Grouped<RevisionRow>;
}

export interface RetractedStore {
  statementsByKeys(keys: Keys): Aligned<StatementRow>;
  eventsByKeys(keys: Keys): Aligned<EventRow>;
  packagesByKeys(keys: Keys): Aligned<SanctionPackageRow>;
}

export interface RecentRevisionStore {
  latest(limit: number): Promise<RecentRevisionRow[]>;
}

export interface Store {
  actors: ActorStore;
  actorNames: ActorNameStore;
  statements: StatementStore;
  events: EventStore;
  sources: SourceStore;
  sanctions: SanctionStore;
  alliances: AllianceStore;
  overview: OverviewStore;
  relations: RelationStore;
  aggregates: AggregateStore;
  pairTension: PairTensionStore;
  revisions: RevisionStore;
  retracted: RetractedStore;
  recentRevisions: RecentRevisionStore;
  /** Changes whenever the stored data does: the key for caches of derived answers. */
  version(): Promise<string>;
  /**
   * The data version as one request sees it: others' commits read once, on the first call,
   * and the request's own writes at every call.
   */
  requestVersion(): () => Promise<string>;
}

/** The repositories written for either engine, through its runner. */
function runnerRepositories(sql: Sql) {
  return {
    actors: actorRepository(sql),
    actorNames: actorNames(sql),
    sources: sourceRepository(sql),
    sanctions: sanctionRepository(sql),
    alliances: allianceRepository(sql),
    relations: relationRepository(sql),
    overview: overviewRepository(sql),
    statements: statementRepository(sql),
    events: eventRepository(sql),
    revisions: revisionRepository(sql),
    retracted: retractedRepository(sql),
    recentRevisions: recentRevisionRepository(sql),
    pairTension: pairTensionRepository(sql),
    aggregates: aggregateRepository(sql),
  };
}

/** The store over a runner of either engine. */
export function storeOn(sql: Sql): Store {
  return {
    ...runnerRepositories(sql),
    version: () => sql.version(),
    requestVersion: () => sql.requestVersion(),
  };
}

/** SQLite's store. */
export function createStore(db: Db): Store {
  return storeOn(sqliteSql(db));
}

/** PostgreSQL's store, on the app's pool. */
export function createPostgresStore(pool: pg.Pool): Store {
  return storeOn(postgresSql(pool));
}
