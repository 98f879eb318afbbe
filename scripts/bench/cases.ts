/**
 * What `npm run bench` measures: the framework floor and the questions the dashboard asks
 * most, each as the operation a panel sends.
 */
import type { Db } from '../../data/store/open';
import { encodeCursor } from '../../graphql/connections';

export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const STATEMENT_FIELDS = `id date quote summary stance intensity speaker { key name } targets { key name }
  evidence { excerpt source { key title } via { key } }`;

/** The cursor of the last row of page `page` (of `size`) of the newest-first statements. */
function deepCursor(db: Db, page: number, size: number): string {
  const row = db
    .prepare('SELECT date_start AS d, id FROM statements ORDER BY date_start DESC, id DESC LIMIT 1 OFFSET ?')
    .get(page * size - 1) as { d: string; id: number } | undefined;
  if (!row) throw new Error(`the database has fewer than ${page * size} statements`);
  return encodeCursor('statements:DATE:DESC', [row.d, row.id]);
}

export function benchCases(db: Db): BenchCase[] {
  return [
    { name: 'floor: { __typename }', query: '{ __typename }' },
    {
      name: 'overview',
      query: `{
        relation(a: "russia", b: "japan") { tension asOf timeline(period: MONTH, from: "2023") { period tension recordCount }
          drivers(first: 5) { weight date } }
        sanctionRegimes(filter: { imposer: "japan", target: "russia" }) {
          packageCount { value bound text } designatedIndividuals { value bound } counted { individuals entities } }
        statements(first: 5) { nodes { ${STATEMENT_FIELDS} } }
        events(first: 5) { nodes { id date title kind } }
        stats { actors statements events sanctionDesignations }
      }`,
    },
    {
      name: 'relation(russia, japan)',
      query: `{ relation(a: "russia", b: "japan") { tension asOf recordCount
        timeline(period: MONTH) { period tension recordCount }
        drivers(first: 10) { weight date intensity record { __typename ... on Statement { summary } ... on SanctionPackage { title } ... on Event { title } } } } }`,
    },
    {
      name: 'filtered statements page',
      query: `query($f: StatementFilter) { statements(filter: $f, first: 20) { totalCount pageInfo { endCursor hasNextPage }
        nodes { ${STATEMENT_FIELDS} } } }`,
      variables: { f: { speakers: ['russia'], targets: ['japan'], stances: ['HOSTILE'], from: '2020' } },
    },
    {
      name: 'deep page (after 1,000 pages of 20)',
      query: `query($after: String) { statements(first: 20, after: $after) { pageInfo { endCursor hasNextPage }
        nodes { ${STATEMENT_FIELDS} } } }`,
      variables: { after: deepCursor(db, 1000, 20) },
    },
    {
      name: 'search',
      query: `{ search(text: "Nozdrev", first: 20) { __typename ... on Actor { key name } ... on Statement { summary } ... on Event { title } } }`,
    },
  ];
}
