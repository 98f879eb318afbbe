/**
 * `npm run analyst -- add <name> | list | revoke <name>`: the analysts who may write, in the
 * database at FAULTLINE_DB (default .data/faultline.db), or in the PostgreSQL database that
 * FAULTLINE_DATABASE_URL names when it is set. `add` prints the new analyst's token
 * once, alone on its last line; nothing can show it again. Bad input exits with status 1 and
 * a message naming what is wrong.
 */
import { AnalystError, addAnalyst, listAnalysts, revokeAnalyst } from '../data/ingest/analysts';
import { sqliteAccounts, type Accounts } from '../data/store/accounts';
import { storeEngine } from '../data/store/engine';
import { databasePath, openDatabase } from '../data/store/open';
import { postgresAccounts } from '../data/store/pg/accounts';
import { createPool } from '../data/store/pg/pool';

const USAGE = `Usage:
  npm run analyst -- add <name>      create an analyst and print their write token once
  npm run analyst -- list            names, when created, when revoked (never tokens)
  npm run analyst -- revoke <name>   refuse that analyst's token from now on`;

/** The one name a command takes; a name with spaces is passed quoted, as one argument. */
function nameFrom(command: string, rest: string[]): string {
  if (rest.length === 0) throw new AnalystError(`"${command}" needs an analyst's name`);
  if (rest.length > 1) {
    throw new AnalystError(`"${command}" takes one name; quote a name with spaces: "${rest.join(' ')}"`);
  }
  return rest[0]!;
}

/** The accounts of the store the environment selects, and how to let go of its connection. */
function openAccounts(): { accounts: Accounts; close: () => Promise<void> } {
  if (storeEngine() === 'postgres') {
    const pool = createPool();
    return { accounts: postgresAccounts(pool), close: () => pool.end() };
  }
  const db = openDatabase(databasePath());
  return {
    accounts: sqliteAccounts(db),
    close: async () => {
      db.close();
    },
  };
}

async function run(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command !== 'add' && command !== 'list' && command !== 'revoke') {
    throw new AnalystError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (command === 'list' && rest.length > 0) throw new AnalystError('"list" takes no arguments');
  const { accounts, close } = openAccounts();
  try {
    if (command === 'add') {
      const { analyst, token } = await addAnalyst(accounts, nameFrom(command, rest));
      console.log(`Created analyst "${analyst.name}" at ${analyst.createdAt}.`);
      console.log('Their write token ("Authorization: Bearer <token>") is shown only now:');
      console.log(token);
    } else if (command === 'revoke') {
      const analyst = await revokeAnalyst(accounts, nameFrom(command, rest));
      console.log(`Revoked analyst "${analyst.name}" at ${analyst.revokedAt}; their token writes no more.`);
    } else {
      const rows = (await listAnalysts(accounts)).map((a) => [
        a.name,
        a.createdAt,
        a.revokedAt
          ? `revoked ${a.revokedAt}`
          : a.fromEnvironment
            ? 'active (token: FAULTLINE_WRITE_TOKEN)'
            : 'active',
      ]);
      const header = ['name', 'created', 'status'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const row of [header, ...rows])
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd(),
        );
    }
  } finally {
    await close();
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof AnalystError)) throw error;
  console.error(`analyst: ${error.message}\n\n${USAGE}`);
  process.exitCode = 1;
}
