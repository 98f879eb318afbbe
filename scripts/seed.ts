/**
 * `npm run db:seed`: (re)load data/seed/*.json into the database at FAULTLINE_DB (default
 * .data/faultline.db) in one transaction. Unchanged records are left alone; an invalid
 * file refuses the whole load and names the file, the record and the field.
 *
 * With FAULTLINE_DATABASE_URL set, the PostgreSQL database it names is migrated and, when it
 * holds no records, seeded with the ids SQLite would give; one that holds records is left as
 * it is (PostgreSQL has no reload over existing records).
 */
import { DatasetError } from '../data/ingest/load-dataset';
import { OUTCOME_WORDS, seedDatabase } from '../data/ingest/seed';
import { storeEngine } from '../data/store/engine';
import { databasePath, openDatabase } from '../data/store/open';
import { createPool } from '../data/store/pg/pool';
import { seedPostgresIfEmpty } from '../data/store/pg/seed';

function seedSqlite(): void {
  const file = databasePath();
  const db = openDatabase(file);
  try {
    const summary = seedDatabase(db);
    console.log(`Loaded data/seed into ${file}`);
    const rows = Object.entries(summary).map(([type, c]) => ({ type, ...c }));
    const width = Math.max(...rows.map((r) => r.type.length));
    for (const r of rows) {
      // Records an analyst retracted or corrected are named only when there are some.
      const kept = (['keptRetracted', 'keptCorrected'] as const)
        .filter((outcome) => r[outcome] > 0)
        .map((outcome) => `, ${r[outcome]} ${OUTCOME_WORDS[outcome]}`)
        .join('');
      console.log(
        `  ${r.type.padEnd(width)}  ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged${kept}`,
      );
    }
  } finally {
    db.close();
  }
}

async function seedPostgres(): Promise<void> {
  const pool = createPool();
  try {
    const { rows } = await pool.query<{ name: string }>('SELECT current_database() AS name');
    const database = `PostgreSQL database ${rows[0]!.name}`;
    const counts = await seedPostgresIfEmpty(pool);
    if (!counts) {
      console.log(`The ${database} already holds records: left as it is.`);
      return;
    }
    console.log(`Loaded data/seed into the ${database}`);
    const width = Math.max(...Object.keys(counts).map((table) => table.length));
    for (const [table, n] of Object.entries(counts))
      console.log(`  ${table.padEnd(width)}  ${n} ${n === 1 ? 'row' : 'rows'}`);
  } finally {
    await pool.end();
  }
}

try {
  if (storeEngine() === 'postgres') await seedPostgres();
  else seedSqlite();
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`Refused, nothing was written:\n${error.message}`);
  process.exitCode = 1;
}
