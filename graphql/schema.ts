import fs from 'node:fs';
import path from 'node:path';

const SCHEMA_DIR = path.join(process.cwd(), 'graphql', 'schema');

/** The SDL of every domain file, in a stable order. */
export function readTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}
