/**
 * What `npm start` does before serving: the store the environment selects is brought up to date
 * and, when it is new or holds no records, seeded; one that holds records is never loaded over.
 */
import { describeSummary, seedIfNew } from '../data/ingest/seed';
import { storeEngine } from '../data/store/engine';
import { databasePath } from '../data/store/open';
import { createPool } from '../data/store/pg/pool';
import { seedPostgresIfEmpty } from '../data/store/pg/seed';

/** Migrates and seeds the store, logging what was seeded. */
export async function prepareStore(): Promise<void> {
  if (storeEngine() === 'sqlite') {
    const file = databasePath();
    const summary = seedIfNew(file);
    if (summary) console.log(`Seeded ${file}: ${describeSummary(summary)}`);
    return;
  }
  // The app opens its own pool when it first serves: this one is only for the seeding.
  const pool = createPool();
  try {
    const counts = await seedPostgresIfEmpty(pool);
    if (counts) {
      const rows = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
      console.log(`Seeded the PostgreSQL database (rows copied): ${rows.join(', ')}`);
    }
  } finally {
    await pool.end();
  }
}
