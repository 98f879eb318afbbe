import fs from 'node:fs';
import { isEmpty, openDatabase, type Db } from '../store/open';
import { loadDataset, SEED_DIR, type LoadOutcome, type LoadSummary } from './load-dataset';

export type { LoadSummary } from './load-dataset';

/** Loads the dataset in data/seed (or `dir`) into `db` in one transaction. */
export function seedDatabase(db: Db, dir: string = SEED_DIR): LoadSummary {
  return loadDataset(db, dir, 'seed');
}

/**
 * What `npm start` does before serving: seeds the database at `file` when it is new or holds
 * no records, and leaves an existing one alone (its records, written ones included, stay as
 * they are; the seed is not loaded over them). Returns the load's summary, or null when it
 * did not seed.
 */
export function seedIfNew(file: string, dir: string = SEED_DIR): LoadSummary | null {
  const existed = fs.existsSync(file);
  const db = openDatabase(file);
  try {
    return !existed || isEmpty(db) ? seedDatabase(db, dir) : null;
  } finally {
    db.close();
  }
}

/** Each outcome of a load in words, saying why a record was kept as held. */
export const OUTCOME_WORDS: Record<LoadOutcome, string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged',
  keptRetracted: 'kept retracted by an analyst',
  keptCorrected: 'kept as an analyst corrected it',
};

/** "actors 12 created, statements 10 unchanged, ...": one line for logs. */
export function describeSummary(summary: LoadSummary): string {
  return Object.entries(summary)
    .map(([name, counts]) =>
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([outcome, n]) => `${name} ${n} ${OUTCOME_WORDS[outcome as LoadOutcome]}`)
        .join(', '),
    )
    .filter(Boolean)
    .join('; ');
}
