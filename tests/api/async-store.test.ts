/**
 * The API reads only through the Store's promises: a store whose every answer arrives a
 * macrotask late (as PostgreSQL's would) serves lists and their counts, node(id), a relation
 * with its timeline and drivers, the network, search and a write with the same answers, and the
 * same errors, as SQLite's store answering at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../data/store/store';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { delayedStore } from '../helpers/delayed-store';
import { ok, testServer, type Answer, type Loose } from '../helpers/graphql';
import { useWriteToken } from '../helpers/write-token';

const TOKEN = 'async-store-test-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };
useWriteToken(TOKEN);

// Two copies of the seed, so that each server's write lands on its own.
const plainDb = freshDatabase().db;
const lateDb = freshDatabase().db;
let lateAnswers = 0;
const late = delayedStore(createStore(lateDb), () => (lateAnswers += 1));
const plain = testServer(plainDb);
const delayed = testServer(lateDb, late);
afterAll(() => Promise.all([plain.stop(), delayed.stop()]));

const STATEMENTS = `query($first: Int, $after: String, $filter: StatementFilter) {
  statements(first: $first, after: $after, filter: $filter) {
    totalCount totalCountBound totalCountWithAffiliated
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id key date summary speaker { key affiliation { key } } targets { key } topics { key statementCount }
      evidence { excerpt source { key citationCount } via { key } } } }
  }
}`;

const ACTORS = `{ actors(first: 10, filter: { kinds: [STATE] }) {
  totalCount nodes { key name memberships { alliance { key } } sanctionsImposed { key packageCount { value bound } }
    statements(first: 3) { totalCount nodes { key } } events(first: 3) { totalCount nodes { key actors { key } } } }
} }`;

const RELATION = `query($asOf: PartialDate) { relation(a: "russia", b: "japan", asOf: $asOf) {
  tension pressure recordCount coverage { sources speakers }
  trend(period: MONTH) { direction }
  drivers(first: 10) { weight date carriesAct record { __typename ... on Statement { key } ... on Event { key } } }
  timeline(period: YEAR, from: "2022", to: "2025") { period tension recordCount
    drivers(first: 3) { weight record { __typename ... on Statement { key } ... on Event { key } ... on SanctionPackage { key } } } }
  statements(first: 5) { totalCount nodes { key } }
  events(first: 5) { totalCount nodes { key } }
  sanctions { key packages { key } }
  alignments { key }
} }`;

const NETWORK = `{ network(first: 30) {
  a { key } b { key } records hostileRecords tension coverage { sources } sharedAlliances { key }
} }`;

const SEARCH = `query($text: String!) { search(text: $text, first: 10) {
  __typename ... on Statement { key } ... on Event { key } ... on Actor { key } ... on Alliance { key } } }`;

const ELSEWHERE = `{
  stats { actors statements events sanctionPackages sources }
  topics { key statementCount }
  statementSeries(period: YEAR) { period total byStance { stance count } }
  sanctionRegimes(filter: { imposer: "japan" }) { key counted { designations } series(period: YEAR) { period }
    designations(first: 2) { totalCount nodes { key } } figures { metric } claims { metric } }
  alliances { key members { actor { key } } }
  source(key: "almayadeen-2025-russia-japan-rift") { key citedBy { __typename ... on Statement { key } } }
  recentRevisions(first: 5) { action record { key } }
}`;

/** A relation read back after a write: the new statement's key is made afresh on each copy. */
const READ_BACK = `{ relation(a: "russia", b: "japan", asOf: "2025-11-30") {
  tension recordCount drivers(first: 10) { weight date } statements(first: 5) { totalCount nodes { date summary } }
} }`;

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Statement { key speaker { key } } } }`;

const ADD_STATEMENT = `mutation($i: AddStatementInput!) { addStatement(input: $i) {
  statement { date summary speaker { key } targets { key } evidence { source { key } } } userErrors { code field }
} }`;
const NEW_STATEMENT = {
  speakerKey: 'nikolay-nozdrev',
  targetKeys: ['japan'],
  date: '2025-11-20',
  quote: 'The islands are not for sale',
  summary: 'Nozdrev said the islands are not for sale (test record).',
  stance: 'HOSTILE',
  intensity: -7,
  topicKeys: ['sanctions'],
  evidence: {
    sourceKey: 'almayadeen-2025-russia-japan-rift',
    excerpt: '"The islands are not for sale," he said.',
  },
};

/** An answer as a client reads it: its data, and each error's message, path and code. */
const seen = ({ data, errors }: Answer<Loose>) => ({
  data,
  errors: errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
});

/** The same operation asked of both servers; the answers must be equal. */
async function both(doc: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const expected = seen(await plain.query(doc, variables, headers));
  const answered = seen(await delayed.query(doc, variables, headers));
  expect(answered).toEqual(expected);
  return expected;
}

describe('a store that answers a macrotask late', () => {
  it('serves a list with its counts and its next page as the plain store does', async () => {
    const before = lateAnswers;
    const first = ok(await both(STATEMENTS, { first: 5 })).statements;
    expect(first.edges).toHaveLength(5);
    expect(first.totalCount).toBeGreaterThan(5);
    expect(lateAnswers).toBeGreaterThan(before);
    expect(
      ok(await both(STATEMENTS, { first: 5, after: first.pageInfo.endCursor })).statements.edges,
    ).toHaveLength(5);
    const widened = ok(await both(STATEMENTS, { first: 5, filter: { speakers: ['russia'] } })).statements;
    expect(widened.totalCountWithAffiliated).toBeGreaterThan(widened.totalCount);
    expect(ok(await both(ACTORS)).actors.nodes.length).toBeGreaterThan(0);
  });

  it('serves node(id) as the plain store does', async () => {
    const { node } = ok(
      await both(NODE, { id: toGlobalId('Statement', 'nozdrev-nsatu-satellite-escalation') }),
    );
    expect(node.key).toBe('nozdrev-nsatu-satellite-escalation');
    await both(NODE, { id: toGlobalId('Statement', 'no-such-statement') });
  });

  it('serves a relation with its timeline and drivers, and the network, as the plain store does', async () => {
    const { relation } = ok(await both(RELATION, { asOf: '2025-11-11' }));
    expect(relation.drivers.length).toBeGreaterThan(0);
    expect(relation.timeline.some((point: Loose) => point.drivers.length > 0)).toBe(true);
    await both(RELATION, {});
    const { network } = ok(await both(NETWORK));
    expect(network.length).toBeGreaterThan(0);
    // Asked again, the network reads the readings the first answer kept.
    await both(NETWORK);
  });

  it('serves search and the other reads as the plain store does', async () => {
    expect(ok(await both(SEARCH, { text: 'sanctions' })).search.length).toBeGreaterThan(0);
    const data = ok(await both(ELSEWHERE));
    expect(data.stats.statements).toBeGreaterThan(0);
    expect(data.source.citedBy.length).toBeGreaterThan(0);
  });

  it('gives the same errors', async () => {
    const answer = await both(STATEMENTS, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(answer.errors?.length).toBeGreaterThan(0);
  });

  it('writes, and reads the write back, as the plain store does', async () => {
    const before = ok(await both(READ_BACK)).relation;
    const { addStatement } = ok(await both(ADD_STATEMENT, { i: NEW_STATEMENT }, AUTH));
    expect(addStatement.userErrors).toEqual([]);
    // The pair's kept reading is keyed by the data version, so the write shows at once.
    const after = ok(await both(READ_BACK)).relation;
    expect(after.recordCount).toBe(before.recordCount + 1);
    const repeated = ok(await both(ADD_STATEMENT, { i: NEW_STATEMENT }, AUTH)).addStatement;
    expect(repeated.userErrors.map((e: Loose) => e.code)).toEqual(['DUPLICATE']);
  });
});
