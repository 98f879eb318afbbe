/**
 * addEvent refuses a second copy of a live event (same date as written, kind, title as read
 * and set of actors) as DUPLICATE, naming the event held, and writes nothing; any one of those
 * differing makes another event, and a retracted event no longer counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };

const ADD = `mutation($i: AddEventInput!) { addEvent(input: $i) { event { id key } userErrors { field message code } } }`;
const event = (over: Record<string, unknown> = {}) => ({
  date: '2025-12-02',
  kind: 'DIPLOMATIC',
  title: 'Envoys met in Vladivostok',
  summary: 'A made-up meeting (duplicate rule test).',
  actorKeys: ['russia', 'japan'],
  evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Made up for the test.' },
  ...over,
});
const add = async (input: Record<string, unknown>): Promise<Loose> =>
  ok(await api.query(ADD, { i: input }, auth)).addEvent;

describe('addEvent and a second copy of an event', () => {
  let held: Loose;

  it('refuses the same date, kind, title and actors as DUPLICATE, naming the event held', async () => {
    held = (await add(event())).event;
    expect(held.key).toBeTruthy();
    const before = await api.contents();
    const copies = [
      event(),
      // The same title as a reader sees it, and the same actors in another order and twice.
      event({ title: '  envoys MET in\u200b Vladivostok.\n', actorKeys: ['japan', 'russia', 'japan'] }),
    ];
    for (const copy of copies) {
      const payload = await add(copy);
      expect(payload.event).toBeNull();
      expect(payload.userErrors).toHaveLength(1);
      const [problem] = payload.userErrors;
      expect(problem).toMatchObject({ code: 'DUPLICATE', field: ['input', 'title'] });
      expect(problem.message).toContain('the same event is held already');
      expect(problem.message).toContain(`Event id "${toGlobalId('Event', held.key)}", key "${held.key}"`);
    }
    expect(await api.contents()).toEqual(before);
  });

  it('adds an event that differs in any one of them', async () => {
    for (const other of [
      { date: '2025-12-03' },
      { date: '2025-12' },
      { kind: 'MILITARY' },
      { title: 'Envoys met in Khabarovsk' },
      { actorKeys: ['russia'] },
      { actorKeys: ['russia', 'japan', 'china'] },
    ]) {
      const payload = await add(event(other));
      expect(payload.userErrors, JSON.stringify(other)).toEqual([]);
    }
  });

  it('counts only live events: once the first is retracted, its copy can be added', async () => {
    const retracted = ok(
      await api.query(
        `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`,
        { i: { id: held.id, reason: 'Filed twice by mistake.' } },
        auth,
      ),
    ).retractRecord;
    expect(retracted.userErrors).toEqual([]);
    expect((await add(event())).userErrors).toEqual([]);
  });
});
