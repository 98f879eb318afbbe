/**
 * What `npm run bench` measures: the framework floor and the questions the dashboard asks,
 * each as the operation a panel sends, with the search words, filters and pair drawn from
 * the data (scripts/bench/picks.ts) so the worst cases are measured, not only typical ones.
 */
import { buildSchema } from 'graphql';
import type { Db } from '../../data/store/open';
import { encodeCursor } from '../../graphql/connections';
import { readTypeDefs } from '../../graphql/schema';
import { dataPicks, type DataPicks } from './picks';

export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The least share of the floor's requests per second this case must reach. */
  minShare: number;
}

/** Share of the floor most queries must reach; search, which ranks text, a lower one. */
export const MIN_SHARE = 0.4;
export const MIN_SEARCH_SHARE = 0.25;
/** Slowest acceptable 99th percentile, and the first answer after a restart. */
export const MAX_P99_MS = 100;
export const MAX_COLD_MS = 1_000;

const STATEMENT_FIELDS = `id date quote summary stance intensity speaker { key name } targets { key name }
  evidence { excerpt source { key title } via { key } }`;

const FILTERED_PAGE = `query($f: StatementFilter) { statements(filter: $f, first: 20) { totalCount
  pageInfo { endCursor hasNextPage } nodes { ${STATEMENT_FIELDS} } } }`;

const SEARCH = `query($text: String!) { search(text: $text, first: 20) { __typename
  ... on Actor { key name } ... on Statement { summary } ... on Event { title }
  ... on SanctionDesignation { key } ... on SanctionRegime { imposer { key } } } }`;

export const RELATION_TIMELINE = `query($a: String!, $b: String!) { relation(a: $a, b: $b) { tension asOf recordCount
  timeline(period: MONTH) { period tension recordCount }
  drivers(first: 10) { weight date intensity record { __typename ... on Statement { summary } ... on SanctionPackage { title } ... on Event { title } } } } }`;

/** The drill-down the timeline sends when a point is chosen: one period and its drivers. */
const POINT_DRIVERS = `query($a: String!, $b: String!, $at: PartialDate!) { relation(a: $a, b: $b) {
  timeline(period: MONTH, from: $at, to: $at) { period tension recordCount
    drivers(first: 8) { weight date intensity carriesAct actSize record { __typename ... on Statement { summary } } } } } }`;

const YEAR_TIMELINE_DRIVERS = `query($a: String!, $b: String!) { relation(a: $a, b: $b) {
  timeline(period: YEAR) { period tension recordCount drivers(first: 3) { weight date } } } }`;

export const STATS =
  '{ stats { actors statements events sanctionPackages sanctionDesignations alliances sources } }';

/** The cursor of the last row of page `page` (of `size`) of the newest-first statements. */
function deepCursor(db: Db, page: number, size: number): string {
  const row = db
    .prepare('SELECT date_start AS d, id FROM statements ORDER BY date_start DESC, id DESC LIMIT 1 OFFSET ?')
    .get(page * size - 1) as { d: string; id: number } | undefined;
  if (!row) throw new Error(`the database has fewer than ${page * size} statements`);
  return encodeCursor('statements:DATE:DESC', [row.d, row.id]);
}

/** Query fields the API serves, so that cases for fields still to come are left out. */
function servedQueryFields(): Set<string> {
  return new Set(Object.keys(buildSchema(readTypeDefs()).getQueryType()?.getFields() ?? {}));
}

/** The broadest statement filter: the commonest stance. */
export const broadFilter = (picks: DataPicks) => ({ stances: [picks.stances[0]!.stance] });

export function benchCases(db: Db, picks: DataPicks = dataPicks(db)): BenchCase[] {
  const served = servedQueryFields();
  const deepPages = Math.min(
    1000,
    Math.floor((db.prepare('SELECT count(*) FROM statements').pluck().get() as number) / 20),
  );
  const [first, second, third] = picks.stances;
  const page = (name: string, f: Record<string, unknown>): BenchCase => ({
    name,
    query: FILTERED_PAGE,
    variables: { f },
    minShare: MIN_SHARE,
  });
  const cases: BenchCase[] = [
    { name: 'floor: { __typename }', query: '{ __typename }', minShare: 1 },
    {
      name: `search, the most frequent word ("${picks.commonWord.word}", in ${picks.commonWord.records} records)`,
      query: SEARCH,
      variables: { text: picks.commonWord.word },
      minShare: MIN_SEARCH_SHARE,
    },
    {
      name: `search, a rare word ("${picks.rareWord.word}", in ${picks.rareWord.records})`,
      query: SEARCH,
      variables: { text: picks.rareWord.word },
      minShare: MIN_SEARCH_SHARE,
    },
    page(
      `statements, one stance (${first!.stance}, ${first!.statements}) with totalCount`,
      broadFilter(picks),
    ),
    page(
      `statements, three stances (${[first, second, third].map((s) => s?.stance).join(', ')}) with totalCount`,
      { stances: [first, second, third].filter(Boolean).map((s) => s!.stance) },
    ),
    page(
      `statements, one target (${picks.broadestTarget.key}, ${picks.broadestTarget.statements}) with totalCount`,
      {
        targets: [picks.broadestTarget.key],
      },
    ),
    page(
      `statements, narrowest speaker and stance (${picks.narrowest.speaker}, ${picks.narrowest.stance}, ${picks.narrowest.statements}) with totalCount`,
      { speakers: [picks.narrowest.speaker], stances: [picks.narrowest.stance] },
    ),
    {
      name: `relation, the busiest pair (${picks.heaviestPair.a}, ${picks.heaviestPair.b}): month timeline and drivers`,
      query: RELATION_TIMELINE,
      variables: { a: picks.heaviestPair.a, b: picks.heaviestPair.b },
      minShare: MIN_SHARE,
    },
    {
      name: `relation, the busiest pair: its latest month's drivers (the timeline's drill-down)`,
      query: POINT_DRIVERS,
      variables: { a: picks.heaviestPair.a, b: picks.heaviestPair.b, at: picks.heaviestPair.latestMonth },
      minShare: MIN_SHARE,
    },
    {
      name: `relation, the busiest pair: year timeline with each point's drivers`,
      query: YEAR_TIMELINE_DRIVERS,
      variables: { a: picks.heaviestPair.a, b: picks.heaviestPair.b },
      minShare: MIN_SHARE,
    },
    { name: 'stats', query: STATS, minShare: MIN_SHARE },
    {
      name: 'overview (relation since 2023, headline figures, 5 statements, 5 events, totals)',
      query: `{
        relation(a: "russia", b: "japan") { tension asOf timeline(period: MONTH, from: "2023") { period tension recordCount }
          drivers(first: 5) { weight date } }
        sanctionRegimes(filter: { imposer: "japan", target: "russia" }) {
          packageCount { value bound text } designatedIndividuals { value bound } counted { individuals entities } }
        statements(first: 5) { nodes { ${STATEMENT_FIELDS} } }
        events(first: 5) { nodes { id date title kind } }
        stats { actors statements events sanctionDesignations }
      }`,
      minShare: MIN_SHARE,
    },
    {
      name: `deep page (after ${deepPages} pages of 20)`,
      query: `query($after: String) { statements(first: 20, after: $after) { pageInfo { endCursor hasNextPage }
        nodes { ${STATEMENT_FIELDS} } } }`,
      variables: { after: deepCursor(db, deepPages, 20) },
      minShare: MIN_SHARE,
    },
  ];
  if (served.has('statementSeries'))
    cases.push({
      name: `statementSeries, the broadest filter (${first!.stance}) by month`,
      query: SERIES,
      variables: { f: broadFilter(picks) },
      minShare: MIN_SHARE,
    });
  if (served.has('network'))
    cases.push({
      name: 'network (first 50 ties)',
      query: `{ network(first: 50) { a { key } b { key } records hostileRecords tension sharedAlliances { key } } }`,
      minShare: MIN_SHARE,
    });
  return cases;
}

export const SERIES = `query($f: StatementFilter) { statementSeries(filter: $f, period: MONTH) { period total byStance { stance count } } }`;
