import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';
import { loadDataset } from '../../data/ingest/load-dataset';
import { openDatabase } from '../../data/store/open';
import { editJson, seedCopy } from '../helpers/db';
import path from 'node:path';

const TOKEN = 'cache-test-token';
// Read on a fixed day after both records the tests add, so the answers do not depend on the date.
const RELATION =
  '{ relation(a: "russia", b: "japan", asOf: "2026-06-30") { tension coverage { latest } recordCount drivers(first: 3) { date } } }';
type RelationAnswer = {
  relation: {
    tension: number;
    coverage: { latest: string };
    recordCount: number;
    drivers: { date: string }[];
  };
};

const { db, file } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

useWriteToken(TOKEN);

describe('the cached tension of a pair follows the data', () => {
  it('moves after a write through the API', async () => {
    const before = ok<RelationAnswer>(await api.query(RELATION)).relation;
    const written = await api.query(
      `mutation { addStatement(input: { speakerKey: "nikolay-nozdrev", targetKeys: ["japan"], date: "2026-01-15",
        summary: "A later warning (test record).", stance: HOSTILE, intensity: -6, cameoCode: "13",
        evidence: { sourceKey: "almayadeen-2025-russia-japan-rift", note: "Test record." } }) { userErrors { message } } }`,
      {},
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ok<{ addStatement: { userErrors: unknown[] } }>(written).addStatement.userErrors).toEqual([]);
    const after = ok<RelationAnswer>(await api.query(RELATION)).relation;
    expect(after.recordCount).toBe(before.recordCount + 1);
    expect(after.coverage.latest).toBe('2026-01-15');
    expect(after.drivers.map((d) => d.date)).toContain('2026-01-15');
    expect(after.tension).not.toBeCloseTo(before.tension, 6);
  });

  it('moves after another connection loads data (as a seed run in its own process does)', async () => {
    const before = ok<RelationAnswer>(await api.query(RELATION)).relation;
    const dir = seedCopy();
    editJson<Record<string, unknown>[]>(path.join(dir, 'statements.json'), (list) => {
      list.push({ ...list[0], key: 'cache-test-statement', date: '2026-06-01' });
    });
    const other = openDatabase(file);
    loadDataset(other, dir);
    other.close();
    const after = ok<RelationAnswer>(await api.query(RELATION)).relation;
    expect(after.recordCount).toBe(before.recordCount + 1);
    expect(after.coverage.latest).toBe('2026-06-01');
  });
});
