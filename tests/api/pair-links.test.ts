/**
 * A pair's tension reads its statements from the target links, which carry the statement's
 * speaker, intensity and date (migration 008). They must stay equal to the statement's own
 * after a seed, a bulk load and an update that changes them, or the index would drift.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { readDataset, writeDataset } from '../../data/ingest/load-dataset';
import { loadSynthetic } from '../../data/synth/load';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

function driftedLinks(db: Db): number {
  return db
    .prepare(
      `SELECT count(*) FROM statement_targets st JOIN statements s ON s.id = st.statement_id
       WHERE st.speaker_id IS NOT s.speaker_id OR st.intensity IS NOT s.intensity OR st.date IS NOT s.date
          OR st.date_start IS NOT s.date_start`,
    )
    .pluck()
    .get() as number;
}

describe('target links carry their statement', () => {
  const { db } = freshDatabase();

  it('after the seed and a bulk load', async () => {
    expect(driftedLinks(db)).toBe(0);
    await loadSynthetic(db, { statements: 800, events: 0, designations: 0 });
    expect(db.prepare('SELECT count(*) FROM statement_targets').pluck().get()).toBeGreaterThan(800);
    expect(driftedLinks(db)).toBe(0);
  });

  it('after an update that changes the speaker, intensity and date', () => {
    const dataset = readDataset();
    const statement = dataset.statements[0]!;
    const speaker = dataset.actors.find((a) => a.key !== statement.speaker)!;
    const changed = {
      ...dataset,
      statements: [{ ...statement, speaker: speaker.key, intensity: 3.5, date: '2019-03' }],
    };
    const summary = writeDataset(db, changed);
    expect(summary.statements.updated).toBe(1);
    const link = db
      .prepare(
        `SELECT st.speaker_id AS speakerId, st.intensity, st.date FROM statement_targets st
         JOIN statements s ON s.id = st.statement_id WHERE s.key = ?`,
      )
      .get(statement.key);
    expect(link).toEqual({
      speakerId: db.prepare('SELECT id FROM actors WHERE key = ?').pluck().get(speaker.key),
      intensity: 3.5,
      date: '2019-03',
    });
    expect(driftedLinks(db)).toBe(0);
  });

  it('counts a statement aimed at two actors of one side once in the pair', async () => {
    const api = testServer(db);
    const count = async () =>
      ok(await api.query('{ relation(a: "russia", b: "japan") { recordCount } }')).relation.recordCount;
    const before = await count();
    const dataset = readDataset();
    const affiliate = db
      .prepare(
        "SELECT key FROM actors WHERE affiliation_id = (SELECT id FROM actors WHERE key = 'japan') LIMIT 1",
      )
      .pluck()
      .get() as string;
    expect(affiliate).toBeTruthy();
    const template = dataset.statements.find((s) => s.speaker === 'russia') ?? dataset.statements[0]!;
    writeDataset(db, {
      ...dataset,
      statements: [
        { ...template, key: 'two-targets-one-side', speaker: 'russia', targets: ['japan', affiliate] },
      ],
    });
    expect(await count()).toBe(before + 1);
    await api.stop();
  });
});
