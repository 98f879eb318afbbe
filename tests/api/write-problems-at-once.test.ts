/**
 * A write with several faults names them all in one answer, unknown keys among them (one
 * problem per field, listing every unknown key), so a form is put right in one pass.
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

const errorsOf = async (mutation: string, type: string, input: Record<string, unknown>): Promise<Loose[]> =>
  ok<Loose>(
    await api.query(
      `mutation($i: ${type}!) { ${mutation}(input: $i) { userErrors { field message code } } }`,
      { i: input },
      auth,
    ),
  )[mutation].userErrors;

const byField = (errors: Loose[]) => Object.fromEntries(errors.map((e) => [e.field.join('.'), e]));

describe('a write with several faults', () => {
  it('names shape faults and every unknown key of a statement together, writing nothing', async () => {
    const before = await api.contents();
    const errors = byField(
      await errorsOf('addStatement', 'AddStatementInput', {
        speakerKey: 'nozdrev-typo',
        targetKeys: ['japan', 'atlantis', 'mordor'],
        date: '2025-12-01',
        quote: 'x'.repeat(6000),
        summary: 'A made-up statement.',
        stance: 'HOSTILE',
        intensity: -15,
        topicKeys: ['no-such-topic'],
        evidence: { sourceKey: 'no-such-source' },
      }),
    );
    expect(errors['input.quote']).toMatchObject({ code: 'INVALID_INPUT' });
    expect(errors['input.intensity']).toMatchObject({ code: 'INVALID_INPUT' });
    expect(errors['input.speakerKey']).toMatchObject({
      code: 'NOT_FOUND',
      message: 'unknown actor key "nozdrev-typo"',
    });
    expect(errors['input.targetKeys']).toMatchObject({
      code: 'NOT_FOUND',
      message: 'unknown actor keys "atlantis", "mordor"',
    });
    expect(errors['input.topicKeys']?.message).toBe('unknown topic key "no-such-topic"');
    expect(errors['input.evidence.sourceKey']?.message).toBe('unknown source key "no-such-source"');
    expect(await api.contents()).toEqual(before);
  });

  it("names an event's unknown actors and a package's unknown parties together", async () => {
    const event = byField(
      await errorsOf('addEvent', 'AddEventInput', {
        date: '2025-12-01',
        kind: 'DIPLOMATIC',
        title: 'A made-up meeting',
        summary: 'Made up.',
        actorKeys: ['russia', 'atlantis'],
        evidence: { sourceKey: 'no-such-source', note: 'Made up for the test.' },
      }),
    );
    expect(Object.keys(event).sort()).toEqual(['input.actorKeys', 'input.evidence.sourceKey']);
    const pkg = byField(
      await errorsOf('addSanctionPackage', 'AddSanctionPackageInput', {
        imposerKey: 'atlantis',
        targetKey: 'mordor',
        date: '2025-12-01',
        title: 'A made-up package',
        evidence: {
          sourceKey: 'almayadeen-2025-russia-japan-rift',
          viaKey: 'nobody',
          note: 'Made up for the test.',
        },
      }),
    );
    expect(Object.keys(pkg).sort()).toEqual(['input.evidence.viaKey', 'input.imposerKey', 'input.targetKey']);
  });

  it("words a package's counts and number for readers, not in the validator's terms", async () => {
    const pkg = byField(
      await errorsOf('addSanctionPackage', 'AddSanctionPackageInput', {
        imposerKey: 'japan',
        targetKey: 'russia',
        date: '2025-12-01',
        title: 'A made-up package',
        ordinal: 0,
        designatedIndividuals: -12,
        evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Made up for the test.' },
      }),
    );
    expect(pkg['input.ordinal']?.message).toBe('must be 1 or more');
    expect(pkg['input.designatedIndividuals']?.message).toBe('must be 0 or more');
  });
});
