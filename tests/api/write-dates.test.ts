/**
 * Writes through the API refuse a date after today (UTC), naming the field, and an event whose
 * end comes before its start; a partial date that takes in today ("2026" in 2026) is accepted.
 * A refused write changes nothing, so the series keep ending at the records that are held.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { writeDateProblems } from '../../data/ingest/write-dates';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const { token } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
const auth = { authorization: `Bearer ${token}` };
const evidence = { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Dated for the test.' };
const thisYear = new Date().toISOString().slice(0, 4);

const ERRORS = 'userErrors { field message code }';
const ADD_STATEMENT = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } ${ERRORS} } }`;
const ADD_EVENT = `mutation($i: AddEventInput!) { addEvent(input: $i) { event { key } ${ERRORS} } }`;
const ADD_PACKAGE = `mutation($i: AddSanctionPackageInput!) { addSanctionPackage(input: $i) { sanctionPackage { key } ${ERRORS} } }`;
const UPDATE = `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { key } ${ERRORS} } }`;

let made = 0;
const statement = (date: string) => ({
  speakerKey: 'mark-rutte',
  targetKeys: ['russia'],
  date,
  summary: `Rutte spoke of deterrence, dated ${date} (date test ${(made += 1)}).`,
  stance: 'CRITICAL',
  intensity: -2,
  evidence,
});
const event = (date: string, endDate?: string) => ({
  date,
  endDate,
  kind: 'DIPLOMATIC',
  title: 'Talks (date test)',
  summary: 'Talks were held (date test).',
  actorKeys: ['russia', 'japan'],
  evidence,
});
const pkg = (date: string) => ({
  imposerKey: 'japan',
  targetKey: 'russia',
  date,
  title: 'Package (date test)',
  measures: ['asset freeze'],
  evidence,
});

/** Sends a write that must be refused with one user error naming `field`; checks nothing was written. */
async function refused(doc: string, mutation: string, input: Record<string, unknown>, field: string) {
  const before = await api.contents();
  const payload = ok(await api.query(doc, { i: input }, auth))[mutation];
  expect(payload.userErrors).toEqual([
    {
      field: ['input', field],
      message: expect.stringContaining(String(input[field])),
      code: 'INVALID_INPUT',
    },
  ]);
  expect(Object.values(payload).filter((v) => v !== payload.userErrors)).toEqual([null]);
  expect(await api.contents()).toEqual(before);
  return payload.userErrors[0].message as string;
}

describe('a date after today', () => {
  it('is refused by addStatement, naming the date', async () => {
    const message = await refused(ADD_STATEMENT, 'addStatement', statement('2200-12-31'), 'date');
    expect(message).toMatch(/after today/);
  });

  it("is refused by addSanctionPackage, leaving the regime's quarterly series as it was", async () => {
    const SERIES = `{ sanctionRegime(key: "japan-on-russia") { series(period: QUARTER) { period } } }`;
    const quarters = async () => ok(await api.query(SERIES)).sanctionRegime.series.length as number;
    const before = await quarters();
    await refused(ADD_PACKAGE, 'addSanctionPackage', pkg('2200-12'), 'date');
    expect(await quarters()).toBe(before);
  });

  it('is refused by addEvent for the date and for the end date', async () => {
    await refused(ADD_EVENT, 'addEvent', event('2200'), 'date');
    await refused(ADD_EVENT, 'addEvent', event('2025-11-01', '2200-01-01'), 'endDate');
  });

  it('is refused by updateStatement', async () => {
    const id = toGlobalId('Statement', 'nozdrev-long-term-consequences');
    await refused(UPDATE, 'updateStatement', { id, reason: 'Redated.', date: '2200-12-31' }, 'date');
  });
});

describe('dates that are allowed', () => {
  it('a partial date of the current year, which takes in today', async () => {
    const payload = ok(await api.query(ADD_STATEMENT, { i: statement(thisYear) }, auth)).addStatement;
    expect(payload.userErrors).toEqual([]);
    const event2 = ok(await api.query(ADD_EVENT, { i: event('2025-11', '2025-11-30') }, auth)).addEvent;
    expect(event2.userErrors).toEqual([]);
  });
});

describe('an event end date before its date', () => {
  it('is refused naming endDate', async () => {
    const message = await refused(ADD_EVENT, 'addEvent', event('2025-11-10', '2025-11-09'), 'endDate');
    expect(message).toMatch(/before the date "2025-11-10"/);
  });
});

describe('writeDateProblems', () => {
  it('compares partial dates by their first day against the given today', () => {
    expect(writeDateProblems({ date: '2026' }, '2026-03-01')).toEqual([]);
    expect(writeDateProblems({ date: '2026-03' }, '2026-03-01')).toEqual([]);
    expect(writeDateProblems({ date: '2026-03-02' }, '2026-03-01').map((p) => p.field)).toEqual([
      ['input', 'date'],
    ]);
    expect(writeDateProblems({ date: '2027' }, '2026-03-01').map((p) => p.field)).toEqual([
      ['input', 'date'],
    ]);
  });

  it('lets an end date in the same month as a day-precise start through', () => {
    expect(writeDateProblems({ date: '2025-05-10', endDate: '2025-05' }, '2026-01-01')).toEqual([]);
    expect(
      writeDateProblems({ date: '2025-05-10', endDate: '2025-04' }, '2026-01-01').map((p) => p.field),
    ).toEqual([['input', 'endDate']]);
  });
});
