/**
 * `npm run db:seed`: (re)load data/seed/*.json into the database at FAULTLINE_DB (default
 * .data/faultline.db) in one transaction. Unchanged records are left alone; an invalid
 * file refuses the whole load and names the file, the record and the field.
 */
import { DatasetError } from '../data/ingest/load-dataset';
import { OUTCOME_WORDS, seedDatabase } from '../data/ingest/seed';
import { databasePath, openDatabase } from '../data/store/open';

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
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`Refused, nothing was written:\n${error.message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
