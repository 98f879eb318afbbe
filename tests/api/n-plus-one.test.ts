/**
 * A page of statements with everything an analyst shows beside them must cost a fixed
 * number of SQL statements, whatever the page size: DataLoaders batch each kind of lookup, and
 * the links a page selects are read ahead once, the ones it does not select not at all.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../data/ingest/load-dataset';
import type { Db } from '../../data/store/open';
import { editJson, freshDatabase, seedCopy } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const EXTRA = 120;
const SPEAKERS = ['russia', 'japan', 'nikolay-nozdrev', 'mark-rutte', 'nato', 'china'];
const TARGETS = ['japan', 'russia', 'ukraine', 'nato', 'united-states'];
const TOPICS = ['sanctions', 'nato', 'ukraine-war', 'aviation', 'indo-pacific'];
const SOURCES = [
  'almayadeen-2025-russia-japan-rift',
  'izvestia-1834812',
  'tass-1792595',
  'mainichi-20220308',
];

/** The seed plus EXTRA generated statements, spread over speakers, targets, topics and sources. */
function generatedDataset(): string {
  const dir = seedCopy();
  editJson<object[]>(path.join(dir, 'statements.json'), (list) => {
    for (let i = 0; i < EXTRA; i += 1) {
      const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      list.push({
        key: `generated-statement-${i}`,
        speaker: SPEAKERS[i % SPEAKERS.length],
        targets: [TARGETS[i % TARGETS.length], TARGETS[(i + 2) % TARGETS.length]],
        date: day,
        summary: `Generated statement ${i} for the N+1 test.`,
        stance: 'CRITICAL',
        intensity: -2,
        topics: [TOPICS[i % TOPICS.length], TOPICS[(i + 1) % TOPICS.length]],
        evidence: {
          source: SOURCES[i % SOURCES.length],
          note: `Generated ${i}.`,
          via: i % 2 ? 'ria-novosti' : undefined,
        },
      });
    }
  });
  return dir;
}

/** Records the SQL statements run on `db` (every run of a prepared statement counts). */
function recordQueries(db: Db) {
  const prepare = db.prepare;
  let run: string[] = [];
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['all', 'get', 'run', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...args: unknown[]) => {
        run.push(sql);
        return original(...args);
      };
    }
    return statement;
  }) as unknown as Db['prepare'];
  /** The SQL run since the last take. */
  return () => {
    const taken = run;
    run = [];
    return taken;
  };
}

const PAGE = `query Page($first: Int!) {
  statements(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      key date quote summary stance intensity
      speaker { key name affiliation { key } }
      targets { key name }
      topics { key label statementCount }
      evidence { excerpt note source { key title citationCount } via { key name } }
      revisions { action by at }
    }
  }
}`;

const { db } = freshDatabase();
// Counted from before anything could prepare statements ahead, so a store that caches them counts too.
const takeQueries = recordQueries(db);
const takeCount = () => takeQueries().length;
loadDataset(db, generatedDataset());
const api = testServer(db);
afterAll(() => api.stop());

describe('N+1: a page of statements with their relations', () => {
  it('costs the same number of SQL statements for 5 and for 100 rows', async () => {
    takeCount();
    const small = ok(await api.query(PAGE, { first: 5 }));
    const smallCount = takeCount();
    const large = ok(await api.query(PAGE, { first: 100 }));
    const largeCount = takeCount();

    expect(small.statements.nodes).toHaveLength(5);
    expect(large.statements.nodes).toHaveLength(100);
    expect(large.statements.totalCount).toBe(12 + EXTRA);
    // The large page really has the variety that would cost one query per row unbatched.
    const speakers = new Set(large.statements.nodes.map((s: { speaker: { key: string } }) => s.speaker.key));
    expect(speakers.size).toBeGreaterThanOrEqual(5);

    // Not more for 100 rows than for 5 (fewer, as the total count is remembered per data version).
    expect(largeCount).toBeLessThanOrEqual(smallCount);
    // One statement per kind of lookup: page, count, speakers, affiliations and via actors,
    // targets, topics, topic counts, evidence, sources, citation counts (10 today).
    expect(largeCount).toBeGreaterThan(0);
    expect(largeCount).toBeLessThanOrEqual(12);
  });

  it('answers the large page right: the 12 seeded statements (2025), then the newest generated ones', async () => {
    const page = ok(await api.query(PAGE, { first: 100 }));
    const generated = page.statements.nodes.filter((s: { key: string }) => s.key.startsWith('generated-'));
    expect(generated).toHaveLength(88);
    expect(generated[0]).toMatchObject({ key: `generated-statement-${EXTRA - 1}`, date: '2024-04-29' });
    for (const s of generated) {
      const i = Number(s.key.split('-').at(-1));
      expect(s.speaker.key).toBe(SPEAKERS[i % SPEAKERS.length]);
      expect(s.targets.map((t: { key: string }) => t.key)).toEqual([
        TARGETS[i % TARGETS.length],
        TARGETS[(i + 2) % TARGETS.length],
      ]);
      expect(s.evidence.source.key).toBe(SOURCES[i % SOURCES.length]);
      expect(s.evidence.via?.key ?? null).toBe(i % 2 ? 'ria-novosti' : null);
    }
  });

  it('reads no link a page does not select', async () => {
    takeQueries();
    ok(await api.query('{ statements(first: 50) { nodes { key summary } } }'));
    const sql = takeQueries().join('\n');
    expect(sql).toMatch(/FROM statements/);
    expect(sql).not.toMatch(/statement_targets|FROM evidence|FROM actors|FROM sources/);
  });

  it('reads each selected link once, whether selected through nodes, edges or a fragment', async () => {
    const doc = `query { statements(first: 50) {
      edges { node { ...Links } }
      nodes { targets { key } }
    } }
    fragment Links on Statement { key targets { key } evidence { source { key } } }`;
    takeQueries();
    const page = ok(await api.query(doc));
    const sql = takeQueries();
    expect(sql.filter((text) => /FROM statement_targets/.test(text))).toHaveLength(1);
    expect(sql.filter((text) => /FROM evidence/.test(text))).toHaveLength(1);
    const viaEdges = page.statements.edges.map((e: Loose) => e.node.targets);
    expect(page.statements.nodes.map((n: Loose) => n.targets)).toEqual(viaEdges);
    expect(viaEdges.some((targets: unknown[]) => targets.length > 1)).toBe(true);
  });
});

describe('N+1: a page of events with their relations', () => {
  it('reads no link a page does not select', async () => {
    takeQueries();
    ok(await api.query('{ events(first: 50) { nodes { key title } } }'));
    const sql = takeQueries().join('\n');
    expect(sql).toMatch(/FROM events/);
    expect(sql).not.toMatch(/FROM event_actors|FROM measurements|FROM evidence/);
  });

  it('reads each selected link once, and answers as the same page read through edges', async () => {
    const fields =
      'key actors { key } measurements { label } evidence { excerpt source { key } via { key } }';
    takeQueries();
    const page = ok(await api.query(`{ events(first: 50) { nodes { ${fields} } } }`));
    const sql = takeQueries();
    for (const table of [/FROM event_actors/, /FROM measurements/, /FROM evidence/]) {
      expect(sql.filter((text) => table.test(text))).toHaveLength(1);
    }
    const viaEdges = ok(await api.query(`{ events(first: 50) { edges { node { ${fields} } } } }`));
    expect(page.events.nodes).toEqual(viaEdges.events.edges.map((e: Loose) => e.node));
    expect(page.events.nodes.some((e: Loose) => e.actors.length > 1 && e.evidence.length > 0)).toBe(true);
  });
});
