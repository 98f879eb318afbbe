/**
 * Writes validated records into the store by key. Every writer (the dataset load, the
 * API's mutations, importers) goes through here, so a record means the same wherever it
 * came from. A record whose content hash is unchanged is left alone, which makes loading
 * the same data twice a no-op. Callers wrap a whole load in one transaction. The SQL is the
 * store's (data/store/writes/records.ts); here records become rows: references resolved to
 * ids, with the field at fault named when one is missing.
 */
import type { Db } from '../store/open';
import type { RecordType } from '../store/rows';
import { contentHash, recordWrites, type KeyedTable, type WriteOutcome } from '../store/writes/records';
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

export function createWriter(db: Db, origin: string, { hashOf }: WriterOptions = {}) {
  const rows = recordWrites(db);

  // A load names the same few hundred actors, topics and sources hundreds of thousands of
  // times: each key's id is looked up once per writer. A writer lives for one transaction, in
  // which no keyed row is deleted, so an id found stays right. Keys not found are not kept.
  const knownIds = new Map<string, number>();

  /** The id of the record `key` names in `table`, or an error naming the field. */
  const idOf = (table: KeyedTable, key: string, field: (string | number)[]): number => {
    const known = `${table}\u0000${key}`;
    let id = knownIds.get(known);
    if (id === undefined) {
      id = rows.idOf(table, key);
      if (id === undefined) throw new MissingReferenceError(field, table, key);
      knownIds.set(known, id);
    }
    return id;
  };
  const optionalIdOf = (table: KeyedTable, key: string | undefined, field: (string | number)[]) =>
    key === undefined ? null : idOf(table, key, field);

  /**
   * Inserts or updates the row for `key`; returns its id and what happened. `writeChildren`
   * gets the id after the main row exists, to replace the row's children, and whether the
   * row was just created (it has no children yet, so there is nothing to delete).
   */
  function upsert(
    table: KeyedTable,
    key: string,
    record: object,
    columns: Record<string, unknown>,
    writeChildren?: (id: number, fresh: boolean) => void,
  ): { id: number; outcome: WriteOutcome } {
    const hash = hashOf?.(record) ?? contentHash(record);
    const { id, outcome } = rows.upsert(table, key, columns, { hash, origin });
    if (outcome === 'unchanged') return { id, outcome };
    writeChildren?.(id, outcome === 'created');
    return { id, outcome };
  }

  function writeEvidence(
    recordType: RecordType,
    recordId: number,
    list: readonly EvidenceRecord[],
    field: (string | number)[],
    fresh: boolean,
    single = false,
  ) {
    const resolved = list.map((e, i) => {
      // A statement has one evidence object, the other records a list of them.
      const at = single ? field : [...field, i];
      return {
        sourceId: idOf('sources', e.source, [...at, 'source']),
        viaId: optionalIdOf('actors', e.via, [...at, 'via']),
        excerpt: e.excerpt ?? null,
        note: e.note ?? null,
        credibility: e.credibility,
        inference: e.inference ?? null,
      };
    });
    rows.replaceEvidence(recordType, recordId, resolved, fresh);
  }

  /** A figure claim with its references resolved and its date's first day; `at` is its place. */
  function resolveClaim(f: FigureClaimRecord, at: (string | number)[]) {
    return {
      metric: f.metric,
      quantity: f.quantity,
      sourceId: idOf('sources', f.evidence.source, [...at, 'evidence', 'source']),
      viaId: optionalIdOf('actors', f.evidence.via, [...at, 'evidence', 'via']),
      excerpt: f.evidence.excerpt ?? null,
      note: f.evidence.note ?? null,
      credibility: f.evidence.credibility,
      inference: f.evidence.inference ?? null,
      claimantId: optionalIdOf('actors', f.claimant, [...at, 'claimant']),
      date: f.date,
      claimedStart: toInterval(f.date).start,
    };
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

    /** Actors are written in two passes so that affiliations may point forward. */
    actor(r: ActorRecord, at: (string | number)[]) {
      const result = upsert('actors', r.key, r, {
        kind: r.kind,
        name: r.name,
        aliases: json(r.aliases),
        country_code: r.countryCode ?? null,
        wikidata_id: r.wikidataId ?? null,
        title: r.title ?? null,
        affiliation_id: null,
        description: r.description ?? null,
      });
      return {
        ...result,
        linkAffiliation: () => {
          if (result.outcome === 'unchanged') return;
          const affiliation = optionalIdOf('actors', r.affiliation, [...at, 'affiliation']);
          rows.setAffiliation(result.id, affiliation);
        },
      };
    },

    topic: (r: TopicRecord) => upsert('topics', r.key, r, { label: r.label }),

    statement(r: StatementRecord, at: (string | number)[]) {
      const speakerId = idOf('actors', r.speaker, [...at, 'speaker']);
      const targetIds = r.targets.map((k, i) => idOf('actors', k, [...at, 'targets', i]));
      const topicIds = r.topics.map((k, i) => idOf('topics', k, [...at, 'topics', i]));
      const days = span(r.date);
      return upsert(
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
        (id, fresh) => {
          rows.replaceStatementTargets(
            id,
            targetIds,
            { dateStart: days.date_start, speakerId, intensity: r.intensity, date: r.date },
            fresh,
          );
          rows.replaceStatementTopics(id, topicIds, fresh);
          writeEvidence('Statement', id, [r.evidence], [...at, 'evidence'], fresh, true);
        },
      );
    },

    event(r: EventRecord, at: (string | number)[]) {
      const actorIds = r.actors.map((k, i) => idOf('actors', k, [...at, 'actors', i]));
      return upsert(
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
        (id, fresh) => {
          rows.replaceEventActors(id, actorIds, fresh);
          rows.replaceMeasurements(id, r.measurements, fresh);
          writeEvidence('Event', id, r.evidence, [...at, 'evidence'], fresh);
        },
      );
    },

    sanctionRegime(r: SanctionRegimeRecord, at: (string | number)[]) {
      const imposerId = idOf('actors', r.imposer, [...at, 'imposer']);
      const targetId = idOf('actors', r.target, [...at, 'target']);
      const respondsTo = optionalIdOf('sanction_regimes', r.respondsTo, [...at, 'respondsTo']);
      const figures = r.figures.map((f, i) => resolveClaim(f, [...at, 'figures', i]));
      return upsert(
        'sanction_regimes',
        r.key,
        r,
        { imposer_id: imposerId, target_id: targetId, since: r.since ?? null, responds_to_id: respondsTo },
        (id, fresh) => {
          rows.replaceRegimeFigures(id, figures, fresh);
          writeEvidence('SanctionRegime', id, r.evidence, [...at, 'evidence'], fresh);
        },
      );
    },

    sanctionPackage(r: SanctionPackageRecord, at: (string | number)[]) {
      const regimeId = idOf('sanction_regimes', r.regime, [...at, 'regime']);
      const figures = r.figures.map((f, i) => resolveClaim(f, [...at, 'figures', i]));
      return upsert(
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
        (id, fresh) => {
          writeEvidence('SanctionPackage', id, r.evidence, [...at, 'evidence'], fresh);
          rows.replacePackageFigures(id, figures, fresh);
        },
      );
    },

    alliance(r: AllianceRecord, at: (string | number)[]) {
      const leadId = optionalIdOf('actors', r.lead, [...at, 'lead']);
      return upsert(
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
        (id, fresh) => writeEvidence('Alliance', id, r.evidence, [...at, 'evidence'], fresh),
      );
    },

    membership(r: MembershipRecord, at: (string | number)[]) {
      const actorId = idOf('actors', r.actor, [...at, 'actor']);
      const allianceId = idOf('alliances', r.alliance, [...at, 'alliance']);
      return upsert(
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
        (id, fresh) => writeEvidence('Membership', id, r.evidence, [...at, 'evidence'], fresh),
      );
    },

    office(r: OfficeRecord, at: (string | number)[]) {
      const ownerId = idOf('actors', r.owner, [...at, 'owner']);
      const hostId = idOf('actors', r.host, [...at, 'host']);
      return upsert(
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
        (id, fresh) => writeEvidence('Office', id, r.evidence, [...at, 'evidence'], fresh),
      );
    },
  };
}

export type RecordWriter = ReturnType<typeof createWriter>;
