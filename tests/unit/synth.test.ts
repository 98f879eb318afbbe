import { describe, expect, it, vi } from 'vitest';
import { loadSynthetic } from '../../data/synth/load';
import { synthStatements, synthWorld } from '../../data/synth/generate';
import { statementRecord } from '../../data/ingest/dataset-schema';
import { synthBatches, synthBatchesInWorker, type BatchPlan } from '../../data/synth/batches';
import { contentFingerprint, freshDatabase } from '../helpers/db';

describe('synthetic data', () => {
  it('generates valid statements shaped like real ones: few loud speakers, hot pairs, twenty years', () => {
    const world = synthWorld();
    const statements = [...synthStatements(world, 5000)];
    for (const s of statements.slice(0, 200)) expect(() => statementRecord.parse(s)).not.toThrow();
    const bySpeaker = new Map<string, number>();
    for (const s of statements) bySpeaker.set(s.speaker, (bySpeaker.get(s.speaker) ?? 0) + 1);
    const shares = [...bySpeaker.values()].sort((a, b) => b - a);
    // Power law: the top tenth of speakers says more than half of everything.
    const top = shares.slice(0, Math.ceil(shares.length / 10)).reduce((a, b) => a + b, 0);
    expect(top / statements.length).toBeGreaterThan(0.5);
    expect(statements.filter((s) => s.targets[0] === 'japan').length / statements.length).toBeGreaterThan(
      0.1,
    );
    const years = new Set(statements.map((s) => s.date.slice(0, 4)));
    expect(Math.min(...[...years].map(Number))).toBe(2006);
    expect(Math.max(...[...years].map(Number))).toBe(2025);
    expect(new Set(statements.map((s) => s.quote?.split(' ').length ?? 0)).size).toBeGreaterThan(20);
  });

  it('is the same on every run', () => {
    const world = synthWorld();
    expect([...synthStatements(world, 50)]).toEqual([...synthStatements(synthWorld(), 50)]);
  });

  it('loads on top of the seed through the validated path, with progress', async () => {
    const { db } = freshDatabase();
    const phases = new Set<string>();
    await loadSynthetic(db, { statements: 1200, events: 300, designations: 200 }, (p) => phases.add(p.phase));
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(count("statements WHERE key LIKE 'synth-%'")).toBe(1200);
    expect(count("events WHERE key LIKE 'synth-%'")).toBe(300);
    expect(count('sanction_designations')).toBe(200);
    expect(count("statements WHERE key = 'nozdrev-unfriendly-course'")).toBe(1);
    expect(count("evidence WHERE record_type = 'Statement'")).toBe(count('statements'));
    expect([...phases].sort()).toEqual(['designations', 'events', 'statements']);
  });

  it('writes each batch in one transaction with no transaction nested in it', async () => {
    const { db } = freshDatabase();
    // A nested transaction is a savepoint; held over a whole batch it made every batch slower
    // than the one before (data/ingest/load-dataset.ts, writeDatasetInTransaction).
    const transaction = db.transaction.bind(db);
    let depth = 0;
    let deepest = 0;
    let batches = 0;
    vi.spyOn(db, 'transaction').mockImplementation((fn) =>
      transaction((...args: unknown[]) => {
        depth += 1;
        deepest = Math.max(deepest, depth);
        if (depth === 1) batches += 1;
        try {
          return fn(...args);
        } finally {
          depth -= 1;
        }
      }),
    );
    await loadSynthetic(db, { statements: 1200, events: 300, designations: 0 });
    expect(batches).toBeGreaterThanOrEqual(3);
    expect(deepest).toBe(1);
  });

  it('makes the same validated, hashed batches in a worker thread as on the calling thread', async () => {
    for (const plan of [
      { kind: 'statements', total: 700, size: 300, hashed: true },
      { kind: 'events', total: 250, size: 100, hashed: true },
    ] satisfies BatchPlan[]) {
      const inWorker = [];
      for await (const batch of synthBatchesInWorker(plan)) inWorker.push(batch);
      const here = [...synthBatches(plan)];
      expect(inWorker.map((b) => b.records.length)).toEqual(
        plan.kind === 'events' ? [100, 100, 50] : [300, 300, 100],
      );
      expect(inWorker).toEqual(here);
    }
  });

  it("fails the load with the worker thread's own error", async () => {
    const batches = synthBatchesInWorker({ kind: 'treaties' as never, total: 5, size: 2, hashed: true });
    await expect(batches.next()).rejects.toThrow('no synthetic records of kind "treaties"');
  });

  it('writes the same database whether a worker thread makes and hashes the records or the writing thread does', async () => {
    const counts = { statements: 1300, events: 350, designations: 400 };
    const pipelined = freshDatabase().db;
    const oneThread = freshDatabase().db;
    await loadSynthetic(pipelined, counts, () => {}, 'auto', 'worker');
    await loadSynthetic(oneThread, counts, () => {}, 'auto', 'main');
    expect(contentFingerprint(pipelined)).toEqual(contentFingerprint(oneThread));
    expect(contentFingerprint(pipelined).counts.statements).toBeGreaterThan(1300);
    expect(contentFingerprint(pipelined).counts.sanction_designations).toBe(400);
  });
});
