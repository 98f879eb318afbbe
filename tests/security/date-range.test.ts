/**
 * Dates outside 1800..2200 never reach a period walk: a far-future `to` once made the tension
 * timeline loop for ever (it built "10000-01-01", read it back as year 1000 and started over).
 * Every way such a date can come in is refused, naming where it came in, and a row stored
 * before the range existed still gives bounded answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PERIOD_STEPS } from '../../data/period';
import { noteWrite } from '../../data/store/version';
import { freshDatabase } from '../helpers/db';
import type { Loose } from '../helpers/graphql';
import { startGraphQLServer, type GraphQLHttpServer } from '../helpers/http-server';
import { expectStillAnswering } from '../helpers/liveness';

const { db } = freshDatabase();
let api: GraphQLHttpServer;
const TOKEN = 'date-range-token';
const savedToken = process.env.FAULTLINE_WRITE_TOKEN;

beforeAll(async () => {
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  api = await startGraphQLServer(db, { writeRate: '10000/min' });
});
afterAll(async () => {
  await api.close();
  if (savedToken === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
  else process.env.FAULTLINE_WRITE_TOKEN = savedToken;
});

async function answer(res: Response): Promise<{ status: number; body: Loose }> {
  return { status: res.status, body: await res.json() };
}

const timelineTo =
  'query($to: PartialDate) { relation(a: "russia", b: "japan") { timeline(to: $to) { period } } }';

describe('far dates in arguments', () => {
  it.each(['9999', '9998', '2201', '1000'])('timeline(to: "%s") is refused before running', async (to) => {
    const { status, body } = await answer(await api.post({ query: timelineTo, variables: { to } }));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/\$to.*outside 1800 to 2200/);
    await expectStillAnswering(api.url);
  });

  it('as a literal, timeline(from: "0000") is refused as invalid, not an internal error', async () => {
    const query = '{ relation(a: "russia", b: "japan") { timeline(from: "0000") { period } } }';
    const { status, body } = await answer(await api.post({ query }));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/"0000": year 0 is outside 1800 to 2200/);
    await expectStillAnswering(api.url);
  });

  it('a filter date out of range names its argument', async () => {
    const query = 'query($f: PartialDate) { statements(filter: { from: $f }) { totalCount } }';
    const { status, body } = await answer(await api.post({ query, variables: { f: '1799-12' } }));
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/"\$f".*outside 1800 to 2200/);
    await expectStillAnswering(api.url);
  });

  it('the widest timeline the range allows is bounded', async () => {
    const query =
      '{ relation(a: "russia", b: "japan") { timeline(period: YEAR, from: "1800", to: "2200") { period } } }';
    const { status, body } = await answer(await api.post({ query }));
    expect(status).toBe(200);
    expect(body.data.relation.timeline).toHaveLength(401);
    await expectStillAnswering(api.url);
  });
});

describe('far dates in writes', () => {
  const addPackage = `mutation($i: AddSanctionPackageInput!) {
    addSanctionPackage(input: $i) { sanctionPackage { key } userErrors { field message } }
  }`;

  it('a package dated 9999-12 is refused, naming the input field, and nothing is written', async () => {
    const before = db.prepare('SELECT count(*) AS n FROM sanction_packages').get();
    const input = {
      imposerKey: 'japan',
      targetKey: 'russia',
      date: '9999-12',
      title: 'Far future',
      evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift' },
    };
    const { status, body } = await answer(
      await api.post({ query: addPackage, variables: { i: input } }, { authorization: `Bearer ${TOKEN}` }),
    );
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/at "i\.date".*outside 1800 to 2200/);
    expect(db.prepare('SELECT count(*) AS n FROM sanction_packages').get()).toEqual(before);
    await expectStillAnswering(api.url);
  });
});

describe('a row stored before dates had a range', () => {
  it("keeps the pair's default timeline inside the range", async () => {
    // As an older version could have written it: a Japan–Russia package in December 9999.
    db.prepare(
      `UPDATE sanction_packages SET date = '9999-12', date_start = '9999-12-01', date_end = '9999-12-31'
       WHERE id = (SELECT max(p.id) FROM sanction_packages p JOIN sanction_regimes r ON r.id = p.regime_id
                   WHERE r.imposer_id = (SELECT id FROM actors WHERE key = 'japan'))`,
    ).run();
    noteWrite(db);
    const query = '{ relation(a: "russia", b: "japan") { asOf timeline { period } } }';
    const { status, body } = await answer(await api.post({ query }));
    expect(status).toBe(200);
    const points = body.data.relation.timeline as { period: string }[];
    expect(points.length).toBeLessThanOrEqual(MAX_PERIOD_STEPS);
    await expectStillAnswering(api.url);
  });
});
