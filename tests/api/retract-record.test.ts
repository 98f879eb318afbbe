/**
 * retractRecord: a retracted statement, event or sanctions package leaves every list, count,
 * series, search, export and the tension index (the dashboard reads exactly as it did before the
 * record existed), stays readable by node(id) with its links, evidence and history, and can be
 * neither changed nor retracted again. The trigger-kept tables match a fresh count throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { seedDatabase } from '../../data/ingest/seed';
import { toGlobalId } from '../../graphql/ids';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';
import { derivedMismatches } from '../helpers/recount';

const { db, file } = freshDatabase();
const api = testServer(db);
const { token } = await addAnalyst(sqliteAccounts(db), 'Mira Sato');
const auth = { authorization: `Bearer ${token}` };
const SOURCE = 'almayadeen-2025-russia-japan-rift';

let GET: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
beforeAll(async () => {
  // The export route reads the app's database, as `next start` runs it.
  process.env.FAULTLINE_DB = file;
  ({ GET } = await import('../../app/api/export/[file]/route'));
});
afterAll(() => api.stop());

async function exported(name: 'statements' | 'events', query = ''): Promise<string[]> {
  const response = await GET(new Request(`http://localhost/api/export/${name}.json?${query}`), {
    params: Promise.resolve({ file: `${name}.json` }),
  });
  expect(response.status).toBe(200);
  const document = (await response.json()) as { count: number; records: { key: string }[] };
  expect(document.records).toHaveLength(document.count);
  return document.records.map((r) => r.key).sort();
}

/** Everything the dashboard shows that a record can move. */
const DASHBOARD = `query($word: String!) {
  stats { statements events sanctionPackages }
  statements(first: 100) { totalCount edges { node { key } } }
  nozdrev: statements(filter: { speakers: ["nikolay-nozdrev"], targets: ["japan"] }) { totalCount }
  statementSeries(period: MONTH) { period total byStance { stance count } }
  events(first: 100) { totalCount edges { node { key } } }
  search(text: $word, first: 100) { __typename ... on Statement { key } ... on Event { key } }
  network(first: 100) { a { key } b { key } records hostileRecords tension }
  relation(a: "russia", b: "japan") {
    tension pressure recordCount
    coverage { records acts sources speakers latest sufficient }
    timeline(period: MONTH) { period tension }
    drivers(first: 100) { weight record { __typename ... on Statement { key } ... on Event { key } } }
  }
  sanctionRegime(key: "japan-on-russia") { packages { key } series(period: QUARTER) { period packages } }
}`;

const dashboard = async (word: string) => {
  const data: Loose = ok(await api.query(DASHBOARD, { word }));
  return { ...data, statementExport: await exported('statements'), eventExport: await exported('events') };
};

const RETRACT = `mutation($i: RetractRecordInput!) { retractRecord(input: $i) { id userErrors { field message code } } }`;
const retract = async (input: Record<string, unknown>) =>
  ok(await api.query(RETRACT, { i: input }, auth)).retractRecord;

/** Sends a retraction that must be refused with one user error; checks nothing was written. */
async function refused(input: Record<string, unknown>) {
  const before = contentFingerprint(db);
  const kept = db.prepare('SELECT count(*) FROM retracted_records').pluck().get();
  const payload = await retract(input);
  expect(payload.id).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  expect(contentFingerprint(db)).toEqual(before);
  expect(db.prepare('SELECT count(*) FROM retracted_records').pluck().get()).toBe(kept);
  return payload.userErrors[0];
}

const NODE = `query($id: ID!) { node(id: $id) {
  ... on Statement { key retracted quote date stance speaker { key } targets { key } topics { key }
    evidence { excerpt source { key } via { key } } revisions { at by action reason fields } }
  ... on Event { key retracted title actors { key } measurements { label } evidenceList: evidence { excerpt }
    revisions { by action reason } }
  ... on SanctionPackage { key retracted title regime { key } claims { metric } evidenceList: evidence { excerpt }
    revisions { by action reason } }
} }`;
const node = async (id: string) => ok(await api.query(NODE, { id })).node;

describe('retracting a statement added through the API', () => {
  const WORD = 'zephyrine';
  let added: Loose;
  let before: Loose;

  it('takes it out of every list, count, series, search, export and the tension index', async () => {
    before = await dashboard(WORD);
    const payload = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id key } userErrors { message } } }`,
        {
          i: {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date: '2025-11-10',
            quote: `The ${WORD} course is a threat`,
            summary: `Nozdrev called the ${WORD} course a threat (retraction test).`,
            stance: 'HOSTILE',
            intensity: -4.4,
            cameoCode: '130',
            topicKeys: ['bilateral-relations'],
            evidence: {
              sourceKey: SOURCE,
              excerpt: `He said: "The ${WORD} course is a threat."`,
              viaKey: 'ria-novosti',
            },
          },
        },
        auth,
      ),
    ).addStatement;
    expect(payload.userErrors).toEqual([]);
    added = payload.statement;
    const during = await dashboard(WORD);
    // The record moved each of them, so seeing them back as before is evidence it left.
    expect(during.stats.statements).toBe(before.stats.statements + 1);
    expect(during.statements.totalCount).toBe(before.statements.totalCount + 1);
    expect(during.nozdrev.totalCount).toBe(before.nozdrev.totalCount + 1);
    expect(during.search.map((r: Loose) => r.key)).toEqual([added.key]);
    expect(during.statementExport).toContain(added.key);
    expect(during.relation.recordCount).toBe(before.relation.recordCount + 1);
    expect(during.relation.tension).not.toBe(before.relation.tension);
    expect(during.network).not.toEqual(before.network);
    expect(during.relation.drivers.map((d: Loose) => d.record.key)).toContain(added.key);

    const retracted = await retract({ id: added.id, reason: 'RIA Novosti withdrew the interview.' });
    expect(retracted).toEqual({ id: added.id, userErrors: [] });
    expect(await dashboard(WORD)).toEqual(before);
    expect(derivedMismatches(db)).toEqual([]);
  });

  it('stays readable by node(id), marked retracted, with its links, evidence and history', async () => {
    const read = await node(added.id);
    expect(read).toMatchObject({
      key: added.key,
      retracted: true,
      quote: 'The zephyrine course is a threat',
      date: '2025-11-10',
      stance: 'HOSTILE',
      speaker: { key: 'nikolay-nozdrev' },
      targets: [{ key: 'japan' }],
      topics: [{ key: 'bilateral-relations' }],
      evidence: {
        excerpt: 'He said: "The zephyrine course is a threat."',
        source: { key: SOURCE },
        via: { key: 'ria-novosti' },
      },
    });
    expect(read.revisions).toMatchObject([
      { by: 'Mira Sato', action: 'CREATED', reason: null },
      { by: 'Mira Sato', action: 'RETRACTED', reason: 'RIA Novosti withdrew the interview.', fields: [] },
    ]);
  });

  it('cannot be retracted again or corrected', async () => {
    const again = await refused({ id: added.id, reason: 'Twice.' });
    expect(again).toMatchObject({ code: 'CONFLICT', field: ['input', 'id'] });
    expect(again.message).toMatch(/was retracted on \d{4}-\d\d-\d\d \d\d:\d\d UTC by Mira Sato/);
    const update = ok(
      await api.query(
        `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { statement { key } userErrors { field code } } }`,
        { i: { id: added.id, reason: 'Fix.', summary: 'Changed.' } },
        auth,
      ),
    ).updateStatement;
    expect(update).toEqual({ statement: null, userErrors: [{ field: ['input', 'id'], code: 'CONFLICT' }] });
  });

  it('keeps its history apart from a record that later gets the same row id', async () => {
    const next = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id key revisions { action } } userErrors { message } } }`,
        {
          i: {
            speakerKey: 'mark-rutte',
            targetKeys: ['russia'],
            date: '2025-11-11',
            summary: 'Rutte spoke of deterrence (retraction test).',
            stance: 'CRITICAL',
            intensity: -2,
            evidence: { sourceKey: SOURCE, note: 'Paraphrase for the test.' },
          },
        },
        auth,
      ),
    ).addStatement;
    // SQLite handed the new statement the retracted one's row id: the case this guards.
    const rowIdOf = (sql: string, key: string) => db.prepare(sql).pluck().get(key);
    expect(rowIdOf('SELECT id FROM statements WHERE key = ?', next.statement.key)).toBe(
      rowIdOf(
        `SELECT r.record_id FROM revisions r JOIN retracted_records rr ON rr.id = r.retracted_id
         WHERE rr.key = ? AND r.action = 'CREATED'`,
        added.key,
      ),
    );
    expect(next.statement.revisions).toEqual([{ action: 'CREATED' }]);
    expect((await node(added.id)).revisions.map((r: Loose) => r.action)).toEqual(['CREATED', 'RETRACTED']);
  });
});

describe('retracting curated records', () => {
  it('takes an event out of the lists, counts, search, export and the index, keeping it for node(id)', async () => {
    const before = await dashboard('flights');
    const id = toGlobalId('Event', 'direct-flights-suspended');
    expect(before.eventExport).toContain('direct-flights-suspended');
    expect(await retract({ id, reason: 'Duplicated by a fuller record.' })).toEqual({ id, userErrors: [] });
    const after = await dashboard('flights');
    expect(after.stats.events).toBe(before.stats.events - 1);
    expect(after.events.totalCount).toBe(before.events.totalCount - 1);
    expect(after.events.edges.map((e: Loose) => e.node.key)).not.toContain('direct-flights-suspended');
    expect(after.eventExport).not.toContain('direct-flights-suspended');
    expect(after.search.map((r: Loose) => r.key)).not.toContain('direct-flights-suspended');
    expect(before.relation.drivers.map((d: Loose) => d.record.key)).toContain('direct-flights-suspended');
    expect(after.relation.drivers.map((d: Loose) => d.record.key)).not.toContain('direct-flights-suspended');
    expect(after.relation.recordCount).toBe(before.relation.recordCount - 1);
    expect(await node(id)).toMatchObject({
      key: 'direct-flights-suspended',
      retracted: true,
      actors: [{ key: 'russia' }, { key: 'japan' }],
      revisions: [{ by: 'Mira Sato', action: 'RETRACTED', reason: 'Duplicated by a fuller record.' }],
    });
    expect((await node(id)).evidenceList.length).toBeGreaterThan(0);
    expect(derivedMismatches(db)).toEqual([]);
  });

  it('takes a sanctions package out of its regime, the counts and the series, keeping its claims for node(id)', async () => {
    const key = db
      .prepare(
        'SELECT p.key FROM sanction_packages p WHERE EXISTS (SELECT 1 FROM package_figures f WHERE f.package_id = p.id) ORDER BY p.id LIMIT 1',
      )
      .pluck()
      .get() as string;
    const before = await dashboard('sanctions');
    const id = toGlobalId('SanctionPackage', key);
    const claims = (await node(id)).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect((await retract({ id, reason: 'Listed twice.' })).userErrors).toEqual([]);
    const after = await dashboard('sanctions');
    expect(after.stats.sanctionPackages).toBe(before.stats.sanctionPackages - 1);
    expect(after.sanctionRegime.packages.map((p: Loose) => p.key)).not.toContain(key);
    const total = (d: Loose) => d.sanctionRegime.series.reduce((n: number, p: Loose) => n + p.packages, 0);
    expect(total(after)).toBe(total(before) - 1);
    expect(await node(id)).toMatchObject({
      key,
      retracted: true,
      claims,
      regime: { key: 'japan-on-russia' },
    });
  });

  it('keeps them retracted when the dataset is loaded again', async () => {
    seedDatabase(db);
    const read = ok(await api.query(`{ stats { events } events(first: 100) { edges { node { key } } } }`));
    expect(read.events.edges.map((e: Loose) => e.node.key)).not.toContain('direct-flights-suspended');
    expect((await node(toGlobalId('Event', 'direct-flights-suspended'))).retracted).toBe(true);
    expect(derivedMismatches(db)).toEqual([]);
  });
});

describe('retractRecord refuses', () => {
  it('an empty or blank reason, naming the field', async () => {
    const id = toGlobalId('Statement', 'nozdrev-unfriendly-course');
    for (const reason of ['', '  \n']) {
      expect(await refused({ id, reason })).toMatchObject({
        code: 'INVALID_INPUT',
        field: ['input', 'reason'],
      });
    }
  });

  it('an unknown id, and a record of a type that cannot be retracted', async () => {
    expect(await refused({ id: toGlobalId('Statement', 'no-such-thing'), reason: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'id'],
    });
    expect(await refused({ id: '%%%', reason: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'id'],
    });
    const actor = await refused({ id: toGlobalId('Actor', 'japan'), reason: 'x' });
    expect(actor).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'id'] });
    expect(actor.message).toMatch(/only statements, events and sanctions packages can be retracted/);
  });

  it('a request without an analyst’s token', async () => {
    const payload = ok(
      await api.query(RETRACT, {
        i: { id: toGlobalId('Statement', 'nozdrev-unfriendly-course'), reason: 'x' },
      }),
    ).retractRecord;
    expect(payload).toMatchObject({ id: null, userErrors: [{ code: 'UNAUTHENTICATED' }] });
  });
});
