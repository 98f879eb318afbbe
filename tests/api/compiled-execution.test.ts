/**
 * The API answers the same whether an operation runs through graphql-js or as graphql-jit
 * compiled it (graphql/compiled-execution.ts): every dashboard and documented query with the
 * variables the engine comparison uses, every page, and the ways a request can go wrong. Data,
 * errors, their paths and locations and codes, and the HTTP status alike.
 */
import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_COMPILED_DEPTH,
  MAX_COMPILED_SELECTIONS,
  operationShape,
} from '../../graphql/compiled-execution';
import { freshDatabase } from '../helpers/db';
import { documentOf, pages, queries, variableSetsFrom } from '../helpers/dashboard-operations';
import { GRAPHQL_URL, testServer, type Answer, type TestServer } from '../helpers/graphql';

const { db } = freshDatabase();
const variableSets = variableSetsFrom(db);
const interpreted = testServer(db, undefined, {
  compilation: { runsBeforeCompiling: Number.POSITIVE_INFINITY },
});
const compiled = testServer(db, undefined, { compilation: { runsBeforeCompiling: 0, inProcess: true } });
afterAll(() => Promise.all([interpreted.stop(), compiled.stop()]));

/** A request to the API over HTTP, as a browser sends it. */
const post = (server: TestServer, body: unknown) =>
  server.http(
    new Request(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

/**
 * An answer without its errors' stack traces (shown outside production), which name the
 * functions that ran: that is what differs, and all that may.
 */
function said(answer: Answer): unknown {
  return JSON.parse(JSON.stringify(answer), (key, value: unknown) =>
    key === 'stacktrace' ? undefined : value,
  );
}

describe('compiled operations answer as graphql-js does', () => {
  it.each(queries.map((q) => [q.name!.value, q] as const))('%s', async (_, operation) => {
    for (const variables of variableSets(operation)) {
      const expected = await pages(interpreted, operation, variables);
      expect({ variables, answers: (await pages(compiled, operation, variables)).map(said) }).toEqual({
        variables,
        answers: expected.map(said),
      });
      expect(expected.some((answer) => answer.data != null)).toBe(true);
    }
  });

  /** Requests that go wrong in each way an operation can, and shapes that must not, with what is said. */
  const WRONG: [string, string, Record<string, unknown>, RegExp][] = [
    [
      'a variable no scalar accepts, deep in an input',
      'query($f: StatementFilter) { statements(filter: $f, first: 2) { totalCount } }',
      { f: { from: '2025-02-30' } },
      /"\$f" got invalid value "2025-02-30" at "f\.from"; PartialDate cannot represent "2025-02-30"/,
    ],
    [
      'a required variable left out',
      'query($a: String!) { actor(key: $a) { name } }',
      {},
      /Variable "\$a" of required type "String!" was not provided/,
    ],
    [
      'a refusal from a resolver, with its code',
      'query { statements(first: 2, after: "bm90IGEgY3Vyc29y") { totalCount } }',
      {},
      /cursor/,
    ],
    [
      'an error inside a list, its null carried up to a nullable parent',
      '{ relation(a: "russia", b: "russia") { tension } }',
      {},
      /./,
    ],
    [
      'ids of no record, answered with null',
      '{ a: node(id: "U3RhdGVtZW50Om5vbmU=") { id } b: node(id: "bad") { id } }',
      {},
      /^$/,
    ],
    [
      'a union and an interface, resolved by type',
      '{ search(text: "japan", first: 5) { __typename ... on Actor { key } ... on Statement { key } } }',
      {},
      /^$/,
    ],
    [
      'a non-null default variable left out, with @include and @skip',
      'query($a: String! = "russia", $b: String! = "japan", $more: Boolean = false) { relation(a: $a, b: $b) { tension a @include(if: $more) { name } b @skip(if: $more) { name } } }',
      {},
      /^$/,
    ],
    ["the playground's introspection query", getIntrospectionQuery(), {}, /^$/],
    [
      'omitted variables named as properties every object has',
      'query($constructor: Int, $toString: String, $valueOf: Int = 3, $hasOwnProperty: Boolean) { actors(first: $constructor) { totalCount } sources(text: $toString, first: $valueOf) { key } events(first: 2, filter: { includeAffiliated: $hasOwnProperty }) { totalCount } }',
      {},
      /^$/,
    ],
    [
      'a variable named __proto__, given and left to its default',
      'query($__proto__: Int = 3, $p: Int) { a: sources(first: $__proto__) { key } b: sources(first: $p) { key } }',
      { p: 2 },
      /^$/,
    ],
  ];

  it.each(WRONG)('%s', async (_, query, variables, message) => {
    const expected = await interpreted.query(query, variables);
    // Twice: the first run of a document may take a path of its own.
    for (let run = 0; run < 2; run += 1)
      expect(said(await compiled.query(query, variables))).toEqual(said(expected));
    expect((expected.errors ?? []).map((e) => e.message).join('\n')).toMatch(message);
  });

  it('nulls the whole answer alike when fields that cannot be null fail, graphql-jit naming each', async () => {
    const query =
      '{ a: statements(after: "x") { totalCount } c: relation(a: "russia", b: "russia") { tension } }';
    const expected = said(await interpreted.query(query)) as Answer;
    expect(expected.data ?? null).toBeNull();
    for (let run = 0; run < 2; run += 1) {
      const answer = said(await compiled.query(query)) as Answer;
      expect(answer.data ?? null).toBeNull();
      // graphql-js stops at the first failure that nulls the answer; graphql-jit reports every one.
      for (const error of expected.errors!) expect(answer.errors).toContainEqual(error);
    }
  });

  it('answers over HTTP with the same status and body', async () => {
    for (const body of [
      { query: 'query A { __typename }', operationName: 'B' },
      {
        query: 'query($d: PartialDate) { relation(a: "russia", b: "japan", asOf: $d) { tension } }',
        variables: { d: '2025-13' },
      },
      { query: '{ stats { statements } }' },
    ]) {
      const expected = await post(interpreted, body);
      for (let run = 0; run < 2; run += 1) {
        const answer = await post(compiled, body);
        expect(answer.status).toBe(expected.status);
        expect(said((await answer.json()) as Answer)).toEqual(
          said((await expected.clone().json()) as Answer),
        );
      }
    }
  });

  it('answers an operation too large to compile, as graphql-js does', async () => {
    const fields =
      'key summary quote date stance intensity confidence speaker { key name affiliation { key name } } ' +
      'targets { key name affiliation { key name } } evidence { excerpt source { key title } }';
    const lists = Array.from(
      { length: 15 },
      (_, i) => `l${i}: statements(first: 2) { nodes { ...F } edges { node { ...F } } }`,
    );
    const query = `{ ${lists.join(' ')} } fragment F on Statement { ${fields} }`;
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(operationShape(document, operation, 10_000).selections).toBeGreaterThan(MAX_COMPILED_SELECTIONS);
    const expected = said(await interpreted.query(query));
    for (let run = 0; run < 2; run += 1) expect(said(await compiled.query(query))).toEqual(expected);
  });
});

describe('where operations are compiled', () => {
  // The one answer that tells the two ways apart: graphql-jit names every non-null failure.
  const TELLING =
    '{ a: statements(after: "x") { totalCount } c: relation(a: "russia", b: "russia") { tension } }';
  const app = testServer(db);
  afterAll(() => app.stop());
  const overHttp = async () => (await (await post(app, { query: TELLING })).json()) as Answer;

  it("is over HTTP, from a query text's second run", async () => {
    expect((await overHttp()).errors).toHaveLength(1);
    expect((await overHttp()).errors).toHaveLength(2);
  });

  it("is not in-process, for a page's server render", async () => {
    for (let run = 0; run < 3; run += 1) expect((await app.query(TELLING)).errors).toHaveLength(1);
  });
});

describe('what is compiled', () => {
  const operationOf = (text: string) => {
    const document = parse(text);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    return { document, operation };
  };

  it('is every dashboard and documented operation', () => {
    for (const query of queries) {
      const { document, operation } = operationOf(documentOf(query));
      const { selections, depth } = operationShape(document, operation, 10_000);
      expect({
        [query.name!.value]: selections <= MAX_COMPILED_SELECTIONS && depth <= MAX_COMPILED_DEPTH,
      }).toEqual({
        [query.name!.value]: true,
      });
    }
  });

  it('counts a fragment each time it is spread', () => {
    const { document, operation } = operationOf(
      '{ a: stats { ...S } b: stats { ...S } } fragment S on Stats { statements events }',
    );
    // a, b, two spreads, and each spread's two fields, two deep.
    expect(operationShape(document, operation, 100)).toEqual({ selections: 8, depth: 2 });
  });

  it('stops counting past the limit, however many times fragments multiply', () => {
    // Each fragment spreads the next twice: written out, 2^40 selections.
    const levels = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const { document, operation } = operationOf(
      `{ ...F0 } ${levels.join(' ')} fragment F40 on Query { __typename }`,
    );
    expect(operationShape(document, operation, MAX_COMPILED_SELECTIONS).selections).toBe(
      MAX_COMPILED_SELECTIONS + 1,
    );
  });

  it('measures depth through fragments and inline fragments, which add no level', () => {
    const { document, operation } = operationOf(
      '{ actor(key: "japan") { ... on Actor { affiliation { ...A } } } } fragment A on Actor { affiliation { key } }',
    );
    expect(operationShape(document, operation, 100).depth).toBe(4);
  });
});
