/**
 * What the repositories return: typed rows, camelCased, JSON columns parsed. Resolvers
 * map these onto the API (codegen `mappers`), so the API never sees a column name.
 */
import type {
  ACTOR_KINDS,
  ALLIANCE_KINDS,
  CREDIBILITIES,
  OUTLET_KINDS,
  RELIABILITIES,
  DESIGNATION_STATUSES,
  EVENT_KINDS,
  FIGURE_METRICS,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  OFFICE_STATUSES,
  STANCES,
  VERIFICATIONS,
} from '../ingest/dataset-schema';
import type { QuantityValue } from '../quantity';

export type ActorKindValue = (typeof ACTOR_KINDS)[number];
export type StanceValue = (typeof STANCES)[number];
export type VerificationValue = (typeof VERIFICATIONS)[number];
export type EventKindValue = (typeof EVENT_KINDS)[number];
export type AllianceKindValue = (typeof ALLIANCE_KINDS)[number];
export type MembershipRoleValue = (typeof MEMBERSHIP_ROLES)[number];
export type MembershipStatusValue = (typeof MEMBERSHIP_STATUSES)[number];
export type OfficeStatusValue = (typeof OFFICE_STATUSES)[number];
export type DesignationStatusValue = (typeof DESIGNATION_STATUSES)[number];
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/** The API type names of records that carry evidence. */
export type RecordType =
  'Statement' | 'Event' | 'SanctionRegime' | 'SanctionPackage' | 'Alliance' | 'Membership' | 'Office';

export type ReliabilityValue = (typeof RELIABILITIES)[number];
export type OutletKindValue = (typeof OUTLET_KINDS)[number];
export type CredibilityValue = (typeof CREDIBILITIES)[number];

export interface SourceRow {
  id: number;
  key: string;
  /** Null when the title is not known. */
  title: string | null;
  reliability: ReliabilityValue;
  outletKind: OutletKindValue;
  reliabilityNote: string | null;
  outlet: string;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  retrievedAt: string | null;
}

export interface ActorRow {
  id: number;
  key: string;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
  countryCode: string | null;
  wikidataId: string | null;
  title: string | null;
  affiliationId: number | null;
  description: string | null;
}

export interface TopicRow {
  id: number;
  key: string;
  label: string;
}

export interface StatementRow {
  id: number;
  key: string;
  speakerId: number;
  date: string;
  dateStart: string;
  quote: string | null;
  summary: string;
  stance: StanceValue;
  intensity: number;
  cameoCode: string | null;
  verification: VerificationValue;
  /** Set on a retracted statement, read from where the retraction kept it (migration 013). */
  retracted?: RetractedLinks;
}

/**
 * What a retracted record kept when it left the live tables: its links and evidence, which its
 * page and node(id) show instead of the live tables' (which no longer hold them).
 */
export interface RetractedLinks {
  /** Its row in retracted_records, which its revisions name. */
  retractedId: number;
  /** A statement's targets or an event's actors, in order. */
  actorIds: number[];
  topicIds: number[];
  evidence: EvidenceRow[];
  measurements: MeasurementRow[];
  claims: FigureRow[];
}

export interface MeasurementRow {
  label: string;
  quantity: QuantityValue;
}

export interface EventRow {
  id: number;
  key: string;
  date: string;
  dateStart: string;
  endDate: string | null;
  kind: EventKindValue;
  title: string;
  summary: string;
  location: string | null;
  intensity: number | null;
  cameoCode: string | null;
  verification: VerificationValue;
  /** Set on a retracted event (migration 013). */
  retracted?: RetractedLinks;
}

export interface SanctionRegimeRow {
  id: number;
  key: string;
  imposerId: number;
  targetId: number;
  since: string | null;
  respondsToId: number | null;
}

export interface SanctionPackageRow {
  id: number;
  key: string;
  regimeId: number;
  ordinal: number | null;
  date: string;
  dateStart: string;
  title: string;
  measures: string[];
  designatedIndividuals: number | null;
  designatedEntities: number | null;
  cameoCode: string;
  intensity: number;
  /** Set on a retracted package (migration 013). */
  retracted?: RetractedLinks;
}

export interface SanctionDesignationRow {
  id: number;
  key: string;
  regimeId: number;
  designeeId: number;
  authority: string;
  program: string | null;
  listedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  status: DesignationStatusValue;
  sourceUrl: string | null;
  originDataset: string;
}

export interface SanctionCountsRow {
  individuals: number;
  entities: number;
  designations: number;
}

export interface AllianceRow {
  id: number;
  key: string;
  name: string;
  acronym: string | null;
  kind: AllianceKindValue;
  leadId: number | null;
  since: string | null;
  until: string | null;
  areas: string[];
}

export interface MembershipRow {
  id: number;
  key: string;
  actorId: number;
  allianceId: number;
  role: MembershipRoleValue;
  status: MembershipStatusValue;
  since: string | null;
}

export interface OfficeRow {
  id: number;
  key: string;
  name: string;
  ownerId: number;
  hostId: number;
  city: string;
  status: OfficeStatusValue;
  openedOn: string | null;
}

export interface EvidenceRow {
  sourceId: number;
  excerpt: string | null;
  note: string | null;
  viaId: number | null;
  credibility: CredibilityValue;
  inference: string | null;
}

/**
 * One dated, attributed figure: a regime's ("over 25 packages", Nozdrev via RIA Novosti) or
 * one package's (AP's 29 entities). Position 0 of a metric is the record's own figure.
 */
export interface FigureRow {
  regimeId: number;
  /** The package the figure counts; null for the regime's running totals. */
  packageId: number | null;
  metric: FigureMetric;
  position: number;
  quantity: QuantityValue;
  claimantId: number | null;
  date: string;
  evidence: EvidenceRow;
}

export interface StatsRow {
  actors: number;
  statements: number;
  events: number;
  sanctionPackages: number;
  sanctionDesignations: number;
  alliances: number;
  sources: number;
}

/** The parent of Relation's fields: the two sides, resolved by key. */
export interface RelationParent {
  a: ActorRow;
  b: ActorRow;
  /** The day the index is read on, in days since the epoch: today unless the query names one. */
  asOf: number;
}

/** A page of rows read by keyset, with what a Relay connection needs around it. */
/**
 * A page of a list: its rows are read, its count is read only when asked, and reading it may
 * take a trip to the database.
 */
export interface StorePage<T> {
  rows: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The keyset position of a row, encoded into its cursor. */
  positionOf: (row: T) => unknown[];
  totalCount: () => Promise<number>;
  /** EXACT, or AT_LEAST when counting stopped at a cap (totalCount is then the cap). */
  totalCountBound: () => Promise<PageCount['bound']>;
}

/** A list's size: exact, or a floor when counting every match would read too much. */
export interface PageCount {
  value: number;
  bound: 'EXACT' | 'AT_LEAST';
}
