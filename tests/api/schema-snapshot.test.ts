/**
 * The served schema against the committed snapshot (graphql/schema.snapshot.graphql): a change
 * that breaks clients fails, and so does any other change until the snapshot is rewritten with
 * `npm run schema:snapshot`, so that the snapshot in the repository is always the API served.
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareWithSnapshot, readSnapshot, servedSchema, snapshotText } from '../../graphql/schema-snapshot';

let served: GraphQLSchema;
beforeAll(async () => {
  served = await servedSchema();
});

describe('the schema snapshot', () => {
  it('matches the served schema', () => {
    const { breaking, differs } = compareWithSnapshot(readSnapshot(), served);
    expect(
      breaking,
      'breaking changes against graphql/schema.snapshot.graphql; if they are meant, run `npm run schema:snapshot` and say so in the commit',
    ).toEqual([]);
    expect(differs, 'the served schema changed: run `npm run schema:snapshot` and commit the snapshot').toBe(
      false,
    );
  });

  it('tells a breaking change from an addition', () => {
    const text = snapshotText(served);
    // The snapshot has a field the server no longer serves: clients of it break.
    const removed = compareWithSnapshot(`${text}\nextend type Query { retired: Int }`, served);
    expect(removed.breaking).toEqual(['FIELD_REMOVED: Query.retired was removed.']);
    expect(removed.differs).toBe(true);
    // The server serves a field the snapshot lacks: nothing breaks, but the snapshot is stale.
    const added = compareWithSnapshot(text, buildSchema(`${text}\nextend type Query { fresh: Int }`));
    expect(added).toEqual({ breaking: [], differs: true });
    // A narrowed field type breaks too.
    const narrowed = compareWithSnapshot(
      text,
      buildSchema(text.replace(/^(\s+)description: String$/m, '$1description: Int')),
    );
    expect(narrowed.breaking[0]).toMatch(
      /^FIELD_CHANGED_KIND: Actor\.description changed type from String to Int\./,
    );
  });
});
