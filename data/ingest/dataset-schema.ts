/**
 * The dataset's shape: one JSON file per record type in data/seed/, each an array of
 * records with a stable `key`. The same rules validate analysts' writes through the API.
 */
import { z } from 'zod';
import { BOUNDS } from '../quantity';
import { partialDateProblem } from '../partial-date';
import { FIELD_LIMITS, unixLineBreaks } from '../field-limits';

export const ACTOR_KINDS = ['STATE', 'ORGANIZATION', 'PERSON', 'MEDIA'] as const;
export const STANCES = ['HOSTILE', 'CRITICAL', 'NEUTRAL', 'SUPPORTIVE', 'CONCILIATORY'] as const;
export const VERIFICATIONS = ['CONFIRMED', 'REPORTED', 'CLAIMED', 'DISPUTED'] as const;
export const EVENT_KINDS = [
  'VISIT',
  'AGREEMENT',
  'SUSPENSION',
  'CEREMONY',
  'ATTACK',
  'SANCTION',
  'INTELLIGENCE',
  'MILITARY',
  'DIPLOMATIC',
  'OTHER',
] as const;
export const ALLIANCE_KINDS = ['ALLIANCE', 'PARTNERSHIP_PROGRAMME', 'INITIATIVE', 'STRATEGY'] as const;
export const MEMBERSHIP_ROLES = ['MEMBER', 'PARTNER', 'PARTICIPANT', 'PROPONENT', 'OBSERVER'] as const;
export const MEMBERSHIP_STATUSES = ['ACTIVE', 'INTENDED', 'SUSPENDED', 'ENDED'] as const;
export const OFFICE_STATUSES = ['OPEN', 'PROPOSED', 'CLOSED'] as const;
export const DESIGNATION_STATUSES = ['ACTIVE', 'INACTIVE', 'EXPIRED', 'SUSPENDED'] as const;
export const FIGURE_METRICS = ['packages', 'individuals', 'entities'] as const;
/** What one package's counts count: the regime's packages are counted by the regime. */
export const PACKAGE_FIGURE_METRICS = ['individuals', 'entities'] as const;
export const OUTLET_KINDS = [
  'OFFICIAL',
  'WIRE_AGENCY',
  'STATE_MEDIA',
  'INDEPENDENT_MEDIA',
  'AGGREGATOR',
  'RESEARCH',
  'OTHER',
] as const;
/** The Admiralty scale of a source: A completely reliable ... E unreliable, F cannot be judged. */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** The Admiralty scale of one piece of information, 1 (confirmed) to 6 (cannot be judged). */
export const CREDIBILITIES = [
  'CONFIRMED',
  'PROBABLY_TRUE',
  'POSSIBLY_TRUE',
  'DOUBTFUL',
  'IMPROBABLE',
  'CANNOT_BE_JUDGED',
] as const;

/** Keys are readable slugs used in URLs: "nikolay-nozdrev". */
export const recordKey = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/, 'must be a lowercase slug such as "nikolay-nozdrev"')
  .max(FIELD_LIMITS.key, `must be at most ${FIELD_LIMITS.key} characters`);

export const partialDate = z.string().superRefine((text, ctx) => {
  const problem = partialDateProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * The longest a field may be (data/field-limits.ts): a name, title or label (short), a summary,
 * quote, excerpt or note (long), a URL, and the items of any list. Far above anything the
 * sources need (the seed's longest excerpt is under 300 characters), far below what would bloat
 * every page that lists the record. docs/security.md lists them.
 */
export { FIELD_LIMITS };

// Stored with "\n" line breaks whatever they were written with, so that a later correction does
// not read an unchanged text as changed.
const text = z
  .string()
  .overwrite(unixLineBreaks)
  .trim()
  .min(1, 'must not be empty')
  .max(FIELD_LIMITS.shortText, `must be at most ${FIELD_LIMITS.shortText} characters`);
const longText = z
  .string()
  .overwrite(unixLineBreaks)
  .trim()
  .min(1, 'must not be empty')
  .max(FIELD_LIMITS.longText, `must be at most ${FIELD_LIMITS.longText} characters`);

/** A list of at most FIELD_LIMITS.listItems items. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item).max(FIELD_LIMITS.listItems, `must have at most ${FIELD_LIMITS.listItems} items`);
}

/** Links a page will render: http and https only (javascript:, data:, file: ... are refused). */
export const webUrl = z
  .string()
  .max(FIELD_LIMITS.url, `must be at most ${FIELD_LIMITS.url} characters`)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }));

export const quantity = z.strictObject(
  {
    value: z.number().finite(),
    bound: z.enum(BOUNDS),
    unit: text,
    text: text.optional(),
  },
  'must be a quantity object {value, bound, unit, text?}: a bare number loses its bound',
);

export const evidence = z
  .strictObject({
    /** Key of a source in sources.json. */
    source: recordKey,
    /** The source's own words that support the record, verbatim. */
    excerpt: longText.optional(),
    /** What the source supports, in the dataset's words, when its verbatim words are not held. */
    note: longText.optional(),
    /** Actor key of whom the source attributes the words to, e.g. "ria-novosti". */
    via: recordKey.optional(),
    /** How far this information is confirmed; not judged until someone grades it. */
    credibility: z.enum(CREDIBILITIES).default('CANNOT_BE_JUDGED'),
    /** Set when the record says more than the source: the reasoning that fills the gap. */
    inference: text.optional(),
  })
  .refine((e) => e.excerpt !== undefined || e.note !== undefined, {
    message: "needs the source's words (excerpt) or what it supports (note)",
    path: ['excerpt'],
  });

const evidenceList = list(evidence).min(1, 'needs at least one piece of evidence');

export const sourceRecord = z.strictObject({
  key: recordKey,
  /** The title as published; absent when it is not known (never made up from the address). */
  title: text.optional(),
  outlet: text,
  publishedAt: partialDate.optional(),
  /** What the publication date rests on when the document does not state it: "the date in its address". */
  publishedAtBasis: text.optional(),
  url: webUrl.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/, 'must be a language tag such as "en"')
    .optional(),
  retrievedAt: z.iso.datetime({ offset: true }).optional(),
  outletKind: z.enum(OUTLET_KINDS).default('OTHER'),
  /** Until someone grades it, a source "cannot be judged". */
  reliability: z.enum(RELIABILITIES).default('F'),
  /** Why the source has its grade, in a sentence. */
  reliabilityNote: text.optional(),
});

export const actorRecord = z.strictObject({
  key: recordKey,
  kind: z.enum(ACTOR_KINDS),
  name: text,
  aliases: list(text).default([]),
  countryCode: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be ISO 3166-1 alpha-3 such as "RUS"')
    .optional(),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, 'must be a Wikidata item such as "Q159"')
    .optional(),
  title: text.optional(),
  affiliation: recordKey.optional(),
  description: longText.optional(),
});

export const topicRecord = z.strictObject({ key: recordKey, label: text });

const goldstein = z.number().min(-10, 'must be at least -10').max(10, 'must be at most 10');
const cameoCode = z.string().regex(/^\d{2,4}$/, 'must be a CAMEO code such as "111"');
/**
 * Why a record's intensity is not its CAMEO code's Goldstein value. Without one, the load
 * refuses an intensity that differs from the codebook's (data/ingest/codebook-check.ts).
 */
const intensityReason = text;

export const statementRecord = z.strictObject({
  key: recordKey,
  speaker: recordKey,
  targets: list(recordKey).min(1, 'needs at least one target'),
  date: partialDate,
  quote: longText.optional(),
  summary: longText,
  stance: z.enum(STANCES),
  intensity: goldstein,
  cameoCode: cameoCode.optional(),
  intensityReason: intensityReason.optional(),
  topics: list(recordKey).default([]),
  verification: z.enum(VERIFICATIONS).default('REPORTED'),
  evidence,
});

export const eventRecord = z.strictObject({
  key: recordKey,
  date: partialDate,
  endDate: partialDate.optional(),
  kind: z.enum(EVENT_KINDS),
  title: text,
  summary: longText,
  actors: list(recordKey).min(1, 'needs at least one actor'),
  location: text.optional(),
  measurements: list(z.strictObject({ label: text, quantity })).default([]),
  intensity: goldstein.optional(),
  cameoCode: cameoCode.optional(),
  intensityReason: intensityReason.optional(),
  verification: z.enum(VERIFICATIONS).default('REPORTED'),
  evidence: evidenceList,
});

/**
 * One dated, attributed figure: "over 25 packages", as Nozdrev put it to RIA Novosti on 5 May
 * 2025. The claimant is who said it; the evidence names the source that reports it and the
 * outlet it came through (via).
 */
export const figureClaim = z.strictObject({
  metric: z.enum(FIGURE_METRICS),
  quantity,
  /** Actor key of who made the claim, when known. */
  claimant: recordKey.optional(),
  /** When the claim was made, or failing that, published. */
  date: partialDate,
  evidence,
});

/** One source's count for one package: AP's 29 entities beside TASS's 51. */
export const packageFigureClaim = figureClaim.extend({ metric: z.enum(PACKAGE_FIGURE_METRICS) });

export const sanctionRegimeRecord = z.strictObject({
  key: recordKey,
  imposer: recordKey,
  target: recordKey,
  since: partialDate.optional(),
  /** Key of the regime this one answers (Russia's counter-measures answer Japan's sanctions). */
  respondsTo: recordKey.optional(),
  /** Reported aggregate figures, headline claim first within each metric. */
  figures: list(figureClaim).default([]),
  evidence: evidenceList,
});

export const sanctionPackageRecord = z.strictObject({
  key: recordKey,
  regime: recordKey,
  ordinal: z.number().int('must be a whole number').positive('must be 1 or more').optional(),
  date: partialDate,
  title: text,
  /**
   * The CAMEO code of what the package does, which scores it in the tension index: 163
   * impose sanctions (the default), 164 halt negotiations, 160 reduce relations.
   */
  cameoCode: cameoCode.default('163'),
  measures: list(text).default([]),
  designatedIndividuals: z.number().int('must be a whole number').nonnegative('must be 0 or more').optional(),
  designatedEntities: z.number().int('must be a whole number').nonnegative('must be 0 or more').optional(),
  /** Every source's count, where sources give them; the first of each metric is the package's own. */
  figures: list(packageFigureClaim).default([]),
  evidence: evidenceList,
});

export const allianceRecord = z.strictObject({
  key: recordKey,
  name: text,
  acronym: text.optional(),
  kind: z.enum(ALLIANCE_KINDS),
  lead: recordKey.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  areas: list(text).default([]),
  evidence: evidenceList,
});

export const membershipRecord = z.strictObject({
  key: recordKey,
  actor: recordKey,
  alliance: recordKey,
  role: z.enum(MEMBERSHIP_ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  since: partialDate.optional(),
  evidence: evidenceList,
});

export const officeRecord = z.strictObject({
  key: recordKey,
  name: text,
  owner: recordKey,
  host: recordKey,
  city: text,
  status: z.enum(OFFICE_STATUSES),
  openedOn: partialDate.optional(),
  evidence: evidenceList,
});

/** The files of data/seed/, in load order (a file only refers to files before it). */
export const DATASET_FILES = {
  sources: z.array(sourceRecord),
  actors: z.array(actorRecord),
  topics: z.array(topicRecord),
  alliances: z.array(allianceRecord),
  memberships: z.array(membershipRecord),
  offices: z.array(officeRecord),
  'sanction-regimes': z.array(sanctionRegimeRecord),
  'sanction-packages': z.array(sanctionPackageRecord),
  statements: z.array(statementRecord),
  events: z.array(eventRecord),
} as const;

export type DatasetFileName = keyof typeof DATASET_FILES;

export type SourceRecord = z.infer<typeof sourceRecord>;
export type ActorRecord = z.infer<typeof actorRecord>;
export type TopicRecord = z.infer<typeof topicRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type SanctionRegimeRecord = z.infer<typeof sanctionRegimeRecord>;
export type SanctionPackageRecord = z.infer<typeof sanctionPackageRecord>;
export type AllianceRecord = z.infer<typeof allianceRecord>;
export type MembershipRecord = z.infer<typeof membershipRecord>;
export type OfficeRecord = z.infer<typeof officeRecord>;
export type EvidenceRecord = z.infer<typeof evidence>;
export type FigureClaimRecord = z.infer<typeof figureClaim> | z.infer<typeof packageFigureClaim>;
export type QuantityRecord = z.infer<typeof quantity>;

export interface Dataset {
  sources: SourceRecord[];
  actors: ActorRecord[];
  topics: TopicRecord[];
  alliances: AllianceRecord[];
  memberships: MembershipRecord[];
  offices: OfficeRecord[];
  'sanction-regimes': SanctionRegimeRecord[];
  'sanction-packages': SanctionPackageRecord[];
  statements: StatementRecord[];
  events: EventRecord[];
}
