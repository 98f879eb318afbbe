/**
 * A correction's or a retraction's reason is bounded as the dataset's long texts are (5,000
 * characters, once trimmed): a longer one is refused as INVALID_INPUT naming input.reason, and
 * nothing is written; one of exactly 5,000 is kept whole.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };

const UPDATE = `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { revisions { reason } } userErrors { field message code } } }`;
const RETRACT = `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { field message code } } }`;

let statementId: string;
const revisionCount = async () => (await api.contents(['revisions'])).counts.revisions;

describe('the reason of a correction or a retraction', () => {
  it('is refused past 5,000 characters, naming input.reason, with nothing written', async () => {
    const added = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } userErrors { message } } }`,
        {
          i: {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date: '2025-11-13',
            summary: 'Nozdrev spoke of the visa rules (reason bound test).',
            stance: 'CRITICAL',
            intensity: -2,
            evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Made up for the test.' },
          },
        },
        auth,
      ),
    ).addStatement;
    expect(added.userErrors).toEqual([]);
    statementId = added.statement.id;
    const long = `  ${'w'.repeat(5_001)}  `;
    const before = await api.contents();
    const revisions = await revisionCount();
    const update = ok(
      await api.query(UPDATE, { i: { id: statementId, reason: long, summary: 'Changed.' } }, auth),
    ).updateStatement;
    const retract = ok(
      await api.query(RETRACT, { i: { id: statementId, reason: long } }, auth),
    ).retractRecord;
    for (const payload of [update, retract]) {
      expect(payload.userErrors).toEqual([
        {
          field: ['input', 'reason'],
          code: 'INVALID_INPUT',
          message: 'must be at most 5000 characters; the reason given has 5001',
        },
      ]);
    }
    expect(await api.contents()).toEqual(before);
    expect(await revisionCount()).toBe(revisions);
  });

  it('keeps a reason of exactly 5,000 characters whole', async () => {
    const reason = 'r'.repeat(5_000);
    const update = ok(
      await api.query(
        UPDATE,
        { i: { id: statementId, reason, summary: 'Changed for the bound test.' } },
        auth,
      ),
    ).updateStatement;
    expect(update.userErrors).toEqual([]);
    expect(update.statement.revisions.at(-1).reason).toBe(reason);
  });
});
