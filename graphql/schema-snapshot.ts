/**
 * The committed snapshot of the served schema (graphql/schema.snapshot.graphql) and the check
 * `npm test` runs against it. The snapshot is the API as clients see it: introspected from the
 * app's own Apollo Server, printed with graphql's printSchema in name order, so that it reads
 * the same whichever order the schema files are in. `npm run schema:snapshot` rewrites it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createApolloServer } from './server';

export const SNAPSHOT_FILE = path.join(process.cwd(), 'graphql', 'schema.snapshot.graphql');

const HEADER =
  '# The served GraphQL schema, written by `npm run schema:snapshot`; `npm test` compares the\n' +
  '# served schema with it. Regenerate it rather than editing or hand-merging it.\n\n';

/** The schema the app serves, read by introspection from its Apollo Server. */
export async function servedSchema(): Promise<GraphQLSchema> {
  const server = createApolloServer();
  await server.start();
  try {
    const response = await server.executeOperation({ query: getIntrospectionQuery() });
    if (response.body.kind !== 'single') throw new Error('introspection answered incrementally');
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) throw new Error(`introspection failed: ${JSON.stringify(errors)}`);
    return buildClientSchema(data as unknown as IntrospectionQuery);
  } finally {
    await server.stop();
  }
}

/** The snapshot's text for a schema. */
export const snapshotText = (schema: GraphQLSchema) =>
  `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;

export interface SnapshotComparison {
  /** Changes from the snapshot that break its clients (graphql's findBreakingChanges). */
  breaking: string[];
  /** True when the served schema differs from the snapshot in any way (added fields, descriptions...). */
  differs: boolean;
}

/** The served schema against the snapshot's text. */
export function compareWithSnapshot(snapshot: string, served: GraphQLSchema): SnapshotComparison {
  const before = buildSchema(snapshot);
  return {
    breaking: findBreakingChanges(before, served).map((c) => `${c.type}: ${c.description}`),
    differs: snapshotText(before) !== snapshotText(served),
  };
}

export const readSnapshot = (file = SNAPSHOT_FILE) => fs.readFileSync(file, 'utf8');
export const writeSnapshot = (schema: GraphQLSchema, file = SNAPSHOT_FILE) =>
  fs.writeFileSync(file, snapshotText(schema));
