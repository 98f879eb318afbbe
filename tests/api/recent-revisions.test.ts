/**
 * recentRevisions: the latest changes to any record by any analyst, newest first, each naming
 * its record (id, type, key, a label) whether the record stands or was retracted; bounded to 100;
 * read by one statement that walks the revisions_recent index and sorts nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { RECENT_REVISIONS_SQL } from '../../data/store/repositories/recent-revisions';
import { toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const mira = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Mira Sato')).token}` };
const ken = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Ken Ito')).token}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

const RECENT = `query($first: Int) { recentRevisions(first: $first) {
  at by action reason fields record { id type key label retracted }
} }`;
const recent = async (first?: number): Promise<Loose[]> =>
  ok(await api.query(RECENT, first === undefined ? {} : { first })).recentRevisions;

async function write(mutation: string, input: Record<string, unknown>, auth: Record<string, string>) {
  const answer = ok(await api.query(mutation, { i: input }, auth));
  const payload = Object.values(answer)[0] as Loose;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

describe('recentRevisions', () => {
  it('is empty while every record is curated', async () => {
    expect(await recent()).toEqual([]);
  });

  let statement: Loose;
  let pkg: Loose;

  it('lists every kind of write by anyone, newest first, each naming its record', async () => {
    const actor = await write(
      `mutation($i: AddActorInput!) { addActor(input: $i) { actor { id key } userErrors { message } } }`,
      { name: 'Testland', kind: 'STATE' },
      mira,
    );
    statement = (
      await write(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id key } userErrors { message } } }`,
        {
          speakerKey: 'nikolay-nozdrev',
          targetKeys: ['japan'],
          date: '2025-11-10',
          summary: 'Nozdrev spoke of the quarry (recent changes test).',
          stance: 'CRITICAL',
          intensity: -2,
          evidence: { sourceKey: SOURCE, note: 'Paraphrase for the test.' },
        },
        ken,
      )
    ).statement;
    await write(
      `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { key } userErrors { message } } }`,
      {
        id: statement.id,
        reason: 'The summary named the wrong place.',
        summary: 'Nozdrev spoke of the harbour.',
      },
      mira,
    );
    pkg = (
      await write(
        `mutation($i: AddSanctionPackageInput!) {
          addSanctionPackage(input: $i) { sanctionPackage { id key } userErrors { message } } }`,
        {
          imposerKey: actor.actor.key,
          targetKey: 'russia',
          date: '2025-12',
          title: 'Testland package one',
          evidence: { sourceKey: SOURCE, note: 'Test note.' },
        },
        ken,
      )
    ).sanctionPackage;

    const list = await recent();
    expect(list.map((r) => [r.action, r.by, r.record.type, r.record.label])).toEqual([
      ['CREATED', 'Ken Ito', 'SanctionPackage', 'Testland package one'],
      ['CREATED', 'Ken Ito', 'SanctionRegime', 'Testland on Russia'],
      ['UPDATED', 'Mira Sato', 'Statement', 'Nikolay Nozdrev: Nozdrev spoke of the harbour.'],
      ['CREATED', 'Ken Ito', 'Statement', 'Nikolay Nozdrev: Nozdrev spoke of the harbour.'],
      ['CREATED', 'Mira Sato', 'Actor', 'Testland'],
    ]);
    expect(list[2]).toMatchObject({
      reason: 'The summary named the wrong place.',
      fields: ['summary'],
      record: { id: statement.id, key: statement.key, retracted: false },
    });
    expect(list[4].record.id).toBe(actor.actor.id);
    expect(list[0].record.id).toBe(pkg.id);
    const times = list.map((r) => r.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('keeps naming a record once it is retracted, its retraction first', async () => {
    await write(
      `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`,
      { id: statement.id, reason: 'The interview was withdrawn.' },
      mira,
    );
    // A new statement may take the retracted one's row id: the list must not name it for the old changes.
    const next = (
      await write(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id key } userErrors { message } } }`,
        {
          speakerKey: 'mark-rutte',
          targetKeys: ['russia'],
          date: '2025-11-11',
          summary: 'Rutte spoke of deterrence (recent changes test).',
          stance: 'CRITICAL',
          intensity: -2,
          evidence: { sourceKey: SOURCE, note: 'Paraphrase for the test.' },
        },
        ken,
      )
    ).statement;
    const list = await recent();
    expect(list[0]).toMatchObject({
      action: 'CREATED',
      record: { id: next.id, label: 'Mark Rutte: Rutte spoke of deterrence (recent changes test).' },
    });
    expect(list[1]).toMatchObject({
      action: 'RETRACTED',
      by: 'Mira Sato',
      reason: 'The interview was withdrawn.',
      record: {
        id: statement.id,
        type: 'Statement',
        label: 'Nikolay Nozdrev: Nozdrev spoke of the harbour.',
        retracted: true,
      },
    });
    const ofRetracted = list.filter((r) => r.record.key === statement.key).map((r) => r.action);
    expect(ofRetracted).toEqual(['RETRACTED', 'UPDATED', 'CREATED']);
    expect(list.filter((r) => r.record.retracted).length).toBe(3);
    const read = ok(
      await api.query(`query($id: ID!) { node(id: $id) { ... on Statement { retracted } } }`, {
        id: list[1].record.id,
      }),
    );
    expect(read.node).toEqual({ retracted: true });
  });

  it('returns the first n, and refuses a size outside 1 to 100', async () => {
    const all = await recent();
    expect(await recent(2)).toEqual(all.slice(0, 2));
    for (const first of [0, 101, -1]) {
      const answer = await api.query(RECENT, { first });
      expect(answer.data?.recentRevisions).toBeUndefined();
      expect(errorText(answer)).toMatch(/first.*between 1 and 100/);
    }
  });

  it('names a retracted package by its title and its id', async () => {
    await write(
      `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { message } } }`,
      { id: pkg.id, reason: 'Filed under the wrong regime.' },
      ken,
    );
    expect((await recent(1))[0]).toMatchObject({
      action: 'RETRACTED',
      record: {
        id: toGlobalId('SanctionPackage', pkg.key),
        label: 'Testland package one',
        retracted: true,
      },
    });
  });
});

describe('the statement behind it', () => {
  it('walks the revisions_recent index newest first and reaches every record by its primary key', () => {
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${RECENT_REVISIONS_SQL}`).all(20) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan[0]).toBe('SCAN r USING INDEX revisions_recent');
    expect(plan.some((d) => /TEMP B-TREE/.test(d))).toBe(false);
    for (const detail of plan.slice(1).filter((d) => !/SCALAR SUBQUERY/.test(d)))
      expect(detail).toMatch(/^SEARCH \w+ USING INTEGER PRIMARY KEY/);
  });
});
