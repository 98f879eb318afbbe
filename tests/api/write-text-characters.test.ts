/**
 * Every write refuses text holding a control character (other than tab and line breaks) or an
 * unbalanced bidirectional embedding, override or isolate, as INVALID_INPUT naming the field,
 * and writes nothing; tabs, line breaks and balanced direction marks are kept. The statement
 * form shows the refusal beside its field.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { placeErrors } from '../../app/desk/form-state';
import { STATEMENT_ERROR_FIELDS, statementInput } from '../../app/desk/statement-input';
import { textCharacterProblem } from '../../graphql/input-text';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Text Tester')).token}` };

const ADD = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id quote summary } userErrors { field message code } } }`;
const UPDATE = `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { summary } userErrors { field message code } } }`;
const SOURCE = `mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field message code } } }`;

let day = 0;
function statement(over: { quote?: string; summary?: string; excerpt?: string }) {
  day += 1;
  const quote = over.quote ?? `Words number ${day}`;
  return {
    speakerKey: 'nikolay-nozdrev',
    targetKeys: ['japan'],
    date: `2025-03-${String(day).padStart(2, '0')}`,
    quote,
    summary: over.summary ?? `A made-up statement for the text test (${day}).`,
    stance: 'CRITICAL',
    intensity: -2,
    evidence: {
      sourceKey: 'almayadeen-2025-russia-japan-rift',
      excerpt: over.excerpt ?? `"${quote}," he said.`,
    },
  };
}

async function add(input: object) {
  return ok(await api.query(ADD, { i: input }, auth)).addStatement;
}

describe('text a write may store', () => {
  it('refuses a control character, naming the field and the character, and writes nothing', async () => {
    const before = await api.contents();
    const bell = await add(
      statement({ quote: 'Ring\u0007 the bell', excerpt: '"Ring\u0007 the bell," he said.' }),
    );
    expect(bell.statement).toBeNull();
    expect(bell.userErrors).toEqual([
      { field: ['input', 'quote'], code: 'INVALID_INPUT', message: expect.stringContaining('U+0007') },
    ]);
    const c1 = await add(statement({ summary: 'A summary with \u0085 in it.' }));
    expect(c1.userErrors).toEqual([
      { field: ['input', 'summary'], code: 'INVALID_INPUT', message: expect.stringContaining('U+0085') },
    ]);
    const excerpt = await add(statement({ quote: 'Escape here', excerpt: '"Escape here," he said.\u001B' }));
    expect(excerpt.userErrors[0].field).toEqual(['input', 'evidence', 'excerpt']);
    // A NUL is refused before the write runs, as in any input (graphql/input-bounds.ts).
    const nul = await api.query(ADD, { i: statement({ excerpt: '"Null here," he said.\u0000' }) }, auth);
    expect(nul.errors?.[0]?.message).toBe(
      'Variable "$i".evidence.excerpt holds a NUL character (U+0000), which no stored text contains',
    );
    expect(await api.contents()).toEqual(before);
  });

  it('refuses an override or isolate left open, or a close with nothing open', async () => {
    const override = await add(statement({ summary: 'Sanctions \u202Eyreve\u202C and \u202Emore' }));
    expect(override.userErrors).toEqual([
      { field: ['input', 'summary'], code: 'INVALID_INPUT', message: expect.stringContaining('U+202E') },
    ]);
    const isolate = await add(statement({ summary: 'Closed \u2069 with nothing open.' }));
    expect(isolate.userErrors[0]).toMatchObject({ field: ['input', 'summary'], code: 'INVALID_INPUT' });
    expect(isolate.userErrors[0].message).toContain('U+2069');
    const crossed = await add(statement({ summary: 'Crossed \u2066a\u202Ab\u2069c\u202C.' }));
    expect(crossed.userErrors[0]).toMatchObject({ field: ['input', 'summary'], code: 'INVALID_INPUT' });
  });

  it('keeps tabs, line breaks (stored as "\\n") and balanced direction marks', async () => {
    const summary = (breakWith: string) =>
      `A list:\n\tfirst${breakWith}\tsecond,${breakWith}and \u2067مرحبا\u2069 in an isolate, \u202Bשלום\u202C embedded.`;
    const kept = await add(statement({ summary: summary('\r\n').replace('second,\r\n', 'second,\r') }));
    expect(kept.userErrors).toEqual([]);
    // "\r\n" and a lone "\r" are stored as "\n": the same text written on another system is the same.
    expect(kept.statement.summary).toBe(summary('\n'));
  });

  it('holds for every write: a correction and a source too', async () => {
    const { statement: held } = await add(statement({}));
    const update = ok(
      await api.query(
        UPDATE,
        { i: { id: held.id, reason: 'Fixing\u001B[31m it.', summary: 'Changed.' } },
        auth,
      ),
    ).updateStatement;
    expect(update.statement).toBeNull();
    expect(update.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'INVALID_INPUT' });
    const source = ok(
      await api.query(SOURCE, { i: { key: 'text-test-source', title: 'Title\u202D', outlet: 'Wire' } }, auth),
    ).addSource;
    expect(source.source).toBeNull();
    expect(source.userErrors[0]).toMatchObject({ field: ['input', 'title'], code: 'INVALID_INPUT' });
  });

  it('is shown beside the statement form’s field', async () => {
    const values = {
      speakerKey: 'nikolay-nozdrev',
      targetKeys: 'japan',
      date: '2025-04-01',
      quote: '',
      summary: 'A summary \u0008 with a backspace.',
      stance: 'CRITICAL',
      intensity: '-2',
      sourceKey: 'almayadeen-2025-russia-japan-rift',
      excerpt: 'Words.',
      note: '',
    };
    const state = placeErrors((await add(statementInput(values))).userErrors, STATEMENT_ERROR_FIELDS, values);
    expect(Object.keys(state.errors)).toEqual(['summary']);
    expect(state.errors.summary).toContain('U+0008');
    expect(state.formError).toBeNull();
  });

  it('names the first character at fault by code point and position', () => {
    expect(textCharacterProblem('ab\u007Fc')).toBe(
      'holds a control character (U+007F) at position 3; only tab and line breaks are allowed',
    );
    expect(textCharacterProblem('plain text, with\ttab')).toBeNull();
  });
});
