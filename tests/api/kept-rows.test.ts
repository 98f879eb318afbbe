/**
 * Actors and sources are kept across requests per data version: a page read again does not
 * read them again, a commit from anywhere is read at once, and two databases never answer with
 * each other's rows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../data/store/open';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const PAGE = `{ statements(first: 5) { nodes { key speaker { key name } evidence { source { key title } } } } }`;

/** Counts the SQL statements run on `db` that read `table` by `column`. */
function countLookups(db: Db, table: string, column = 'id') {
  const prepare = db.prepare;
  let count = 0;
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
    if (!new RegExp(`FROM ${table} \\w+ WHERE \\w+\\.${column} IN`).test(sql)) return statement;
    const all = statement.all!.bind(statement);
    statement.all = (...args: unknown[]) => {
      count += 1;
      return all(...args);
    };
    return statement;
  }) as unknown as Db['prepare'];
  return () => count;
}

const first = freshDatabase();
const second = freshDatabase();
const actorLookups = countLookups(first.db, 'actors');
const sourceLookups = countLookups(first.db, 'sources');
const actorKeyLookups = countLookups(first.db, 'actors', 'key');
const api = testServer(first.db);
const otherApi = testServer(second.db);
afterAll(() => Promise.all([api.stop(), otherApi.stop()]));

type Page = {
  statements: {
    nodes: { speaker: { key: string; name: string }; evidence: { source: { title: string } } }[];
  };
};
const speakerNames = (page: Page) => page.statements.nodes.map((s) => s.speaker.name);

describe('actors and sources kept across requests', () => {
  it('are read once while the data stays as it is', async () => {
    const before = ok<Page>(await api.query(PAGE));
    const [actors, sources] = [actorLookups(), sourceLookups()];
    expect(actors).toBeGreaterThan(0);
    expect(sources).toBeGreaterThan(0);
    expect(ok<Page>(await api.query(PAGE))).toEqual(before);
    expect([actorLookups(), sourceLookups()]).toEqual([actors, sources]);
  });

  it('are read once by key too', async () => {
    const ACTOR = `{ actor(key: "nato") { name } }`;
    const before = ok(await api.query(ACTOR));
    const lookups = actorKeyLookups();
    expect(lookups).toBeGreaterThan(0);
    expect(ok(await api.query(ACTOR))).toEqual(before);
    expect(actorKeyLookups()).toBe(lookups);
  });

  it("read another connection's commit at once", async () => {
    const before = ok<Page>(await api.query(PAGE));
    const speaker = before.statements.nodes[0]!.speaker;
    const writer = openDatabase(first.file);
    try {
      writer
        .prepare('UPDATE actors SET name = ? WHERE key = ?')
        .run('Renamed by another process', speaker.key);
      writer.prepare('UPDATE sources SET title = ?').run('Retitled by another process');
    } finally {
      writer.close();
    }
    const after = ok<Page>(await api.query(PAGE));
    expect(after.statements.nodes[0]!.speaker.name).toBe('Renamed by another process');
    expect(new Set(after.statements.nodes.map((s) => s.evidence.source.title))).toEqual(
      new Set(['Retitled by another process']),
    );
  });

  it("never answer with another database's rows of the same ids", async () => {
    const here = ok<Page>(await api.query(PAGE));
    const there = ok<Page>(await otherApi.query(PAGE));
    expect(speakerNames(here)).toContain('Renamed by another process');
    expect(speakerNames(there)).not.toContain('Renamed by another process');
  });
});
