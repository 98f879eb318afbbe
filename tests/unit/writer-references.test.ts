/**
 * The writer resolves each referenced key once per load: a million statements name the same
 * few hundred actors, topics and sources, and a lookup per reference was a fifth of the load.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import { writeDataset } from '../../data/ingest/load-dataset';
import type { Dataset } from '../../data/ingest/dataset-schema';
import { synthStatements, synthWorld } from '../../data/synth/generate';
import { freshDatabase } from '../helpers/db';
import { openDatabase } from '../../data/store/open';

const emptyDataset = (): Dataset => ({
  sources: [],
  actors: [],
  topics: [],
  alliances: [],
  memberships: [],
  offices: [],
  'sanction-regimes': [],
  'sanction-packages': [],
  statements: [],
  events: [],
});

describe('references in a load', () => {
  it('are looked up once per key, and every statement gets the ids its keys name', () => {
    const fresh = freshDatabase();
    const { file } = fresh;
    let { db } = fresh;
    const world = synthWorld();
    writeDataset(db, {
      ...emptyDataset(),
      sources: world.sources,
      actors: world.actors,
      topics: world.topics,
    });
    const statements = [...synthStatements(world, 400)];

    // Count the key lookups of the tables statements refer to. Statements are kept prepared per
    // connection: the load runs on a connection of its own, which prepares (and so shows) each.
    db.close();
    db = openDatabase(file);
    const lookups = new Map<string, number>();
    const prepare = db.prepare.bind(db);
    db.prepare = ((source: string) => {
      const stmt = prepare(source) as Statement<unknown[]>;
      const table = /FROM (actors|topics|sources) WHERE key = \?/.exec(source)?.[1];
      if (!table) return stmt;
      const get = stmt.get.bind(stmt);
      stmt.get = ((...params: unknown[]) => {
        lookups.set(table, (lookups.get(table) ?? 0) + 1);
        return get(...params);
      }) as typeof stmt.get;
      return stmt;
    }) as typeof db.prepare;
    writeDataset(db, { ...emptyDataset(), statements });
    db.prepare = prepare;

    const distinct = (keys: string[]) => new Set(keys).size;
    expect(lookups.get('actors')).toBe(distinct(statements.flatMap((s) => [s.speaker, ...s.targets])));
    expect(lookups.get('topics')).toBe(distinct(statements.flatMap((s) => s.topics)));
    expect(lookups.get('sources')).toBe(distinct(statements.map((s) => s.evidence.source)));

    const stored = db
      .prepare(
        `SELECT s.key, sp.key AS speaker, t.key AS target, tp.key AS topic, so.key AS source
         FROM statements s
         JOIN actors sp ON sp.id = s.speaker_id
         JOIN statement_targets st ON st.statement_id = s.id JOIN actors t ON t.id = st.actor_id
         JOIN statement_topics stp ON stp.statement_id = s.id JOIN topics tp ON tp.id = stp.topic_id
         JOIN evidence e ON e.record_type = 'Statement' AND e.record_id = s.id JOIN sources so ON so.id = e.source_id
         WHERE s.key LIKE 'synth-%' ORDER BY s.key`,
      )
      .all();
    expect(stored).toEqual(
      statements
        .map((s) => ({
          key: s.key,
          speaker: s.speaker,
          target: s.targets[0],
          topic: s.topics[0],
          source: s.evidence.source,
        }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  });
});
