/**
 * The CAMEO codebook rule holds for analysts' writes as for the dataset files: addStatement
 * and updateStatement refuse a cameoCode the codebook lacks (at input.cameoCode) and an
 * intensity other than the code's Goldstein value (at input.intensity), in the loader's words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const { token } = await addAnalyst(sqliteAccounts(db), 'Codebook Tester');
const auth = { authorization: `Bearer ${token}` };

const ADD = `mutation($i: AddStatementInput!) {
  addStatement(input: $i) { statement { id cameoCode intensity } userErrors { field message code } }
}`;
const UPDATE = `mutation($i: UpdateStatementInput!) {
  updateStatement(input: $i) { statement { id cameoCode intensity } userErrors { field message code } }
}`;

let made = 0;
const statement = (over: Record<string, unknown> = {}) => ({
  speakerKey: 'mark-rutte',
  targetKeys: ['russia'],
  date: '2025-08-04',
  summary: `Rutte condemned the strikes (codebook test ${(made += 1)}).`,
  stance: 'HOSTILE',
  evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Paraphrase for the test.' },
  ...over,
});

async function refusedBy(mutation: string, name: string, input: Record<string, unknown>) {
  const before = await api.contents();
  const payload = ok(await api.query(mutation, { i: input }, auth))[name];
  expect(payload.statement).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  expect(await api.contents()).toEqual(before);
  return payload.userErrors[0];
}

describe('addStatement', () => {
  it('refuses a cameoCode the codebook does not have, at input.cameoCode', async () => {
    const error = await refusedBy(ADD, 'addStatement', statement({ cameoCode: '999', intensity: -5 }));
    expect(error).toEqual({
      field: ['input', 'cameoCode'],
      code: 'INVALID_INPUT',
      message: 'cameoCode "999" is not a CAMEO event code',
    });
  });

  it("refuses an intensity other than the code's Goldstein value, at input.intensity", async () => {
    const error = await refusedBy(ADD, 'addStatement', statement({ cameoCode: '130', intensity: -4 }));
    expect(error.field).toEqual(['input', 'intensity']);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^intensity is -4, but CAMEO 130 \(".+"\) is -4\.4 on the Goldstein scale/);
    // The API takes no intensityReason, so the message does not offer one.
    expect(error.message).toMatch(/use that value, or the code that fits the statement$/);
  });

  it('keeps a code with its own value, and an intensity given without a code', async () => {
    for (const over of [{ cameoCode: '130', intensity: -4.4 }, { intensity: -3 }]) {
      const payload = ok(await api.query(ADD, { i: statement(over) }, auth)).addStatement;
      expect(payload.userErrors).toEqual([]);
    }
  });
});

describe('updateStatement', () => {
  it('refuses a change of code or intensity that leaves them in disagreement', async () => {
    const added = ok(await api.query(ADD, { i: statement({ cameoCode: '130', intensity: -4.4 }) }, auth))
      .addStatement.statement;
    const byIntensity = await refusedBy(UPDATE, 'updateStatement', {
      id: added.id,
      reason: 'r',
      intensity: -9,
    });
    expect(byIntensity).toMatchObject({ field: ['input', 'intensity'], code: 'INVALID_INPUT' });
    const byCode = await refusedBy(UPDATE, 'updateStatement', {
      id: added.id,
      reason: 'r',
      cameoCode: '9999',
    });
    expect(byCode).toMatchObject({
      field: ['input', 'cameoCode'],
      message: 'cameoCode "9999" is not a CAMEO event code',
    });
    const both = ok(
      await api.query(
        UPDATE,
        { i: { id: added.id, reason: 'recoded', cameoCode: '13', intensity: -6 } },
        auth,
      ),
    ).updateStatement;
    expect(both.userErrors).toEqual([]);
    expect(both.statement).toMatchObject({ cameoCode: '13', intensity: -6 });
  });
});
