import type { Db } from '../store/open';
import { loadDataset, SEED_DIR, type LoadSummary } from './load-dataset';

export type { LoadSummary } from './load-dataset';

/** Loads the dataset in data/seed (or `dir`) into `db` in one transaction. */
export function seedDatabase(db: Db, dir: string = SEED_DIR): LoadSummary {
  return loadDataset(db, dir, 'seed');
}

/** "actors 12 created, statements 10 unchanged, ...": one line for logs. */
export function describeSummary(summary: LoadSummary): string {
  return Object.entries(summary)
    .map(([name, counts]) =>
      Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([outcome, n]) => `${name} ${n} ${outcome}`)
        .join(', '),
    )
    .filter(Boolean)
    .join('; ');
}
