/**
 * The dashboard's hot queries must not scan whole tables: at a million statements a scan
 * is seconds. Every SELECT the API runs for them is captured and explained; a plan line
 * "SCAN <big table>" (a scan without an index) fails the test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { benchCases } from '../../scripts/bench/cases';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';
import { loadSynthetic } from '../../data/synth/load';
import { forgetPrepared } from '../../data/store/prepared';

const BIG_TABLES = [
  'statements',
  'events',
  'sanction_designations',
  'statement_targets',
  'event_actors',
  'evidence',
];

function captureSelects(db: Db): () => string[] {
  // Statements kept from earlier requests would run without being prepared, unseen.
  forgetPrepared(db);
  const seen = new Set<string>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    if (/^\s*SELECT/i.test(sql)) seen.add(sql);
    return prepare(sql);
  }) as Db['prepare'];
  return () => {
    const list = [...seen];
    seen.clear();
    forgetPrepared(db);
    return list;
  };
}

/** Plan lines that read a large table whole. */
function fullScans(db: Db, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  // Plans name tables by their alias ("SCAN s"): read the aliases off the SQL.
  const tableOf = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(
    /(?:FROM|JOIN)\s+(\w+)(?:\s+(?!WHERE|ON|JOIN|ORDER|GROUP|LIMIT|UNION)(\w+))?/gi,
  )) {
    tableOf.set(table!, table!);
    if (alias) tableOf.set(alias, table!);
  }
  // An unfiltered page walks an index in order and stops at LIMIT: its cost is the page's.
  // So does a page filtered by stance alone: there are five stances, each a large share of
  // the statements, so the walk by date finds a page within a few hundred rows.
  const orderedPage =
    /\bLIMIT\b/.test(sql) &&
    (!/\bWHERE\b/.test(sql) ||
      /WHERE\s+\([\w.,\s]+\)\s*[<>]\s*\([?,\s]+\)\s*ORDER BY/.test(sql) ||
      /WHERE s\.stance (= \?|IN \([?,\s]+\))( AND \([\w.,\s]+\)\s*[<>]\s*\([?,\s]+\))?\s*ORDER BY s\.date_start/.test(
        sql,
      ));
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      const name = /^SCAN (\w+)/.exec(detail)?.[1] ?? '';
      if (orderedPage && / USING (COVERING )?INDEX /.test(detail)) return false;
      return BIG_TABLES.includes(tableOf.get(name) ?? name);
    });
}

/** Plan lines that read a large table's rows whole (not one of its indexes). */
function tableScans(db: Db, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => /^SCAN /.test(detail) && !/ USING (COVERING )?INDEX /.test(detail))
    .filter((detail) => {
      // "SCAN (subquery-3)" reads rows a subquery already chose, not a table.
      const name = /^SCAN (\w+)/.exec(detail)?.[1];
      if (!name) return false;
      return (
        BIG_TABLES.includes(name) ||
        sql.match(new RegExp(`(?:FROM|JOIN)\\s+(${BIG_TABLES.join('|')})\\s+${name}\\b`)) !== null
      );
    });
}

const { db } = freshDatabase();
await loadSynthetic(db, { statements: 25_000, events: 500, designations: 200 });
const api = testServer(db);
afterAll(() => api.stop());

const PAGES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'events of a kind',
    query:
      '{ events(filter: { kinds: [VISIT], from: "2020" }, first: 20) { totalCount nodes { title actors { key } } } }',
  },
  {
    name: 'statements by text',
    query: '{ statements(filter: { text: "unfriendly" }, first: 20) { totalCount nodes { summary } } }',
  },
  {
    name: "an actor's statements",
    query: '{ actor(key: "nikolay-nozdrev") { statements(first: 20) { totalCount nodes { summary } } } }',
  },
  {
    name: 'statements about an actor',
    query: '{ actor(key: "japan") { statementsAbout(first: 20) { totalCount nodes { summary } } } }',
  },
  {
    name: 'statements about a target',
    query: '{ statements(filter: { targets: ["japan"] }, first: 20) { totalCount nodes { summary } } }',
  },
  {
    name: 'designations of a regime',
    query:
      '{ sanctionRegimes(filter: { imposer: "japan" }) { designations(first: 20) { totalCount nodes { designee { name } } } counted { designations } } }',
  },
];

describe('the check itself', () => {
  it('tells a read of a table whole from a read of one of its indexes', () => {
    expect(tableScans(db, 'SELECT count(*) FROM statements s WHERE s.summary LIKE ?')).toEqual(['SCAN s']);
    expect(tableScans(db, 'SELECT count(*) FROM statements s WHERE s.stance = ?')).toEqual([]);
    expect(fullScans(db, 'SELECT count(*) FROM statements s WHERE s.stance = ?')).toHaveLength(1);
  });

  it('flags a scan of a large table', () => {
    expect(fullScans(db, 'SELECT id FROM statements WHERE summary LIKE ?')).toEqual(['SCAN statements']);
    expect(fullScans(db, 'SELECT s.id FROM statements s WHERE s.summary LIKE ?')).toEqual(['SCAN s']);
    expect(
      fullScans(
        db,
        'SELECT s.id FROM statements s WHERE s.summary LIKE ? ORDER BY s.date_start DESC LIMIT 5',
      ),
    ).toEqual(['SCAN s USING INDEX statements_date']);
    expect(
      fullScans(db, 'SELECT s.id FROM statements s ORDER BY s.date_start DESC, s.id DESC LIMIT 5'),
    ).toEqual([]);
  });
});

describe('query plans of the hot queries', () => {
  for (const c of [...benchCases(db), ...PAGES]) {
    it(`${c.name}: no full scan of a large table`, async () => {
      const take = captureSelects(db);
      // The first request also computes the answers kept per data version (a filter's
      // count, a pair's records): they may read an index whole, never a table's rows.
      ok(await api.query(c.query, c.variables));
      const once = take();
      for (const sql of once) expect(tableScans(db, sql), sql).toEqual([]);
      // What every later request runs must not scan at all.
      ok(await api.query(c.query, c.variables));
      const every = take();
      if (c.query !== '{ __typename }') expect([...once, ...every].length).toBeGreaterThan(0);
      for (const sql of every) expect(fullScans(db, sql), sql).toEqual([]);
    });
  }
});

describe("a pair's links", () => {
  it('are read through the pair index, with a date range or without', async () => {
    const take = captureSelects(db);
    const relation = ok(
      await api.query(`{ relation(a: "china", b: "japan") {
        recordCount timeline(period: MONTH) { period } drivers(first: 10) { weight } } }`),
    ).relation;
    expect(relation.recordCount).toBeGreaterThan(0);
    expect(relation.drivers.length).toBeGreaterThan(0);
    const reads = take().filter((sql) => /statement_targets/.test(sql) && /speaker_id IN/.test(sql));
    // The day sums read every link; the drivers read a half-life of them by date.
    expect(reads.some((sql) => /date_start >= \?/.test(sql))).toBe(true);
    for (const sql of reads) {
      const params = (sql.match(/\?/g) ?? []).map(() => null);
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      const links = plan.map((row) => row.detail).filter((detail) => / statement_targets /.test(detail));
      expect(links.length, sql).toBeGreaterThan(0);
      for (const detail of links) expect(detail, sql).toMatch(/USING COVERING INDEX statement_targets_pair /);
    }
  });
});
