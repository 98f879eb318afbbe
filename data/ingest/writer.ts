/**
 * Writes validated records into the store by key. Every writer (the dataset load, the
 * API's mutations, importers) goes through here, so a record means the same wherever it
 * came from. A record whose content hash is unchanged is left alone, which makes loading
 * the same data twice a no-op. Callers wrap a whole load in one transaction. The SQL is the
 * store's (data/store/writes/records.ts); here records become rows: references resolved to
 * ids, with the field at fault named when one is missing. Each write is a generator of queries
 * (data/store/writes/steps.ts), run on SQLite or PostgreSQL.
 */
import type { Dialect } from '../store/sql';
import { batch, type Gen, type Runs } from '../store/writes/steps';
import {
  childRuns,
  contentHash,
  recordWrites,
  type EvidenceRowValues,
  type FigureRowValues,
  type KeyedTable,
  type WriteOutcome,
} from '../store/writes/records';
import { toInterval } from '../partial-date';
import { goldsteinOf } from '../cameo';
import type {
  FigureClaimRecord,
  ActorRecord,
  AllianceRecord,
  EventRecord,
  EvidenceRecord,
  MembershipRecord,
  OfficeRecord,
  SanctionPackageRecord,
  SanctionRegimeRecord,
  SourceRecord,
  StatementRecord,
  TopicRecord,
} from './dataset-schema';

export type { WriteOutcome } from '../store/writes/records';

/** A reference to a key that names no record: which field, and which key. */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: (string | number)[],
    readonly table: string,
    readonly key: string,
  ) {
    super(`unknown ${table.replace(/s$/, '').replace(/_/g, ' ')} key "${key}"`);
  }
}

const json = (list: readonly string[]) => JSON.stringify(list);

/** A package weighs what its code does in the codebook; an unknown code is refused. */
function packageIntensity(code: string, field: (string | number)[]): number {
  const value = goldsteinOf(code);
  if (value === undefined) throw new UnknownCameoCodeError(field, code);
  return value;
}

/** A CAMEO code the codebook does not have. */
export class UnknownCameoCodeError extends Error {
  constructor(
    readonly field: (string | number)[],
    readonly code: string,
  ) {
    super(`"${code}" is not a CAMEO event code`);
  }
}

/**
 * `hashOf` gives a record's content hash when it was taken before (a bulk load takes them on
 * another thread); a record it has none for is hashed here.
 */
export interface WriterOptions {
  hashOf?: (record: object) => string | undefined;
}

export function createWriter(dialect: Dialect, origin: string, { hashOf }: WriterOptions = {}) {
  const rows = recordWrites(dialect);

  // A load names the same few hundred actors, topics and sources hundreds of thousands of
  // times: each key's id is looked up once per writer. A writer lives for one transaction, in
  // which no keyed row is deleted, so an id found stays right. Keys not found are not kept.
  const knownIds = new Map<string, number>();

  // Callers read this first and look up only what it does not hold: a lookup is a step
  // (a generator), and one per reference cost a bulk load a tenth more.
  const knownId = (table: KeyedTable, key: string) => knownIds.get(`${table}\u0000${key}`);

  /** The id of the record `key` names in `table`, or an error naming the field. */
  function* lookUpId(table: KeyedTable, key: string, field: (string | number)[]): Gen<number> {
    const id = yield* rows.idOf(table, key);
    if (id === undefined) throw new MissingReferenceError(field, table, key);
    knownIds.set(`${table}\u0000${key}`, id);
    return id;
  }
  function* idOf(table: KeyedTable, key: string, field: (string | number)[]): Gen<number> {
    return knownId(table, key) ?? (yield* lookUpId(table, key, field));
  }
  function* optionalIdOf(
    table: KeyedTable,
    key: string | undefined,
    field: (string | number)[],
  ): Gen<number | null> {
    if (key === undefined) return null;
    return knownId(table, key) ?? (yield* lookUpId(table, key, field));
  }
  /** The ids of `keys` when each is known already, else undefined. */
  const knownIdsOf = (table: KeyedTable, keys: readonly string[]): number[] | undefined => {
    const ids: number[] = [];
    for (const key of keys) {
      const id = knownId(table, key);
      if (id === undefined) return undefined;
      ids.push(id);
    }
    return ids;
  };
  /** The ids of `keys`, each reference named `field` and its place in the list. */
  function* idsOf(table: KeyedTable, keys: readonly string[], field: (string | number)[]): Gen<number[]> {
    const ids: number[] = [];
    for (const [i, key] of keys.entries())
      ids.push(knownId(table, key) ?? (yield* lookUpId(table, key, [...field, i])));
    return ids;
  }

  /**
   * Inserts or updates the row for `key`; returns its id and what happened. `children` gets
   * the id after the main row exists and whether the row was just created (it has no children
   * yet, so there is nothing to delete), and says what replaces the row's children; those run
   * in one step.
   */
  function* upsert(
    table: KeyedTable,
    key: string,
    record: object,
    columns: Record<string, unknown>,
    children?: (id: number, fresh: boolean) => Runs[],
  ): Gen<{ id: number; outcome: WriteOutcome }> {
    const hash = hashOf?.(record) ?? contentHash(record);
    const { id, outcome } = yield* rows.upsert(table, key, columns, { hash, origin });
    if (outcome === 'unchanged') return { id, outcome };
    if (children) yield* batch(children(id, outcome === 'created'));
    return { id, outcome };
  }

  const evidenceValues = (e: EvidenceRecord, sourceId: number, viaId: number | null): EvidenceRowValues => ({
    sourceId,
    viaId,
    excerpt: e.excerpt ?? null,
    note: e.note ?? null,
    credibility: e.credibility,
    inference: e.inference ?? null,
  });

  /** A record's evidence with its references resolved; `single` for a statement's one object. */
  function* resolveEvidence(
    list: readonly EvidenceRecord[],
    field: (string | number)[],
    single = false,
  ): Gen<EvidenceRowValues[]> {
    const resolved: EvidenceRowValues[] = [];
    for (const [i, e] of list.entries()) {
      const at = single ? field : [...field, i];
      const sourceId =
        knownId('sources', e.source) ?? (yield* lookUpId('sources', e.source, [...at, 'source']));
      resolved.push(evidenceValues(e, sourceId, yield* optionalIdOf('actors', e.via, [...at, 'via'])));
    }
    return resolved;
  }
  /** The same when every reference is known already, else undefined. */
  function knownEvidence(list: readonly EvidenceRecord[]): EvidenceRowValues[] | undefined {
    const resolved: EvidenceRowValues[] = [];
    for (const e of list) {
      const sourceId = knownId('sources', e.source);
      const viaId = e.via === undefined ? null : knownId('actors', e.via);
      if (sourceId === undefined || viaId === undefined) return undefined;
      resolved.push(evidenceValues(e, sourceId, viaId));
    }
    return resolved;
  }
  const evidenceOf = function* (list: readonly EvidenceRecord[], field: (string | number)[], single = false) {
    return knownEvidence(list) ?? (yield* resolveEvidence(list, field, single));
  };

  /** Each figure claim with its references resolved and its date's first day; `at` is the list's place. */
  function* resolveClaims(
    claims: readonly FigureClaimRecord[],
    field: (string | number)[],
  ): Gen<FigureRowValues[]> {
    const resolved: FigureRowValues[] = [];
    for (const [i, f] of claims.entries()) {
      const at = [...field, i];
      resolved.push({
        metric: f.metric,
        quantity: f.quantity,
        sourceId: yield* idOf('sources', f.evidence.source, [...at, 'evidence', 'source']),
        viaId: yield* optionalIdOf('actors', f.evidence.via, [...at, 'evidence', 'via']),
        excerpt: f.evidence.excerpt ?? null,
        note: f.evidence.note ?? null,
        credibility: f.evidence.credibility,
        inference: f.evidence.inference ?? null,
        claimantId: yield* optionalIdOf('actors', f.claimant, [...at, 'claimant']),
        date: f.date,
        claimedStart: toInterval(f.date).start,
      });
    }
    return resolved;
  }

  const span = (date: string, endDate?: string) => {
    const first = toInterval(date);
    return { date_start: first.start, date_end: (endDate === undefined ? first : toInterval(endDate)).end };
  };

  return {
    source: (r: SourceRecord) =>
      upsert('sources', r.key, r, {
        // The column predates unknown titles and is NOT NULL: '' stands for "not known".
        title: r.title ?? '',
        outlet: r.outlet,
        published_at: r.publishedAt ?? null,
        url: r.url ?? null,
        language: r.language ?? null,
        retrieved_at: r.retrievedAt ?? null,
        outlet_kind: r.outletKind,
        reliability: r.reliability,
        reliability_note: r.reliabilityNote ?? null,
      }),

    /** Actors are written in two passes so that affiliations may point forward: see linkAffiliation. */
    actor: (r: ActorRecord) =>
      upsert('actors', r.key, r, {
        kind: r.kind,
        name: r.name,
        aliases: json(r.aliases),
        country_code: r.countryCode ?? null,
        wikidata_id: r.wikidataId ?? null,
        title: r.title ?? null,
        affiliation_id: null,
        description: r.description ?? null,
      }),

    /** The second pass of an actor `written` by actor(): its affiliation, once every actor exists. */
    *linkAffiliation(
      r: ActorRecord,
      at: (string | number)[],
      written: { id: number; outcome: WriteOutcome },
    ): Gen<void> {
      if (written.outcome === 'unchanged') return;
      const affiliation = yield* optionalIdOf('actors', r.affiliation, [...at, 'affiliation']);
      yield* rows.setAffiliation(written.id, affiliation);
    },

    topic: (r: TopicRecord) => upsert('topics', r.key, r, { label: r.label }),

    *statement(r: StatementRecord, at: (string | number)[]) {
      const speakerId =
        knownId('actors', r.speaker) ?? (yield* lookUpId('actors', r.speaker, [...at, 'speaker']));
      const targetIds =
        knownIdsOf('actors', r.targets) ?? (yield* idsOf('actors', r.targets, [...at, 'targets']));
      const topicIds =
        knownIdsOf('topics', r.topics) ?? (yield* idsOf('topics', r.topics, [...at, 'topics']));
      const evidence =
        knownEvidence([r.evidence]) ?? (yield* resolveEvidence([r.evidence], [...at, 'evidence'], true));
      const days = span(r.date);
      return yield* upsert(
        'statements',
        r.key,
        r,
        {
          speaker_id: speakerId,
          date: r.date,
          ...days,
          quote: r.quote ?? null,
          summary: r.summary,
          stance: r.stance,
          intensity: r.intensity,
          cameo_code: r.cameoCode ?? null,
          verification: r.verification,
        },
        (id, fresh) => [
          ...childRuns.statementTargets(
            id,
            targetIds,
            { dateStart: days.date_start, speakerId, intensity: r.intensity, date: r.date },
            fresh,
          ),
          ...childRuns.statementTopics(id, topicIds, fresh),
          ...childRuns.evidence('Statement', id, evidence, fresh),
        ],
      );
    },

    *event(r: EventRecord, at: (string | number)[]) {
      const actorIds =
        knownIdsOf('actors', r.actors) ?? (yield* idsOf('actors', r.actors, [...at, 'actors']));
      const evidence = knownEvidence(r.evidence) ?? (yield* resolveEvidence(r.evidence, [...at, 'evidence']));
      return yield* upsert(
        'events',
        r.key,
        r,
        {
          date: r.date,
          ...span(r.date, r.endDate),
          end_date: r.endDate ?? null,
          kind: r.kind,
          title: r.title,
          summary: r.summary,
          location: r.location ?? null,
          intensity: r.intensity ?? null,
          cameo_code: r.cameoCode ?? null,
          verification: r.verification,
        },
        (id, fresh) => [
          ...childRuns.eventActors(id, actorIds, fresh),
          ...childRuns.measurements(id, r.measurements, fresh),
          ...childRuns.evidence('Event', id, evidence, fresh),
        ],
      );
    },

    *sanctionRegime(r: SanctionRegimeRecord, at: (string | number)[]) {
      const imposerId = yield* idOf('actors', r.imposer, [...at, 'imposer']);
      const targetId = yield* idOf('actors', r.target, [...at, 'target']);
      const respondsTo = yield* optionalIdOf('sanction_regimes', r.respondsTo, [...at, 'respondsTo']);
      const figures = yield* resolveClaims(r.figures, [...at, 'figures']);
      const evidence = yield* evidenceOf(r.evidence, [...at, 'evidence']);
      return yield* upsert(
        'sanction_regimes',
        r.key,
        r,
        { imposer_id: imposerId, target_id: targetId, since: r.since ?? null, responds_to_id: respondsTo },
        (id, fresh) => [
          ...childRuns.regimeFigures(id, figures, fresh),
          ...childRuns.evidence('SanctionRegime', id, evidence, fresh),
        ],
      );
    },

    *sanctionPackage(r: SanctionPackageRecord, at: (string | number)[]) {
      const regimeId = yield* idOf('sanction_regimes', r.regime, [...at, 'regime']);
      const figures = yield* resolveClaims(r.figures, [...at, 'figures']);
      const evidence = yield* evidenceOf(r.evidence, [...at, 'evidence']);
      return yield* upsert(
        'sanction_packages',
        r.key,
        r,
        {
          regime_id: regimeId,
          ordinal: r.ordinal ?? null,
          date: r.date,
          ...span(r.date),
          title: r.title,
          measures: json(r.measures),
          designated_individuals: r.designatedIndividuals ?? null,
          designated_entities: r.designatedEntities ?? null,
          cameo_code: r.cameoCode,
          intensity: packageIntensity(r.cameoCode, [...at, 'cameoCode']),
        },
        (id, fresh) => [
          ...childRuns.evidence('SanctionPackage', id, evidence, fresh),
          ...childRuns.packageFigures(id, figures, fresh),
        ],
      );
    },

    *alliance(r: AllianceRecord, at: (string | number)[]) {
      const leadId = yield* optionalIdOf('actors', r.lead, [...at, 'lead']);
      const evidence = yield* evidenceOf(r.evidence, [...at, 'evidence']);
      return yield* upsert(
        'alliances',
        r.key,
        r,
        {
          name: r.name,
          acronym: r.acronym ?? null,
          kind: r.kind,
          lead_id: leadId,
          since: r.since ?? null,
          until: r.until ?? null,
          areas: json(r.areas),
        },
        (id, fresh) => childRuns.evidence('Alliance', id, evidence, fresh),
      );
    },

    *membership(r: MembershipRecord, at: (string | number)[]) {
      const actorId = yield* idOf('actors', r.actor, [...at, 'actor']);
      const allianceId = yield* idOf('alliances', r.alliance, [...at, 'alliance']);
      const evidence = yield* evidenceOf(r.evidence, [...at, 'evidence']);
      return yield* upsert(
        'memberships',
        r.key,
        r,
        {
          actor_id: actorId,
          alliance_id: allianceId,
          role: r.role,
          status: r.status,
          since: r.since ?? null,
        },
        (id, fresh) => childRuns.evidence('Membership', id, evidence, fresh),
      );
    },

    *office(r: OfficeRecord, at: (string | number)[]) {
      const ownerId = yield* idOf('actors', r.owner, [...at, 'owner']);
      const hostId = yield* idOf('actors', r.host, [...at, 'host']);
      const evidence = yield* evidenceOf(r.evidence, [...at, 'evidence']);
      return yield* upsert(
        'offices',
        r.key,
        r,
        {
          name: r.name,
          owner_id: ownerId,
          host_id: hostId,
          city: r.city,
          status: r.status,
          opened_on: r.openedOn ?? null,
        },
        (id, fresh) => childRuns.evidence('Office', id, evidence, fresh),
      );
    },
  };
}

export type RecordWriter = ReturnType<typeof createWriter>;
