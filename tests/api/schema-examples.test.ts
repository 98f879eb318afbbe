/**
 * The schema's documentation gives example keys ("a lowercase slug such as ...", "The regime's
 * key, as in the dataset: ..."). An analyst copies them into the playground, so each must name
 * a record of the seed dataset.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_TYPES, toGlobalId, type NodeType } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const INTROSPECT = `{
  __schema { types { name fields { name description args { name description } } } }
  __type(name: "Query") { fields { name args { name description } } }
}`;

/** Every quoted slug in a description: "japan-on-russia". */
const slugs = (text: string | null | undefined) =>
  [...(text ?? '').matchAll(/"([a-z0-9]+(?:-[a-z0-9]+)+)"/g)].map((m) => m[1]!);

describe('example keys in the schema', () => {
  it('every type’s example key names a record of that type', async () => {
    const { __schema } = ok<Loose>(await api.query(INTROSPECT));
    const examples = (__schema.types as Loose[])
      .filter((t) => (NODE_TYPES as readonly string[]).includes(t.name))
      .flatMap((t) => {
        const key = (t.fields as Loose[]).find((f) => f.name === 'key');
        return slugs(key?.description).map((slug) => ({ type: t.name as NodeType, slug }));
      });
    expect(examples.map((e) => e.type)).toEqual(
      expect.arrayContaining(['SanctionRegime', 'SanctionPackage', 'Statement', 'Event']),
    );
    for (const { type, slug } of examples) {
      const answer = ok<Loose>(
        await api.query('query($id: ID!) { node(id: $id) { __typename } }', { id: toGlobalId(type, slug) }),
      );
      expect(answer.node, `${type} "${slug}"`).toEqual({ __typename: type });
    }
  });

  it('sanctionRegime(key:) documents keys that name regimes', async () => {
    const { __type } = ok<Loose>(await api.query(INTROSPECT));
    const field = (__type.fields as Loose[]).find((f) => f.name === 'sanctionRegime');
    const keys = slugs(field.args.find((a: Loose) => a.name === 'key').description);
    expect(keys).toContain('japan-on-russia');
    for (const key of keys) {
      const answer = ok<Loose>(
        await api.query('query($k: String!) { sanctionRegime(key: $k) { key } }', { k: key }),
      );
      expect(answer.sanctionRegime, key).toEqual({ key });
    }
  });
});
