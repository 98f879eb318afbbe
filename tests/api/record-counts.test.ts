/**
 * `stats` reads counters the writes keep (migration 008) instead of counting rows on a
 * read: they must match a real count after a seed, a bulk load, API writes, an importer
 * run and deletes, and a failed load must leave them as they were.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { loadSynthetic } from '../../data/synth/load';
import type { Db } from '../../data/store/open';
import { noteWrite } from '../../data/store/version';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const TOKEN = 'record-counts-token';
const STATS =
  '{ stats { actors statements events sanctionPackages sanctionDesignations alliances sources } }';

function countedByScan(db: Db) {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    actors: count('actors'),
    statements: count('statements'),
    events: count('events'),
    sanctionPackages: count('sanction_packages'),
    sanctionDesignations: count('sanction_designations'),
    alliances: count('alliances'),
    sources: count('sources'),
  };
}

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

useWriteToken(TOKEN);

describe('stats kept by the writes', () => {
  it('matches a count of every table after the seed', async () => {
    const { stats } = ok(await api.query(STATS));
    expect(stats).toEqual(countedByScan(db));
    expect(stats.statements).toBeGreaterThan(0);
  });

  it('follows a bulk load of statements, events and designations', async () => {
    const before = ok(await api.query(STATS)).stats;
    await loadSynthetic(db, { statements: 1_200, events: 300, designations: 150 });
    const { stats } = ok(await api.query(STATS));
    expect(stats).toEqual(countedByScan(db));
    expect(stats.statements - before.statements).toBe(1_200);
    expect(stats.events - before.events).toBe(300);
    expect(stats.sanctionDesignations - before.sanctionDesignations).toBe(150);
  });

  it('follows a write through the API', async () => {
    const before = ok(await api.query(STATS)).stats;
    const added = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } userErrors { message } } }`,
        {
          i: {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date: '2025-12-02',
            summary: 'A statement written to move the counters (test record).',
            stance: 'CRITICAL',
            intensity: -2,
            cameoCode: '111',
            topicKeys: [],
            evidence: {
              sourceKey: 'almayadeen-2025-russia-japan-rift',
              excerpt: 'Test excerpt.',
            },
          },
        },
        { authorization: `Bearer ${TOKEN}` },
      ),
    ).addStatement;
    expect(added.userErrors).toEqual([]);
    const { stats } = ok(await api.query(STATS));
    expect(stats.statements).toBe(before.statements + 1);
    expect(stats).toEqual(countedByScan(db));
  });

  it('follows deletes, and a rolled-back write leaves the counters as they were', async () => {
    const before = countedByScan(db);
    const addSource = db.prepare(
      "INSERT INTO sources (key, title, outlet, origin, content_hash) VALUES (?, 'Counter test', 'Test', 'test', 'x')",
    );
    expect(() =>
      db.transaction(() => {
        addSource.run('counter-test-rolled-back');
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(ok(await api.query(STATS)).stats).toEqual(before);

    const id = db.prepare('SELECT max(id) FROM events').pluck().get() as number;
    db.prepare('DELETE FROM event_actors WHERE event_id = ?').run(id);
    db.prepare('DELETE FROM measurements WHERE event_id = ?').run(id);
    db.prepare("DELETE FROM evidence WHERE record_type = 'Event' AND record_id = ?").run(id);
    db.prepare('DELETE FROM events WHERE id = ?').run(id);
    addSource.run('counter-test-kept');
    // As every writer on the app's own connection does, so that answers kept per version move on.
    noteWrite(db);
    const { stats } = ok(await api.query(STATS));
    expect(stats.events).toBe(before.events - 1);
    expect(stats.sources).toBe(before.sources + 1);
    expect(stats).toEqual(countedByScan(db));
  });
});
