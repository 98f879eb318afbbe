/**
 * `npm run schema:snapshot`: writes the served schema to graphql/schema.snapshot.graphql. Run it
 * after changing the schema (the snapshot test says when), and commit the result with the
 * change: the diff shows reviewers what the API gains or loses. package.json runs it with the
 * react-server condition, as Next runs the server: graphql/server.ts imports server-only.
 */
import path from 'node:path';
import {
  compareWithSnapshot,
  readSnapshot,
  servedSchema,
  SNAPSHOT_FILE,
  writeSnapshot,
} from '../graphql/schema-snapshot';

const schema = await servedSchema();
let breaking: string[] = [];
try {
  breaking = compareWithSnapshot(readSnapshot(), schema).breaking;
} catch {
  // No snapshot yet, or one that does not parse: it is written afresh.
}
writeSnapshot(schema);
console.log(`Wrote ${path.relative(process.cwd(), SNAPSHOT_FILE)}.`);
if (breaking.length > 0) {
  console.log(`It records ${breaking.length} breaking change(s) against the previous snapshot:`);
  for (const change of breaking) console.log(`  ${change}`);
}
