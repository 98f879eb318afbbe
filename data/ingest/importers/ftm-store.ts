/**
 * The FtM importer's writes, by key with a content hash (data/store/writes/records.ts): a row whose
 * hash is unchanged is left alone, so importing the same file twice changes nothing.
 * Imposing and target countries resolve to existing STATE actors by alpha-3 code, else to
 * actors "country-<code>" made here; regimes are reused by (imposer, target), else made.
 * The caller runs everything in one transaction.
 */
import type { Db } from '../../store/open';
import { contentHash, recordWrites } from '../../store/writes/records';
import { synced } from '../../store/writes/run-sync';
import { countryInfo } from './country-codes';
import { ftmKey, type DesigneeDraft, type DesignationStatus, type SanctionDraft } from './ftm-entities';

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export const noOutcomes = (): Outcomes => ({ created: 0, updated: 0, unchanged: 0 });

interface ActorRef {
  id: number;
  key: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function createFtmStore(db: Db) {
  const rows = synced(db, recordWrites('sqlite'));

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
      const key = `country-${slug(code)}`;
      const columns = { kind: info.kind, name: info.name, aliases: '[]', country_code: info.alpha3 };
      const { id, outcome } = upsert('actors', key, columns, origin);
      counts.countries[outcome] += 1;
      ref = { id, key };
    }
    countries.set(code, ref);
    return ref;
  }

  /** A source naming the OpenSanctions dataset, the evidence of the regimes made from it. */
  function datasetSource(dataset: string, origin: string): number {
    return upsert(
      'sources',
      `opensanctions-${slug(dataset)}`,
      {
        title: `OpenSanctions dataset ${dataset}`,
        outlet: 'OpenSanctions',
        url: `https://www.opensanctions.org/datasets/${encodeURIComponent(dataset)}/`,
      },
      origin,
    ).id;
  }

  /** The regime (imposer, target): the existing one, else a new "<imposer>-on-<target>". */
  function regime(imposer: ActorRef, target: ActorRef, dataset: string): number {
    const pair = `${imposer.id}:${target.id}`;
    const cached = regimes.get(pair);
    if (cached !== undefined) return cached;
    let id = rows.regimeIdBetween(imposer.id, target.id);
    if (id !== undefined) counts.regimes.unchanged += 1;
    else {
      const origin = `import:${dataset}`;
      let key = `${imposer.key}-on-${target.key}`;
      // A key already taken by another pair (an analyst's choice) gets a suffix.
      for (let n = 2; rows.idOf('sanction_regimes', key) !== undefined; n += 1) {
        key = `${imposer.key}-on-${target.key}-${n}`;
      }
      id = rows.upsert(
        'sanction_regimes',
        key,
        { imposer_id: imposer.id, target_id: target.id, since: null, responds_to_id: null },
        { hash: contentHash([imposer.key, target.key]), origin },
      ).id;
      const evidence = {
        sourceId: datasetSource(dataset, origin),
        viaId: null,
        excerpt: null,
        note: 'Imported from OpenSanctions: the dataset lists designations by the imposer of persons or organisations of the target country.',
        // The import only lists designations: nobody has judged this regime's evidence yet.
        credibility: 'CANNOT_BE_JUDGED',
        inference: null,
      };
      rows.replaceEvidence('SanctionRegime', id, [evidence], true);
      counts.regimes.created += 1;
    }
    regimes.set(pair, id);
    return id;
  }

  function designee(d: DesigneeDraft & { kind: 'PERSON' | 'ORGANIZATION' }): number {
    const cached = designees.get(d.id);
    if (cached !== undefined) return cached;
    const columns = { kind: d.kind, name: d.name, aliases: JSON.stringify(d.aliases) };
    const { id, outcome } = upsert('actors', ftmKey(d.id), columns, `import:${d.dataset}`);
    counts.designees[outcome] += 1;
    designees.set(d.id, id);
    return id;
  }

  function designation(s: SanctionDraft, designeeId: number, regimeId: number, status: DesignationStatus) {
    const columns = {
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
    };
    const { outcome } = upsert('sanction_designations', ftmKey(s.id), columns, `import:${s.dataset}`);
    counts.designations[outcome] += 1;
  }

  return { country, regime, designee, designation, counts };
}
