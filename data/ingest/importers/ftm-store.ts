/**
 * The FtM importer's writes, by key with a content hash (data/store/writes/records.ts): a row whose
 * hash is unchanged is left alone, so importing the same file twice changes nothing.
 * Imposing and target countries resolve to existing STATE actors by alpha-3 code, else to
 * actors "country-<code>" made here; regimes are reused by (imposer, target), else made.
 * The caller runs everything in one transaction.
 */
import type { Db } from '../../store/open';
import { contentHash, recordWrites, type RecordWrites } from '../../store/writes/records';
import { runSync, synced } from '../../store/writes/run-sync';
import type { Gen } from '../../store/writes/steps';
import { countryInfo, type CountryInfo } from './country-codes';
import { ftmKey, type DesigneeDraft, type DesignationStatus, type SanctionDraft } from './ftm-entities';

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });

export interface ActorRef {
  id: number;
  key: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The actor made for an FtM country code that no STATE actor carries. */
export const countryKey = (code: string) => `country-${slug(code)}`;

export const countryColumns = (info: CountryInfo) => ({
  kind: info.kind,
  name: info.name,
  aliases: '[]',
  country_code: info.alpha3,
});

export const designeeColumns = (d: DesigneeDraft & { kind: 'PERSON' | 'ORGANIZATION' }) => ({
  kind: d.kind,
  name: d.name,
  aliases: JSON.stringify(d.aliases),
});

/** A designation's columns; their hash is its content hash, so ids are part of it. */
export const designationColumns = (
  s: SanctionDraft,
  designeeId: number,
  regimeId: number,
  status: DesignationStatus,
) => ({
  regime_id: regimeId,
  designee_id: designeeId,
  authority: s.authority ?? s.dataset,
  program: s.program,
  listed_on: s.listedOn,
  start_date: s.startDate,
  end_date: s.endDate,
  sort_date: s.listedOn ?? s.startDate ?? '',
  status,
  source_url: s.sourceUrl,
  origin_dataset: s.dataset,
});

/** A source naming the OpenSanctions dataset, the evidence of the regimes made from it. */
function* datasetSource(rows: RecordWrites, dataset: string, origin: string): Gen<number> {
  const columns = {
    title: `OpenSanctions dataset ${dataset}`,
    outlet: 'OpenSanctions',
    url: `https://www.opensanctions.org/datasets/${encodeURIComponent(dataset)}/`,
  };
  const key = `opensanctions-${slug(dataset)}`;
  return (yield* rows.upsert('sources', key, columns, { hash: contentHash(columns), origin })).id;
}

/**
 * The regime (imposer, target): the existing one ("unchanged"), else a new
 * "<imposer>-on-<target>" with the dataset's source as its evidence ("created"). Regimes are
 * few, so both engines write them one by one with these steps.
 */
export function* regimeWrite(
  rows: RecordWrites,
  imposer: ActorRef,
  target: ActorRef,
  dataset: string,
): Gen<{ id: number; outcome: 'created' | 'unchanged' }> {
  const existing = yield* rows.regimeIdBetween(imposer.id, target.id);
  if (existing !== undefined) return { id: existing, outcome: 'unchanged' };
  const origin = `import:${dataset}`;
  let key = `${imposer.key}-on-${target.key}`;
  // A key already taken by another pair (an analyst's choice) gets a suffix.
  for (let n = 2; (yield* rows.idOf('sanction_regimes', key)) !== undefined; n += 1) {
    key = `${imposer.key}-on-${target.key}-${n}`;
  }
  const { id } = yield* rows.upsert(
    'sanction_regimes',
    key,
    { imposer_id: imposer.id, target_id: target.id, since: null, responds_to_id: null },
    { hash: contentHash([imposer.key, target.key]), origin },
  );
  const evidence = {
    sourceId: yield* datasetSource(rows, dataset, origin),
    viaId: null,
    excerpt: null,
    note: 'Imported from OpenSanctions: the dataset lists designations by the imposer of persons or organisations of the target country.',
    // The import only lists designations: nobody has judged this regime's evidence yet.
    credibility: 'CANNOT_BE_JUDGED',
    inference: null,
  };
  yield* rows.replaceEvidence('SanctionRegime', id, [evidence], true);
  return { id, outcome: 'created' };
}

export function createFtmStore(db: Db) {
  const writes = recordWrites('sqlite');
  const rows = synced(db, writes);

  /**
   * Inserts or updates `table`'s row for `key` with `columns`. The hash covers the columns,
   * not `origin`: which dataset came first in a file does not make a row "updated".
   */
  const upsert = (
    table: 'actors' | 'sources' | 'sanction_designations',
    key: string,
    columns: Record<string, unknown>,
    origin: string,
  ) => rows.upsert(table, key, columns, { hash: contentHash(columns), origin });

  const countries = new Map<string, ActorRef>();
  const regimes = new Map<string, number>();
  const designees = new Map<string, number>();
  const counts = {
    designations: noOutcomes(),
    designees: noOutcomes(),
    countries: noOutcomes(),
    regimes: noOutcomes(),
  };

  /** The actor for an FtM country code: an existing STATE by alpha-3, else "country-<code>". */
  function country(code: string, origin: string): ActorRef {
    const cached = countries.get(code);
    if (cached) return cached;
    const info = countryInfo(code);
    let ref: ActorRef | undefined = info.alpha3 ? rows.stateByCountryCode(info.alpha3) : undefined;
    if (ref) counts.countries.unchanged += 1;
    else {
      const key = countryKey(code);
      const { id, outcome } = upsert('actors', key, countryColumns(info), origin);
      counts.countries[outcome] += 1;
      ref = { id, key };
    }
    countries.set(code, ref);
    return ref;
  }

  /** The regime (imposer, target): the existing one, else a new "<imposer>-on-<target>". */
  function regime(imposer: ActorRef, target: ActorRef, dataset: string): number {
    const pair = `${imposer.id}:${target.id}`;
    const cached = regimes.get(pair);
    if (cached !== undefined) return cached;
    const { id, outcome } = runSync(db, regimeWrite(writes, imposer, target, dataset));
    counts.regimes[outcome] += 1;
    regimes.set(pair, id);
    return id;
  }

  function designee(d: DesigneeDraft & { kind: 'PERSON' | 'ORGANIZATION' }): number {
    const cached = designees.get(d.id);
    if (cached !== undefined) return cached;
    const { id, outcome } = upsert('actors', ftmKey(d.id), designeeColumns(d), `import:${d.dataset}`);
    counts.designees[outcome] += 1;
    designees.set(d.id, id);
    return id;
  }

  function designation(s: SanctionDraft, designeeId: number, regimeId: number, status: DesignationStatus) {
    const columns = designationColumns(s, designeeId, regimeId, status);
    const { outcome } = upsert('sanction_designations', ftmKey(s.id), columns, `import:${s.dataset}`);
    counts.designations[outcome] += 1;
  }

  return { country, regime, designee, designation, counts };
}
