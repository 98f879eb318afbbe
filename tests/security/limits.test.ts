/**
 * Every limit of graphql/limits.ts through real HTTP: an operation at the limit is answered,
 * one past it is refused with 400 (413 for the body) and a message naming the limit. And
 * every operation the app sends passes them all, with every page-size variable at 100.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  getIntrospectionQuery,
  Kind,
  Lexer,
  parse,
  print,
  Source,
  TokenKind,
  visit,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_ALIASES,
  MAX_BODY_BYTES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  MAX_TOKENS,
} from '../../graphql/limits';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';

let api: GraphQLHttpServer;
beforeAll(async () => {
  api = await startGraphQLServer(freshDatabase().db);
});
afterAll(() => api.close());

interface Body {
  data?: Loose;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(query: string, variables?: Record<string, unknown>) {
  const res = await api.post({ query, variables });
  return { status: res.status, body: (await res.json()) as Body };
}

/** Answered: 200 and no errors. */
async function expectAnswered(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await send(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** Refused: 400 and one error naming the limit, with a code. */
async function expectRefused(query: string, names: RegExp, variables?: Record<string, unknown>) {
  const { status, body } = await send(query, variables);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.message).toMatch(names);
  expect(body.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$|^BAD_REQUEST$/);
  return body.errors![0]!;
}

const tokenCount = (query: string) => {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
};

describe('each limit lets the limit through and refuses one more', () => {
  it(`depth ${MAX_DEPTH}`, async () => {
    const deep = (depth: number) =>
      `{ actor(key: "nikolay-nozdrev") { ${'affiliation { '.repeat(depth - 2)}name${' }'.repeat(depth - 1)} }`;
    const data = await expectAnswered(deep(MAX_DEPTH));
    expect(data.actor.affiliation).toEqual({ affiliation: null });
    const error = await expectRefused(deep(MAX_DEPTH + 1), /depth limit of 10 exceeded, found 11/);
    expect(error.message).not.toMatch(/^Syntax Error/);
    // Fragments add no level: the same shapes written through fragments count the same.
    const viaFragments = (depth: number) =>
      `{ actor(key: "nikolay-nozdrev") { ...A } } fragment A on Actor { ... on Actor { ${'affiliation { '.repeat(depth - 2)}...B${' }'.repeat(depth - 2)} } } fragment B on Actor { name }`;
    await expectAnswered(viaFragments(MAX_DEPTH));
    await expectRefused(viaFragments(MAX_DEPTH + 1), /depth limit of 10 exceeded, found 11/);
  });

  it(`aliases ${MAX_ALIASES}, __typename counted`, async () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const data = await expectAnswered(aliased(MAX_ALIASES));
    expect(Object.keys(data)).toHaveLength(MAX_ALIASES);
    await expectRefused(
      aliased(MAX_ALIASES + 1),
      new RegExp(`Aliases limit of ${MAX_ALIASES} exceeded, found 16`),
    );
  });

  it(`directives ${MAX_DIRECTIVES}`, async () => {
    const directed = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    expect(await expectAnswered(directed(MAX_DIRECTIVES))).toEqual({ __typename: 'Query' });
    await expectRefused(directed(MAX_DIRECTIVES + 1), /Directives limit of 5 exceeded, found 6/);
  });

  it(`tokens ${MAX_TOKENS}`, async () => {
    const tokens = (n: number) =>
      `{ actors(filter: { kinds: [${'STATE, '.repeat(n - 16)}] }) { totalCount } }`;
    expect(tokenCount(tokens(MAX_TOKENS))).toBe(MAX_TOKENS);
    const data = await expectAnswered(tokens(MAX_TOKENS));
    expect(data.actors.totalCount).toBeGreaterThan(0);
    await expectRefused(tokens(MAX_TOKENS + 1), /more that 2000 tokens/);
  });

  describe(`cost ${MAX_COST}`, () => {
    // Three costs to sum to any whole number within the token limit:
    // statements(first: 100) { nodes { key } } is (2 + 1.5 × (2 + 1.5 × 1)) × 100 = 725,
    // actors(first: 10) { totalCount } is (2 + 1.5 × 1) × 10 = 35 and __typename is 1.
    const costly = (cost: number, hundred = '100', ten = '10') => {
      const a = Math.floor(cost / 725);
      const b = Math.floor((cost - a * 725) / 35);
      const c = cost - a * 725 - b * 35;
      return `{ ${`statements(first: ${hundred}) { nodes { key } } `.repeat(a)}${`actors(first: ${ten}) { totalCount } `.repeat(b)}${'__typename '.repeat(c)}}`;
    };

    it('with the page size written in the query', async () => {
      expect(tokenCount(costly(MAX_COST + 1))).toBeLessThanOrEqual(MAX_TOKENS);
      const data = await expectAnswered(costly(MAX_COST));
      expect(data.statements.nodes.length).toBeGreaterThan(0);
      await expectRefused(costly(MAX_COST + 1), /Cost limit of 100000 exceeded, found 100001/);
    });

    it('with the page size in a variable (or left to its default)', async () => {
      const query = (cost: number) => `query($n: Int, $m: Int) ${costly(cost, '$n', '$m')}`;
      await expectAnswered(query(MAX_COST), { n: 100, m: 10 });
      await expectRefused(query(MAX_COST + 1), /Cost limit of 100000 exceeded, found 100001/, {
        n: 100,
        m: 10,
      });
      // Fewer rows asked for, lower cost: the same text passes with smaller pages.
      await expectAnswered(query(MAX_COST + 1), { n: 20, m: 10 });
      // A page of 100 statements, each with a page of 100 of its speaker's: refused, however
      // it is written; 20 by 20 is answered, 20 by 20 by 20 is not.
      const nested = `query($n: Int) { statements(first: $n) { nodes { speaker { statements(first: $n) { nodes { key summary } } } } } }`;
      await expectRefused(nested, /Cost limit of 100000 exceeded/, { n: 100 });
      await expectRefused(
        nested.replace('query($n: Int) ', '').replace(/\$n/g, '100'),
        /Cost limit of 100000 exceeded/,
      );
      await expectAnswered(nested, { n: 20 });
      const deeper = `{ statements { nodes { speaker { statements { nodes { speaker { statements { nodes { key } } } } } } } } }`;
      await expectRefused(deeper, /Cost limit of 100000 exceeded/);
    });
  });

  it(`query text ${MAX_QUERY_LENGTH} characters`, async () => {
    const padded = (length: number) => '{ __typename }'.padEnd(length, ' ');
    expect(await expectAnswered(padded(MAX_QUERY_LENGTH))).toEqual({ __typename: 'Query' });
    await expectRefused(padded(MAX_QUERY_LENGTH + 1), /query length limit of 20000 characters/);
  });

  it(`body ${MAX_BODY_BYTES} bytes (413 past it)`, async () => {
    const body = (bytes: number) => {
      const shell = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(bytes - shell.length) },
      });
    };
    expect(Buffer.byteLength(body(MAX_BODY_BYTES))).toBe(MAX_BODY_BYTES);
    const ok = await api.post(body(MAX_BODY_BYTES));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const refused = await api.post(body(MAX_BODY_BYTES + 1));
    expect(refused.status).toBe(413);
    const error = ((await refused.json()) as Body).errors![0]!;
    expect(error.message).toMatch(/body size limit of 1048576 bytes/);
    expect(error.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it(`list size: first ${MAX_PAGE_SIZE}; past it the request is refused before anything runs`, async () => {
    const data = await expectAnswered(`{ statements(first: ${MAX_PAGE_SIZE}) { nodes { key } } }`);
    expect(data.statements.nodes.length).toBeGreaterThan(0);
    for (const variables of [undefined, { n: MAX_PAGE_SIZE + 1 }]) {
      const query = variables
        ? 'query($n: Int) { statements(first: $n) { totalCount } }'
        : '{ statements(first: 101) { totalCount } }';
      const { status, body } = await send(query, variables);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toBe('Argument "first" must be between 1 and 100; got 101');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('batching: off, an array body is refused with 400', async () => {
    const one = await api.post([{ query: '{ __typename }' }]);
    expect(one.status).toBe(400);
    const body = (await one.json()) as Body;
    expect(body.errors?.[0]?.message).toMatch(/batching disabled/i);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('the app fits inside the limits', () => {
  const files = [
    ...fs
      .readdirSync('app', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => path.join('app', f)),
    ...fs.readdirSync(path.join('docs', 'queries')).map((f) => path.join('docs', 'queries', f)),
  ];
  // Fragments live in their own files (statement-fields.graphql, ...): codegen reads them
  // all as one set, and so does this test.
  const documents = files.map((file) => ({ file, document: parse(fs.readFileSync(file, 'utf8')) }));
  const fragments = new Map(
    documents.flatMap(({ document }) =>
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d] as const),
    ),
  );
  /** The operation with every fragment it spreads, through other fragments too, as sent. */
  const sendable = (op: OperationDefinitionNode): string => {
    const needed = new Map<string, FragmentDefinitionNode>();
    const walk = (node: ASTNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment || needed.has(fragment.name.value)) return;
          needed.set(fragment.name.value, fragment);
          walk(fragment);
        },
      });
    walk(op);
    return [op, ...needed.values()].map((d) => print(d)).join('\n\n');
  };
  const operations = documents.flatMap(({ file, document }) =>
    document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => ({ file, op, text: sendable(op) })),
  );

  it('holds the dashboard and docs operations', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(operations.map((o) => [`${o.file} ${o.op.name?.value ?? ''}`, o] as const))(
    '%s passes every limit with its page sizes at 100',
    async (_, { text, op }) => {
      // Every Int variable at the largest page: the dearest way the app may send it. A required
      // date (a timeline point's period) holds one day, as the app sends it.
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).flatMap((v): [string, number | string][] => {
          const type = JSON.stringify(v.type);
          if (/"Int"/.test(type)) return [[v.variable.name.value, MAX_PAGE_SIZE]];
          if (v.type.kind === Kind.NON_NULL_TYPE && /"PartialDate"/.test(type))
            return [[v.variable.name.value, '2025-11-01']];
          return [];
        }),
      );
      expect(text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      const res = await api.post({ query: text, operationName: op.name?.value, variables });
      const body = (await res.json()) as Body;
      // Required variables left out may fail coercion; no limit may refuse it.
      const refusals = (body.errors ?? []).filter(
        (e) =>
          /limit|tokens/i.test(e.message) ||
          ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'].includes(e.extensions?.code ?? ''),
      );
      expect(refusals).toEqual([]);
    },
  );

  it("passes GraphiQL's introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    const data = await expectAnswered(query);
    expect(data.__schema.queryType.name).toBe('Query');
  });
});
