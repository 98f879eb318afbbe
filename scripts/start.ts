/**
 * `npm start`: build if there is no production build, seed the database if it is new or
 * empty (never over existing data), then serve with `next start`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeSummary, seedIfNew } from '../data/ingest/seed';
import { databasePath } from '../data/store/open';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.log('No production build found: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const file = databasePath();
const summary = seedIfNew(file);
if (summary) console.log(`Seeded ${file}: ${describeSummary(summary)}`);

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const args = [nextBin, 'start', '-p', process.env.PORT ?? '3000'];
const child = spawn(process.execPath, args, { stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1));
});
