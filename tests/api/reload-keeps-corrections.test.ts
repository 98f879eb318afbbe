/**
 * Loading the dataset again keeps what analysts corrected: a curated statement changed through
 * updateStatement keeps the analyst's text and origin, the load counts it as kept and says why,
 * and the file's old text cannot come back beside a statement that says it again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { loadDataset } from '../../data/ingest/load-dataset';
import { describeSummary } from '../../data/ingest/seed';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';
import { derivedMismatches } from '../helpers/recount';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const { token } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
const auth = { authorization: `Bearer ${token}` };

const CURATED = 'nozdrev-long-term-consequences';
const READ = `query($id: ID!) { node(id: $id) { ... on Statement { summary quote revisions { action } } } }`;
const UPDATE = `mutation($i: UpdateStatementInput!) {
  updateStatement(input: $i) { statement { key } userErrors { field message code } }
}`;
const ADD = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } userErrors { message code } } }`;

const read = async (key: string) => ok(await api.query(READ, { id: toGlobalId('Statement', key) })).node;

describe('a dataset load after an analyst corrected a curated statement', () => {
  it("keeps the analyst's summary and origin, and reports the statement as kept", async () => {
    const summary = 'Nozdrev said the consequences of Japan’s course would be long-lasting (corrected).';
    const payload = ok(
      await api.query(
        UPDATE,
        { i: { id: toGlobalId('Statement', CURATED), reason: 'Closer to the source.', summary } },
        auth,
      ),
    ).updateStatement;
    expect(payload.userErrors).toEqual([]);

    const report = loadDataset(db);
    expect(report.statements.updated).toBe(0);
    expect(report.statements.keptCorrected).toBe(1);
    expect(describeSummary(report)).toContain('statements 1 kept as an analyst corrected it');

    const after = await read(CURATED);
    expect(after.summary).toBe(summary);
    expect(db.prepare('SELECT origin FROM statements WHERE key = ?').pluck().get(CURATED)).toBe('api');
    expect(after.revisions.map((r: { action: string }) => r.action)).toEqual(['UPDATED']);
    expect(derivedMismatches(db)).toEqual([]);
  });

  it('lets no second statement with the same speaker, date and quote through', async () => {
    const corrected = ok(
      await api.query(
        UPDATE,
        {
          i: {
            id: toGlobalId('Statement', CURATED),
            reason: 'Quote only the last words.',
            quote: 'long-term',
          },
        },
        auth,
      ),
    ).updateStatement;
    expect(corrected.userErrors).toEqual([]);
    // The file's old quote is free again, so an analyst may add it as a statement of its own.
    const added = ok(
      await api.query(
        ADD,
        {
          i: {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date: '2025-05-05',
            quote: 'sensitive and long-term',
            summary: 'Nozdrev called the consequences sensitive and long-term (reload test).',
            stance: 'HOSTILE',
            intensity: -4,
            evidence: {
              sourceKey: 'almayadeen-2025-russia-japan-rift',
              excerpt: 'Nozdrev said, noting that the consequences will be “sensitive and long-term.”',
              viaKey: 'ria-novosti',
            },
          },
        },
        auth,
      ),
    ).addStatement;
    expect(added.userErrors).toEqual([]);

    loadDataset(db);
    const saying = db
      .prepare(
        `SELECT s.key FROM statements s JOIN actors a ON a.id = s.speaker_id
         WHERE a.key = 'nikolay-nozdrev' AND s.date = '2025-05-05' AND s.quote = 'sensitive and long-term'`,
      )
      .pluck()
      .all();
    expect(saying).toEqual([added.statement.key]);
    expect((await read(CURATED)).quote).toBe('long-term');
    expect(derivedMismatches(db)).toEqual([]);
  });
});
