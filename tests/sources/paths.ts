/**
 * Where the outside material of `npm run test:sources` lives. scripts/test-sources.ts sets these
 * variables from its arguments; a check whose material is not given, or is not there, fails
 * with a message naming the variable and the path (it never skips).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SOURCE_PATHS = {
  /** The folder of OpenSanctions' files: zala.entities.ftm.json and t1.entities.ftm.json. */
  opensanctions: 'FAULTLINE_OPENSANCTIONS_DIR',
  /** The seed article's full text (its first line is the title). */
  seedArticle: 'FAULTLINE_SEED_ARTICLE',
  /** The folder of the design's API contract: api.graphql and api-next.graphql. */
  contract: 'FAULTLINE_CONTRACT_DIR',
} as const;

export type SourceName = keyof typeof SOURCE_PATHS;

/** The path given for `name`, or `file` inside it; throws when unset or missing. */
export function sourcePath(name: SourceName, file?: string): string {
  const variable = SOURCE_PATHS[name];
  const given = process.env[variable];
  if (!given) {
    throw new Error(
      `${variable} is not set: run these checks with \`npm run test:sources\` and give the path (see the README).`,
    );
  }
  const full = file === undefined ? path.resolve(given) : path.resolve(given, file);
  if (!fs.existsSync(full)) throw new Error(`${variable}=${given}: ${full} does not exist.`);
  return full;
}
