/**
 * `npm run import -- ftm <file>`: imports an OpenSanctions FollowTheMoney export
 * (entities.ftm.json, JSON lines) into the database at FAULTLINE_DB (default
 * .data/faultline.db), or into the PostgreSQL database FAULTLINE_DATABASE_URL names when it is
 * set (migrated first, as the SQLite file is), in one transaction, then prints what it did. A malformed line refuses
 * the whole file with "<file>:<line>: <reason>" and a non-zero exit; nothing is written.
 * See docs/import.md.
 */
import {
  FtmImportError,
  importFtm,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
} from '../data/ingest/importers/ftm';
import { importFtmToPostgres } from '../data/ingest/importers/ftm-postgres';
import { storeEngine } from '../data/store/engine';
import { databasePath, openDatabase } from '../data/store/open';
import { migrate } from '../data/store/pg/migrate';
import { createPool } from '../data/store/pg/pool';

const USAGE = `Usage: npm run import -- ftm <file>

  ftm <file>   import an OpenSanctions FollowTheMoney export (entities.ftm.json, JSON lines)
               into the database at FAULTLINE_DB (default .data/faultline.db), or into the
               PostgreSQL database FAULTLINE_DATABASE_URL names when it is set`;

const PHASES: Record<ImportProgress['phase'], string> = {
  scan: 'pass 1/2, reading',
  designees: 'pass 2/2, designees',
  write: 'writing',
};

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** A progress line on a terminal, rewritten in place at most every 200 ms; none otherwise. */
function progressLine(): { update?: (p: ImportProgress) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { clear: () => {} };
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const percent = p.total > 0 ? Math.floor((p.done / p.total) * 100) : 100;
      const amount =
        p.phase === 'write'
          ? `${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} sanctions`
          : `${mb(p.done)} / ${mb(p.total)}`;
      process.stderr.write(`\r${PHASES[p.phase]}: ${amount} (${percent}%)\x1b[K`);
    },
    clear: () => void (shown && process.stderr.write('\r\x1b[K')),
  };
}

function printSummary(s: ImportSummary, db: string) {
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(13)} ${text}`);
  const outcomes = (o: { created: number; updated: number; unchanged: number }) =>
    `${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`;
  console.log(`Imported ${s.file} into ${db}`);
  line('read', `${s.read.entities} entities on ${s.read.lines} lines (${s.read.sanctions} sanctions)`);
  line('designations', outcomes(s.designations));
  line('designees', outcomes(s.designees));
  line(
    'countries',
    `${s.countries.created} created, ${s.countries.updated} updated, ${s.countries.unchanged} matched`,
  );
  line('regimes', `${s.regimes.created} created, ${s.regimes.unchanged} reused`);
  const all = [s.designations, s.designees, s.countries, s.regimes];
  const sum = (k: 'created' | 'updated' | 'unchanged') => all.reduce((n, o) => n + o[k], 0);
  line('total', outcomes({ created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged') }));
  const reasons = Object.entries(s.skipped).sort((a, b) => b[1] - a[1]);
  const skippedCount = reasons.reduce((n, [, c]) => n + c, 0);
  line('skipped', skippedCount === 0 ? 'none' : `${skippedCount} sanctions`);
  for (const [reason, count] of reasons) line('', `${count}  ${reason}`);
  if (s.missing.count > 0) {
    const more = s.missing.count > s.missing.sample.length ? ', ...' : '';
    line(
      'missing',
      `${s.missing.count} entities named but not in the file: ${s.missing.sample.join(', ')}${more}`,
    );
  }
  line('status as of', `${s.referenceDay} (the file's newest last_seen)`);
}

async function main(args: string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command !== 'ftm' || !file || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const progress = progressLine();
  const target = openTarget();
  try {
    const summary = await target.importFile(file, { onProgress: progress.update });
    progress.clear();
    printSummary(summary, target.name);
    return 0;
  } catch (error) {
    progress.clear();
    if (!(error instanceof FtmImportError)) throw error;
    console.error(`Refused, nothing was written: ${error.message}`);
    return 1;
  } finally {
    await target.close();
  }
}

/** The database the environment selects, named for the summary (never by a URL: it may hold a password). */
function openTarget() {
  if (storeEngine() === 'postgres') {
    const pool = createPool();
    return {
      name: 'PostgreSQL (FAULTLINE_DATABASE_URL)',
      importFile: async (file: string, options: ImportOptions) => {
        await migrate(pool);
        return importFtmToPostgres(pool, file, options);
      },
      close: () => pool.end(),
    };
  }
  const dbFile = databasePath();
  const db = openDatabase(dbFile);
  return {
    name: dbFile,
    importFile: (file: string, options: ImportOptions) => importFtm(db, file, options),
    close: async () => db.close(),
  };
}

process.exitCode = await main(process.argv.slice(2));
