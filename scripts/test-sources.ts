/**
 * `npm run test:sources -- --opensanctions <dir> --seed-article <file> --contract <dir>`: the
 * checks that need material kept outside the repository (tests/sources). Each path may also come
 * from its environment variable. A path that is not given, or does not exist, is an error: these
 * checks fail rather than skip.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_PATHS, type SourceName } from '../tests/sources/paths';

const OPTIONS: Record<SourceName, { flag: string; what: string }> = {
  opensanctions: {
    flag: 'opensanctions',
    what: 'the folder of OpenSanctions files (zala.entities.ftm.json, t1.entities.ftm.json)',
  },
  seedArticle: { flag: 'seed-article', what: "the seed article's text file" },
  contract: { flag: 'contract', what: 'the folder of the API contract (api.graphql, api-next.graphql)' },
};

const USAGE = [
  'Usage: npm run test:sources -- --opensanctions <dir> --seed-article <file> --contract <dir>',
  '',
  ...Object.entries(OPTIONS).map(
    ([name, o]) => `  --${o.flag.padEnd(14)} ${o.what}; or ${SOURCE_PATHS[name as SourceName]}`,
  ),
].join('\n');

function fail(message: string, code: number): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

let values: Record<string, string | undefined>;
try {
  values = parseArgs({
    options: Object.fromEntries(Object.values(OPTIONS).map((o) => [o.flag, { type: 'string' as const }])),
  }).values as Record<string, string | undefined>;
} catch (error) {
  fail((error as Error).message, 2);
}

const env: NodeJS.ProcessEnv = { ...process.env };
const problems: string[] = [];
for (const [name, option] of Object.entries(OPTIONS) as [SourceName, (typeof OPTIONS)[SourceName]][]) {
  const variable = SOURCE_PATHS[name];
  const given = values[option.flag] ?? process.env[variable];
  if (!given) problems.push(`--${option.flag} is not given: ${option.what}.`);
  else if (!fs.existsSync(given)) problems.push(`--${option.flag} ${given}: no such file or folder.`);
  else env[variable] = path.resolve(given);
}
if (problems.length > 0) fail(problems.join('\n'), 1);

const vitest = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const run = spawnSync(process.execPath, [vitest, 'run', '--mode', 'sources'], {
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
