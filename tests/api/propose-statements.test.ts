/**
 * proposeStatements through the API: a write token is needed, the source must exist, the text
 * is bounded, each proposal's speaker and targets are actors read from the store (an actor added
 * a moment before is matched), and nothing is written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { MAX_INTAKE_TEXT_LENGTH } from '../../data/intake/propose';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const TOKEN = 'propose-token';
useWriteToken(TOKEN);

// A made-up wire story; the source (published 2025-04-09 in the seed) gives the dateline its year.
const SOURCE = 'jiji-2025040900009';
const TEXT = `TOKYO, April 8 (Wire) - Deputy Foreign Minister Andrei Rudenko said Russia would answer Japan's new sanctions. "Tokyo has chosen an unfriendly course and will face consequences," Rudenko said.
“We remain open to dialogue,” the diplomat added, "if NATO stays out of it."`;

const PROPOSE = `mutation($i: ProposeStatementsInput!) {
  proposeStatements(input: $i) {
    proposals { speakerName speaker { key name } quote offset date targets { key } stance }
    userErrors { field message code }
  }
}`;
const propose = async (input: Record<string, unknown>, headers = { authorization: `Bearer ${TOKEN}` }) =>
  ok(await api.query(PROPOSE, { i: input }, headers)).proposeStatements;

describe('proposeStatements', () => {
  it('needs a write token', async () => {
    const payload = await propose({ sourceKey: SOURCE, text: TEXT }, { authorization: '' });
    expect(payload).toEqual({
      proposals: [],
      userErrors: [expect.objectContaining({ field: null, code: 'UNAUTHENTICATED' })],
    });
  });

  it('refuses an unknown source, an empty text and a text over its bound, naming the field', async () => {
    expect((await propose({ sourceKey: 'no-such-source', text: TEXT })).userErrors).toEqual([
      { field: ['input', 'sourceKey'], code: 'NOT_FOUND', message: 'no source has the key "no-such-source"' },
    ]);
    expect((await propose({ sourceKey: SOURCE, text: ' \n ' })).userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'text'], code: 'INVALID_INPUT' }),
    ]);
    const long = await propose({ sourceKey: SOURCE, text: 'x'.repeat(MAX_INTAKE_TEXT_LENGTH + 1) });
    expect(long.proposals).toEqual([]);
    expect(long.userErrors).toEqual([
      {
        field: ['input', 'text'],
        code: 'INVALID_INPUT',
        message: `the text is ${MAX_INTAKE_TEXT_LENGTH + 1} characters long; the intake reads at most ${MAX_INTAKE_TEXT_LENGTH}: paste it in parts`,
      },
    ]);
  });

  it('reads a text as long as its bound', async () => {
    const quote = '“This text is long but allowed,” Rudenko said. ';
    const text = quote.padEnd(MAX_INTAKE_TEXT_LENGTH, ' filler');
    const payload = await propose({ sourceKey: SOURCE, text });
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposals.map((p: { quote: string }) => p.quote)).toEqual([
      'This text is long but allowed',
    ]);
  });

  it('proposes the quotes with their speaker name, no actor when none matches, and writes nothing', async () => {
    const before = await api.contents();
    const payload = await propose({ sourceKey: SOURCE, text: TEXT });
    expect(await api.contents()).toEqual(before);
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposals).toEqual([
      {
        speakerName: 'Deputy Foreign Minister Andrei Rudenko',
        speaker: null,
        quote: 'Tokyo has chosen an unfriendly course and will face consequences',
        offset: TEXT.indexOf('Tokyo has'),
        date: '2025-04-08',
        targets: [{ key: 'japan' }, { key: 'russia' }, { key: 'nato' }],
        stance: 'HOSTILE',
      },
      expect.objectContaining({ quote: 'We remain open to dialogue', stance: 'CONCILIATORY' }),
      expect.objectContaining({ quote: 'if NATO stays out of it.' }),
    ]);
    for (const p of payload.proposals) expect(TEXT.slice(p.offset, p.offset + p.quote.length)).toBe(p.quote);
  });

  it('matches an actor added a moment before, and leaves the side the speaker speaks for out of the targets', async () => {
    const added = ok(
      await api.query(
        `mutation { addActor(input: { name: "Andrei Rudenko", kind: PERSON, affiliationKey: "russia" }) { actor { key } userErrors { message } } }`,
        {},
        { authorization: `Bearer ${TOKEN}` },
      ),
    ).addActor;
    expect(added.userErrors).toEqual([]);
    const payload = await propose({ sourceKey: SOURCE, text: TEXT });
    expect(payload.proposals.map((p: { speaker: unknown }) => p.speaker)).toEqual(
      Array(3).fill({ key: 'andrei-rudenko', name: 'Andrei Rudenko' }),
    );
    expect(payload.proposals[0].targets).toEqual([{ key: 'japan' }, { key: 'nato' }]);
  });
});
