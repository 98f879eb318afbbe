/**
 * updateStatement: a statement corrected with a reason keeps its history (who added it, who
 * changed which fields and why), passes the same rules as addStatement, and leaves the
 * store's trigger-kept counts equal to a fresh count. A refused correction changes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const { token } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
const auth = { authorization: `Bearer ${token}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

const FIELDS = `id key date stance quote summary intensity targets { key } topics { key } speaker { key }
  evidence { excerpt source { key } } revisions { at by action reason fields }`;
const ADD = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { ${FIELDS} } userErrors { field message code } } }`;
const UPDATE = `mutation($i: UpdateStatementInput!) {
  updateStatement(input: $i) { statement { ${FIELDS} } userErrors { field message code } }
}`;

const add = async (input: Record<string, unknown>) => {
  const payload = ok(await api.query(ADD, { i: input }, auth)).addStatement;
  expect(payload.userErrors).toEqual([]);
  return payload.statement;
};
const update = async (input: Record<string, unknown>, headers: Record<string, string> = auth) =>
  ok(await api.query(UPDATE, { i: input }, headers)).updateStatement;

/** Sends a correction that must be refused with one user error; checks nothing was written. */
async function refused(input: Record<string, unknown>) {
  const before = await api.contents();
  const revisions = (await api.contents(['revisions'])).counts.revisions;
  const payload = await update(input);
  expect(payload.statement).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  expect(await api.contents()).toEqual(before);
  expect((await api.contents(['revisions'])).counts.revisions).toBe(revisions);
  return payload.userErrors[0];
}

const quoteOf = (words: string) => ({
  speakerKey: 'mark-rutte',
  targetKeys: ['russia'],
  date: '2025-07-14',
  quote: words,
  summary: `Rutte said: ${words} (correction test).`,
  stance: 'CRITICAL',
  intensity: -2,
  evidence: { sourceKey: SOURCE, excerpt: `Rutte said: "${words}." Then he left.` },
});

const STANCE_COUNTS = `query($f: StatementFilter) {
  statements(filter: $f) { totalCount }
  statementSeries(filter: $f, period: MONTH) { period total }
}`;

describe('updateStatement', () => {
  it('changes the fields given, keeps the others, and records who changed which fields and why', async () => {
    const added = await add(quoteOf('The door stays open'));
    expect(added.revisions).toEqual([
      expect.objectContaining({ by: 'Mira Sato', action: 'CREATED', reason: null }),
    ]);
    const payload = await update({
      id: added.id,
      reason: 'The source dates it a day later and aims it at Japan too.',
      date: '2025-07-15',
      targetKeys: ['russia', 'japan'],
      stance: 'HOSTILE',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement).toMatchObject({
      id: added.id,
      key: added.key,
      date: '2025-07-15',
      stance: 'HOSTILE',
      quote: 'The door stays open',
      summary: added.summary,
      targets: [{ key: 'russia' }, { key: 'japan' }],
      evidence: added.evidence,
    });
    const [created, updated] = payload.statement.revisions;
    expect(created).toEqual(added.revisions[0]);
    expect(updated).toMatchObject({
      by: 'Mira Sato',
      action: 'UPDATED',
      reason: 'The source dates it a day later and aims it at Japan too.',
      fields: ['targetKeys', 'date', 'stance'],
    });
    expect(Date.parse(updated.at)).toBeGreaterThanOrEqual(Date.parse(created.at));
    expect(await api.derivedMismatches()).toEqual([]);
  });

  it('moves the statement between the counts, series and pair links as its date, stance and targets change', async () => {
    const added = await add(quoteOf('We count every ship'));
    const hostileAtJapan = { stances: ['HOSTILE'], targets: ['japan'], from: '2024-03', to: '2024-03' };
    const before = ok(await api.query(STANCE_COUNTS, { f: hostileAtJapan }));
    expect(before.statements.totalCount).toBe(0);
    // The stance-only series comes from the kept month counts, read once per data version.
    const hostile = { stances: ['HOSTILE'] };
    const hostileBefore = ok(await api.query(STANCE_COUNTS, { f: hostile }));
    const payload = await update({
      id: added.id,
      reason: 'Misdated and misread.',
      date: '2024-03-02',
      stance: 'HOSTILE',
      targetKeys: ['japan'],
    });
    expect(payload.userErrors).toEqual([]);
    const after = ok(await api.query(STANCE_COUNTS, { f: hostileAtJapan }));
    expect(after.statements.totalCount).toBe(1);
    expect(after.statementSeries).toEqual([{ period: '2024-03', total: 1 }]);
    const hostileAfter = ok(await api.query(STANCE_COUNTS, { f: hostile }));
    expect(hostileAfter.statements.totalCount).toBe(hostileBefore.statements.totalCount + 1);
    const total = (series: { total: number }[]) => series.reduce((n, p) => n + p.total, 0);
    expect(total(hostileAfter.statementSeries)).toBe(hostileAfter.statements.totalCount);
    const all = ok(await api.query(STANCE_COUNTS, {}));
    expect(all.statementSeries.reduce((n: number, p: { total: number }) => n + p.total, 0)).toBe(
      all.statements.totalCount,
    );
    expect(await api.derivedMismatches()).toEqual([]);
  });

  it('gives a curated statement its first revision, with no invented CREATED', async () => {
    const id = toGlobalId('Statement', 'nozdrev-unfriendly-course');
    const held = ok(
      await api.query(`{ node(id: "${id}") { ... on Statement { summary revisions { action } } } }`),
    );
    expect(held.node.revisions).toEqual([]);
    const payload = await update({
      id,
      reason: 'Clearer wording.',
      summary: 'Nozdrev said Japan is not ready to give up its unfriendly course toward Russia.',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement.revisions).toMatchObject([
      { action: 'UPDATED', by: 'Mira Sato', fields: ['summary'], reason: 'Clearer wording.' },
    ]);
    // The old words are no longer found; the new ones are.
    const found = async (text: string) =>
      ok(
        await api.query(`query($t: String!) { statements(filter: { text: $t }) { totalCount } }`, {
          t: text,
        }),
      ).statements.totalCount;
    expect(await found('give up its unfriendly course')).toBe(1);
    expect(await api.derivedMismatches()).toEqual([]);
  });

  it('replaces the evidence whole when given, and checks the quote against the new excerpt', async () => {
    const added = await add(quoteOf('Nothing is decided'));
    const error = await refused({
      id: added.id,
      reason: 'New source words.',
      evidence: { sourceKey: SOURCE, excerpt: 'Rutte said the matter was closed.' },
    });
    expect(error).toMatchObject({ code: 'QUOTE_NOT_IN_EXCERPT', field: ['input', 'quote'] });
    const payload = await update({
      id: added.id,
      reason: 'A fuller excerpt.',
      evidence: { sourceKey: SOURCE, excerpt: 'Asked again, Rutte said: "Nothing is decided."' },
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement.evidence.excerpt).toBe('Asked again, Rutte said: "Nothing is decided."');
    expect(payload.statement.revisions.at(-1).fields).toEqual(['evidence']);
    expect(await api.derivedMismatches()).toEqual([]);
  });

  it('refuses a quote that is not in the held excerpt', async () => {
    const added = await add(quoteOf('Talks resume in May'));
    const error = await refused({ id: added.id, reason: 'Requoted.', quote: 'Talks resume in June' });
    expect(error).toMatchObject({ code: 'QUOTE_NOT_IN_EXCERPT', field: ['input', 'quote'] });
  });

  it('refuses to make a statement repeat another one (DUPLICATE, naming it), but not itself', async () => {
    const first = await add(quoteOf('We stand together'));
    const second = await add({ ...quoteOf('We stand together'), date: '2025-07-20' });
    const error = await refused({ id: second.id, reason: 'Redated.', date: '2025-07-14' });
    expect(error.code).toBe('DUPLICATE');
    expect(error.message).toContain(`key "${first.key}"`);
    // Changing only its summary, the statement still says its own quote: that is no duplicate.
    const payload = await update({
      id: first.id,
      reason: 'Tighter summary.',
      summary: 'Rutte stressed unity.',
    });
    expect(payload.userErrors).toEqual([]);
  });

  it('needs a reason: an empty or blank one is refused, naming the field', async () => {
    const added = await add(quoteOf('A reason is owed'));
    // Zero-width spaces and a byte-order mark are invisible: no words, no reason.
    for (const reason of ['', '   \n\t', '\u200b\u200b', '\ufeff\u2060']) {
      const error = await refused({ id: added.id, reason, summary: 'Changed.' });
      expect(error).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'reason'] });
      expect(error.message).toMatch(/reason is required/);
    }
  });

  it('refuses an unknown id, an id of another type, and a change that changes nothing', async () => {
    const unknown = await refused({
      id: toGlobalId('Statement', 'no-such-statement'),
      reason: 'x',
      summary: 'y',
    });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const garbage = await refused({ id: 'not an id', reason: 'x', summary: 'y' });
    expect(garbage).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const event = await refused({
      id: toGlobalId('Event', 'atomic-bombings-1945'),
      reason: 'x',
      summary: 'y',
    });
    expect(event).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'id'] });
    expect(event.message).toMatch(/names an event \("atomic-bombings-1945"\), not a statement/);
    const added = await add(quoteOf('Nothing new here'));
    const nothing = await refused({
      id: added.id,
      reason: 'Same again.',
      stance: 'CRITICAL',
      date: '2025-07-14',
    });
    expect(nothing).toMatchObject({ code: 'INVALID_INPUT', field: ['input'] });
  });

  it('removes a quote or a CAMEO code given as null, and keeps a field the statement must have', async () => {
    const added = await add({ ...quoteOf('The quote goes'), cameoCode: '111' });
    const payload = await update({
      id: added.id,
      reason: 'The words were not his.',
      quote: null,
      cameoCode: null,
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.statement).toMatchObject({ quote: null });
    const held = ok(
      await api.query(`query($id: ID!) { node(id: $id) { ... on Statement { quote cameoCode } } }`, {
        id: added.id,
      }),
    );
    expect(held.node).toEqual({ quote: null, cameoCode: null });
    expect(payload.statement.revisions.at(-1).fields).toEqual(['quote', 'cameoCode']);
    // Null for a field a statement cannot lack changes nothing, so the correction changes nothing.
    expect(await refused({ id: added.id, reason: 'x', summary: null, quote: null })).toMatchObject({
      field: ['input'],
    });
  });

  it('reads a key named twice as named once: repeating a held target changes nothing', async () => {
    const added = await add(quoteOf('Twice is once'));
    const error = await refused({ id: added.id, reason: 'x', targetKeys: ['russia', 'russia'] });
    expect(error.message).toMatch(/changes nothing/);
  });

  it('refuses bad values as addStatement does, naming the input field', async () => {
    const added = await add(quoteOf('Values are checked'));
    expect(await refused({ id: added.id, reason: 'x', intensity: 11 })).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'intensity'],
    });
    expect(await refused({ id: added.id, reason: 'x', speakerKey: 'nobody-at-all' })).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'speakerKey'],
    });
    expect(await refused({ id: added.id, reason: 'x', targetKeys: [] })).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'targetKeys'],
    });
  });

  it('needs an analyst’s token', async () => {
    const added = await add(quoteOf('Tokens matter'));
    const payload = await update({ id: added.id, reason: 'x', summary: 'y' }, {});
    expect(payload.statement).toBeNull();
    expect(payload.userErrors).toMatchObject([{ code: 'UNAUTHENTICATED' }]);
  });
});
