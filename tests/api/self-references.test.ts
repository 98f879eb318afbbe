/**
 * A record may not refer to itself where the reference means another party: an actor affiliated
 * to itself, a sanctions package imposed by its target, a statement aimed at its own speaker
 * (added or corrected). Each is refused as INVALID_INPUT naming the field, and writes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

/** Sends a write that must be refused with one INVALID_INPUT at `field`; checks nothing changed. */
async function refusedAt(mutation: string, input: Record<string, unknown>, field: string[]): Promise<string> {
  const before = await api.contents();
  const answer = ok(await api.query(mutation, { i: input }, auth));
  const payload = Object.values(answer)[0] as Loose;
  expect(payload.userErrors).toHaveLength(1);
  expect(payload.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field });
  expect(await api.contents()).toEqual(before);
  return payload.userErrors[0].message;
}

const ADD_ACTOR = `mutation($i: AddActorInput!) { addActor(input: $i) { actor { key } userErrors { field message code } } }`;
const ADD_PACKAGE = `mutation($i: AddSanctionPackageInput!) {
  addSanctionPackage(input: $i) { sanctionPackage { key } userErrors { field message code } } }`;
const ADD_STATEMENT = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } userErrors { field message code } } }`;
const UPDATE_STATEMENT = `mutation($i: UpdateStatementInput!) {
  updateStatement(input: $i) { statement { id } userErrors { field message code } } }`;

const statement = (over: Record<string, unknown> = {}) => ({
  speakerKey: 'nikolay-nozdrev',
  targetKeys: ['japan'],
  date: '2025-11-12',
  summary: 'Nozdrev spoke of the fishing quotas (self-reference test).',
  stance: 'CRITICAL',
  intensity: -2,
  evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
  ...over,
});

describe('self-references', () => {
  it('refuses an actor affiliated to itself, by the key given or the key made from its name', async () => {
    expect(
      await refusedAt(
        ADD_ACTOR,
        { key: 'sato-office', name: 'Sato Office', kind: 'ORGANIZATION', affiliationKey: 'sato-office' },
        ['input', 'affiliationKey'],
      ),
    ).toMatch(/cannot be affiliated to itself \("sato-office"\)/);
    await refusedAt(ADD_ACTOR, { name: 'Andrei Testov', kind: 'PERSON', affiliationKey: 'andrei-testov' }, [
      'input',
      'affiliationKey',
    ]);
    const added = ok(
      await api.query(
        ADD_ACTOR,
        { i: { name: 'Andrei Testov', kind: 'PERSON', affiliationKey: 'russia' } },
        auth,
      ),
    ).addActor;
    expect(added).toEqual({ actor: { key: 'andrei-testov' }, userErrors: [] });
  });

  it('refuses a sanctions package whose imposer is its target', async () => {
    const message = await refusedAt(
      ADD_PACKAGE,
      {
        imposerKey: 'japan',
        targetKey: 'japan',
        date: '2025-12',
        title: 'A package on itself',
        evidence: { sourceKey: SOURCE, note: 'Made up for the test.' },
      },
      ['input', 'targetKey'],
    );
    expect(message).toMatch(/the target is the imposer \("japan"\)/);
  });

  it('refuses a statement whose targets include its speaker, added or corrected', async () => {
    const message = await refusedAt(ADD_STATEMENT, statement({ targetKeys: ['japan', 'nikolay-nozdrev'] }), [
      'input',
      'targetKeys',
    ]);
    expect(message).toMatch(/the targets include the speaker "nikolay-nozdrev"/);
    const added = ok(await api.query(ADD_STATEMENT, { i: statement() }, auth)).addStatement;
    expect(added.userErrors).toEqual([]);
    await refusedAt(
      UPDATE_STATEMENT,
      { id: added.statement.id, reason: 'Aimed at the wrong party.', targetKeys: ['nikolay-nozdrev'] },
      ['input', 'targetKeys'],
    );
    // Changing the speaker to one of the targets is the same self-reference.
    await refusedAt(
      UPDATE_STATEMENT,
      { id: added.statement.id, reason: 'The wrong speaker.', speakerKey: 'japan' },
      ['input', 'targetKeys'],
    );
  });
});
