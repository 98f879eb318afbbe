/** The seed dataset read from data/seed and parsed with the dataset's own schemas, for content checks. */
import fs from 'node:fs';
import path from 'node:path';
import {
  DATASET_FILES,
  type Dataset,
  type DatasetFileName,
  type EvidenceRecord,
} from '../../data/ingest/dataset-schema';

const SEED_DIR = path.join(import.meta.dirname, '../../data/seed');

/** The key of the seed article's source record. */
export const ARTICLE_SOURCE = 'almayadeen-2025-russia-japan-rift';

function load<N extends DatasetFileName>(name: N): Dataset[N] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(SEED_DIR, `${name}.json`), 'utf8'));
  return DATASET_FILES[name].parse(raw) as Dataset[N];
}

export const seed: Dataset = {
  sources: load('sources'),
  actors: load('actors'),
  topics: load('topics'),
  alliances: load('alliances'),
  memberships: load('memberships'),
  offices: load('offices'),
  'sanction-regimes': load('sanction-regimes'),
  'sanction-packages': load('sanction-packages'),
  statements: load('statements'),
  events: load('events'),
};

/** Every evidence entry in the dataset, with where it sits (for readable failures). */
export function allEvidence(data: Dataset = seed): { at: string; evidence: EvidenceRecord }[] {
  const out: { at: string; evidence: EvidenceRecord }[] = [];
  const lists: [string, { key: string; evidence: EvidenceRecord[] }[]][] = [
    ['alliances', data.alliances],
    ['memberships', data.memberships],
    ['offices', data.offices],
    ['sanction-regimes', data['sanction-regimes']],
    ['sanction-packages', data['sanction-packages']],
    ['events', data.events],
  ];
  for (const [file, records] of lists) {
    for (const r of records) for (const e of r.evidence) out.push({ at: `${file}/${r.key}`, evidence: e });
  }
  for (const s of data.statements) out.push({ at: `statements/${s.key}`, evidence: s.evidence });
  for (const r of data['sanction-regimes']) {
    for (const f of r.figures)
      out.push({ at: `sanction-regimes/${r.key}/${f.metric}`, evidence: f.evidence });
  }
  for (const p of data['sanction-packages']) {
    for (const f of p.figures)
      out.push({ at: `sanction-packages/${p.key}/${f.metric}`, evidence: f.evidence });
  }
  return out;
}
