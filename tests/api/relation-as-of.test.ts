/**
 * A relation is read on a day that has come: a partial date still running reads today, and a
 * day after today is refused rather than answered with today's index decayed into the future.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dayFromNumber, todayNumber } from '../../data/partial-date';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const api = testServer(freshDatabase().db);
afterAll(() => api.stop());

const RELATION = `query($asOf: PartialDate) { relation(a: "russia", b: "japan", asOf: $asOf) { asOf tension } }`;
const today = dayFromNumber(todayNumber());
const tomorrow = dayFromNumber(todayNumber() + 1);

describe('relation(asOf:)', () => {
  it('reads a year still running on today, and a past year on its last day', async () => {
    expect(ok(await api.query(RELATION, { asOf: today.slice(0, 4) })).relation.asOf).toBe(today);
    expect(ok(await api.query(RELATION, { asOf: today.slice(0, 7) })).relation.asOf).toBe(today);
    expect(ok(await api.query(RELATION, { asOf: '2025' })).relation.asOf).toBe('2025-12-31');
    expect(ok(await api.query(RELATION, {})).relation.asOf).toBe(today);
  });

  it('refuses a day after today, naming the argument', async () => {
    for (const asOf of [tomorrow, String(Number(today.slice(0, 4)) + 1)]) {
      const { data, errors } = await api.query(RELATION, { asOf });
      expect(data?.relation ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/asOf.*after today/);
    }
  });
});
