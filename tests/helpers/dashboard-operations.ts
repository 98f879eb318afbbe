/**
 * Every query the dashboard and the documented examples send (each .graphql operation in app/
 * and docs/queries), with variables drawn from the seed: every actor and source, several
 * pairs, filters, periods and dates; and a way to read every page of each list. For tests that
 * run them all on two servers and compare the answers, data and errors alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Db } from '../../data/store/open';
import { toGlobalId } from '../../graphql/ids';
import type { Answer, Loose, TestServer } from './graphql';

const ROOTS = [path.join(process.cwd(), 'app'), path.join(process.cwd(), 'docs', 'queries')];

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

const definitions: DefinitionNode[] = ROOTS.flatMap(graphqlFiles).flatMap(
  (file) => parse(fs.readFileSync(file, 'utf8')).definitions,
);
const fragments = new Map(
  definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => [d.name.value, d]),
);
export const queries = definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query',
);

/** The operation with every fragment it reaches, as one document's text. */
export function documentOf(operation: OperationDefinitionNode): string {
  const used = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value)!);
      },
    });
  collect(operation);
  return [operation, ...[...used].map((name) => fragments.get(name)!)].map((d) => print(d)).join('\n\n');
}

const PAIRS = [
  ['russia', 'japan'],
  ['japan', 'russia'],
  ['russia', 'nato'],
  ['russia', 'ukraine'],
  ['china', 'palestine'],
  ['japan', 'nato'],
];
const STATEMENT_FILTERS: Loose[] = [
  null,
  { targets: ['japan'] },
  { speakers: ['russia'], includeAffiliated: true },
  { stances: ['HOSTILE', 'CRITICAL'] },
  { from: '2025', to: '2025-06' },
  { from: '2025-05-05', to: '2025-05-05' },
  { text: 'sanctions' },
  { text: 'japan', stances: ['HOSTILE'] },
  { topics: ['sanctions'] },
  { from: '2026', to: '2025' },
];
const EVENT_FILTERS: Loose[] = [
  null,
  { actors: ['russia'] },
  { actors: ['russia'], includeAffiliated: true },
  { kinds: ['VISIT', 'AGREEMENT'] },
  { from: '2024', to: '2025-03' },
];

/** Variable sets for each operation, by the names it declares, from the records of `db`. */
export function variableSetsFrom(db: Db): (operation: OperationDefinitionNode) => Record<string, unknown>[] {
  const column = (sql: string) => db.prepare(sql).pluck().all() as string[];
  const actorKeys = column('SELECT key FROM actors ORDER BY id');
  const sourceKeys = column('SELECT key FROM sources ORDER BY id');
  const regimePairs = db
    .prepare(
      `SELECT i.key AS imposer, t.key AS target FROM sanction_regimes r
       JOIN actors i ON i.id = r.imposer_id JOIN actors t ON t.id = r.target_id ORDER BY r.id`,
    )
    .all() as { imposer: string; target: string }[];
  const ids = [
    ...column('SELECT key FROM statements ORDER BY id LIMIT 12').map((k) => toGlobalId('Statement', k)),
    ...column('SELECT key FROM events ORDER BY id LIMIT 6').map((k) => toGlobalId('Event', k)),
    ...column('SELECT key FROM sanction_packages ORDER BY id LIMIT 6').map((k) =>
      toGlobalId('SanctionPackage', k),
    ),
  ];

  return (operation: OperationDefinitionNode): Record<string, unknown>[] => {
    const names = new Set((operation.variableDefinitions ?? []).map((v) => v.variable.name.value));
    const name = operation.name!.value;
    if (names.size === 0) return [{}];
    if (name.startsWith('Source')) return sourceKeys.map((key) => ({ key }));
    if (names.has('key') && !names.has('a')) return actorKeys.map((key) => ({ key }));
    if (names.has('id')) return ids.map((id) => ({ id }));
    if (names.has('imposer')) return regimePairs.map((pair) => ({ ...pair, first: 5 }));
    if (names.has('a')) {
      return PAIRS.flatMap(([a, b]): Record<string, unknown>[] =>
        names.has('at')
          ? [
              { a, b, period: 'MONTH', at: '2025-05' },
              { a, b, period: 'YEAR', at: '2025', asOf: '2025-06' },
            ]
          : [
              { a, b, period: 'MONTH', first: 5 },
              { a, b, period: 'YEAR', asOf: '2025-06', first: 20 },
            ],
      );
    }
    if (names.has('text')) {
      const first = names.has('first') ? { first: 20 } : {};
      return ['ja', 'nozdrev', 'rus', 'Élysée', 'zz'].map((text) => ({ text, ...first }));
    }
    if (names.has('speaker') || names.has('target')) {
      return [
        {},
        { speaker: 'nikolay-nozdrev' },
        { target: 'japan' },
        { speaker: 'russia', target: 'japan' },
      ];
    }
    if (names.has('actor')) return [{}, { actor: 'russia' }, { actor: 'japan' }];
    if (names.has('kind')) return [{}, { kind: 'ALLIANCE' }, { kind: 'PARTNERSHIP_PROGRAMME' }];
    if (names.has('filter')) {
      const filters = operation.variableDefinitions!.some(
        (v) => v.variable.name.value === 'filter' && print(v.type).startsWith('EventFilter'),
      )
        ? EVENT_FILTERS
        : STATEMENT_FILTERS;
      return filters.map((filter) => ({ filter, first: 5 }));
    }
    if (names.has('first')) return [{ first: 5 }, { first: 30 }];
    throw new Error(`no variables are written for ${name} (${[...names].join(', ')})`);
  };
}

/** The one connection an answer pages through with `after`, if any. */
function pageInfoOf(value: Loose): { hasNextPage: boolean; endCursor: string | null } | null {
  if (value === null || typeof value !== 'object') return null;
  if (value.pageInfo?.endCursor !== undefined) return value.pageInfo;
  for (const child of Object.values(value)) {
    const found = pageInfoOf(child);
    if (found) return found;
  }
  return null;
}

const MAX_PAGES = 40;

/** Every page of a list query (following endCursor when it takes `after`), or its one answer. */
export async function pages(
  server: TestServer,
  operation: OperationDefinitionNode,
  variables: Loose,
): Promise<Answer[]> {
  const text = documentOf(operation);
  const pagesOf = (operation.variableDefinitions ?? []).some((v) => v.variable.name.value === 'after');
  const answers: Answer[] = [];
  let after: string | null = null;
  do {
    const answer: Answer = await server.query(text, after === null ? variables : { ...variables, after });
    answers.push(answer);
    const info = pagesOf && !answer.errors ? pageInfoOf(answer.data) : null;
    after = info?.hasNextPage ? info.endCursor : null;
  } while (after !== null && answers.length < MAX_PAGES);
  return answers;
}
