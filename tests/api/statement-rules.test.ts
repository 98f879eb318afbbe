/**
 * No silent duplicates, quotes that hold: addStatement refuses a second copy of the same
 * speaker's words on the same date (DUPLICATE, naming the record held), and a quote that does
 * not occur in its excerpt (QUOTE_NOT_IN_EXCERPT, at input.quote). Neither writes anything.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { quoteInExcerpt } from '../../data/ingest/statement-rules';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const TOKEN = 'statement-rules-token';
useWriteToken(TOKEN);

const SOURCE = 'almayadeen-2025-russia-japan-rift';
const ADD = `mutation($i: AddStatementInput!) {
  addStatement(input: $i) { statement { id key } userErrors { field message code } }
}`;
const add = async (input: Record<string, unknown>) =>
  ok(await api.query(ADD, { i: input }, { authorization: `Bearer ${TOKEN}` })).addStatement;

const base = {
  speakerKey: 'mark-rutte',
  targetKeys: ['russia'],
  date: '2025-07-14',
  summary: 'Rutte said the alliance would keep supporting Ukraine (rules test).',
  stance: 'CRITICAL',
  intensity: -2,
};
const quoted = (quote: string, excerpt: string, over: Record<string, unknown> = {}) => ({
  ...base,
  quote,
  evidence: { sourceKey: SOURCE, excerpt },
  ...over,
});

/** Adds `input`, which must be refused with one user error; returns it, having checked nothing was written. */
async function refused(input: Record<string, unknown>) {
  const before = await api.contents();
  const payload = await add(input);
  expect(payload.statement).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  expect(await api.contents()).toEqual(before);
  return payload.userErrors[0];
}

describe('a statement already held', () => {
  it('sent again is refused as DUPLICATE, naming the record held by id and key', async () => {
    const first = await add(quoted('We will not be intimidated', 'Rutte: "We will not be intimidated."'));
    expect(first.userErrors).toEqual([]);
    const error = await refused(quoted('We will not be intimidated', 'Rutte: "We will not be intimidated."'));
    expect(error.code).toBe('DUPLICATE');
    expect(error.field).toEqual(['input', 'quote']);
    expect(first.statement.id).toBe(toGlobalId('Statement', first.statement.key));
    expect(error.message).toContain(`id "${first.statement.id}"`);
    expect(error.message).toContain(`key "${first.statement.key}"`);
    expect(error.message).toMatch(/mark-rutte on 2025-07-14 with the same quote/);
  });

  it('is caught with other spacing or letter case, and with another summary, stance or target', async () => {
    const error = await refused(
      quoted('we will  not be\nINTIMIDATED', 'Rutte: "we will  not be\nINTIMIDATED."', {
        summary: 'Another wording of the same words.',
        stance: 'HOSTILE',
        targetKeys: ['belarus'],
      }),
    );
    expect(error.code).toBe('DUPLICATE');
  });

  it('from the seed is caught too', async () => {
    const error = await refused({
      ...base,
      speakerKey: 'nikolay-nozdrev',
      targetKeys: ['japan'],
      date: '2025-05-05',
      quote:
        'Japan continues to demonstrate through rhetoric and actions that it is not ready to abandon its unfriendly course',
      evidence: { sourceKey: SOURCE, note: 'Resent from the seed.' },
    });
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toContain('key "nozdrev-unfriendly-course"');
  });

  it('without a quote is matched on its summary', async () => {
    const input = {
      ...base,
      summary: 'Rutte spoke about deterrence (no quote).',
      evidence: { sourceKey: SOURCE, note: 'n' },
    };
    expect((await add(input)).userErrors).toEqual([]);
    const error = await refused({ ...input, evidence: { sourceKey: SOURCE, note: 'another note' } });
    expect(error).toMatchObject({ code: 'DUPLICATE', field: ['input', 'summary'] });
  });

  it('is caught through a trailing full stop, invisible characters and full-width letters', async () => {
    const words = 'Our support for Kyiv is unwavering';
    const over = { date: '2025-07-02' };
    expect((await add(quoted(words, `"${words}," he said.`, over))).userErrors).toEqual([]);
    for (const variant of [
      `${words}.`,
      'Our support for Kyiv is\u200B unwavering',
      'Our sup\u00ADport for Kyiv is unwavering',
      '\u200EOur support for Kyiv is unwavering\u200F',
      'Ｏｕｒ support for Kyiv is unwavering',
    ]) {
      const error = await refused(quoted(variant, `"${variant}" he said.`, over));
      expect(error.code, JSON.stringify(variant)).toBe('DUPLICATE');
    }
    const summary = { ...base, ...over, evidence: { sourceKey: SOURCE, note: 'n' } };
    summary.summary = 'Rutte pledged steady support to Kyiv';
    expect((await add(summary)).userErrors).toEqual([]);
    const error = await refused({ ...summary, summary: 'RUTTE pledged steady sup\u00ADport to Kyiv.' });
    expect(error).toMatchObject({ code: 'DUPLICATE', field: ['input', 'summary'] });
  });

  it('is not matched by genuinely other words or a date at another precision', async () => {
    const over = { date: '2025-07-03' };
    const words = 'Our support for Kyiv is unwavering';
    expect((await add(quoted(words, `"${words}," he said.`, over))).userErrors).toEqual([]);
    const other = 'Our support for Kyiv is wavering';
    expect((await add(quoted(other, `"${other}," he said.`, over))).userErrors).toEqual([]);
    expect((await add(quoted(`${words}.`, `"${words}."`, { date: '2025-07' }))).userErrors).toEqual([]);
  });

  it('is told apart by speaker, by date (as written) and by its words', async () => {
    const words = 'Deterrence holds only when it is credible';
    const excerpt = `He said: "${words}."`;
    for (const over of [{}, { date: '2025-07-15' }, { date: '2025-07' }, { speakerKey: 'nato' }]) {
      expect((await add(quoted(words, excerpt, over))).userErrors).toEqual([]);
    }
    expect((await add(quoted('Deterrence holds', excerpt))).userErrors).toEqual([]);
  });
});

describe('a quote', () => {
  it('not in its excerpt is refused with QUOTE_NOT_IN_EXCERPT at input.quote', async () => {
    const error = await refused(quoted('We will respond in kind', 'Rutte said the alliance would respond.'));
    expect(error).toEqual({
      field: ['input', 'quote'],
      code: 'QUOTE_NOT_IN_EXCERPT',
      message:
        "the quote does not occur in the evidence's excerpt: a quote must be the source's words, verbatim",
    });
  });

  it('must match word for word: a changed word, letter case or punctuation is refused', async () => {
    const excerpt = '"Russia is the most significant threat," he said.';
    for (const quote of [
      'Russia is the most serious threat',
      'russia is the most significant threat',
      'Russia is the most significant threat.',
    ]) {
      expect((await refused(quoted(quote, excerpt))).code).toBe('QUOTE_NOT_IN_EXCERPT');
    }
    expect((await add(quoted('Russia is the most significant threat', excerpt))).userErrors).toEqual([]);
  });

  it('may cross a line break of the excerpt', () => {
    expect(quoteInExcerpt('the most significant threat', 'is the most\n  significant threat,')).toBe(true);
    expect(quoteInExcerpt('the gravest threat', 'is the most significant threat')).toBe(false);
  });

  it('must stand as whole words of the excerpt, not inside longer ones', () => {
    expect(quoteInExcerpt('acceptable to Moscow', 'is unacceptable to Moscow')).toBe(false);
    expect(quoteInExcerpt('possible,', 'it is impossible, he said')).toBe(false);
    expect(quoteInExcerpt('W', 'We will not be intimidated')).toBe(false);
    expect(quoteInExcerpt('the most significant threat', 'is the most significant threats')).toBe(false);
    expect(quoteInExcerpt('significant threat', 'the most significant threat')).toBe(true);
    expect(quoteInExcerpt('acceptable to Moscow', 'unacceptable, and not acceptable to Moscow.')).toBe(true);
    expect(quoteInExcerpt('"possible"', 'it was im"possible" then')).toBe(true);
  });

  it('is found through invisible characters but keeps its letter case', () => {
    expect(quoteInExcerpt('significant threat', 'the most signi\u00ADficant\u200B threat')).toBe(true);
    expect(quoteInExcerpt('\u200Esignificant threat', 'the most significant threat')).toBe(true);
    expect(quoteInExcerpt('Significant threat', 'the most significant threat')).toBe(false);
    expect(quoteInExcerpt('\u200B', 'the most significant threat')).toBe(false);
  });

  it('glued to a longer word of its excerpt is refused through the API', async () => {
    const error = await refused(quoted('acceptable to Moscow', 'The plan is unacceptable to Moscow.'));
    expect(error.code).toBe('QUOTE_NOT_IN_EXCERPT');
  });

  it('given with a note and no excerpt has nothing to be checked against, and is kept', async () => {
    const payload = await add({
      ...base,
      date: '2025-07-20',
      quote: 'A quote the analyst holds from a broadcast',
      evidence: { sourceKey: SOURCE, note: 'Heard on a broadcast; the source has no transcript.' },
    });
    expect(payload.userErrors).toEqual([]);
  });
});
