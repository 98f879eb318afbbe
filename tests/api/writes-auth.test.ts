import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const TOKEN = 'test-write-token';
const SOURCE = 'almayadeen-2025-russia-japan-rift';
const evidence = { sourceKey: SOURCE, excerpt: 'Test excerpt.' };

/** One valid input per write: what each would write if the request were allowed. */
const WRITES: [string, string, Record<string, unknown>][] = [
  [
    'addSource',
    'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { field message code } } }',
    { key: 'auth-test-source', title: 'Auth test', outlet: 'Test outlet' },
  ],
  [
    'addStatement',
    'mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { key } userErrors { field message code } } }',
    {
      speakerKey: 'nikolay-nozdrev',
      targetKeys: ['japan'],
      date: '2025-06-01',
      summary: 'Auth test statement.',
      stance: 'HOSTILE',
      intensity: -6,
      evidence,
    },
  ],
  [
    'addEvent',
    'mutation($i: AddEventInput!) { addEvent(input: $i) { event { key } userErrors { field message code } } }',
    {
      date: '2025-06-01',
      kind: 'DIPLOMATIC',
      title: 'Auth test',
      summary: 'Auth test event.',
      actorKeys: ['japan'],
      evidence,
    },
  ],
  [
    'addSanctionPackage',
    `mutation($i: AddSanctionPackageInput!) {
      addSanctionPackage(input: $i) { sanctionPackage { key } userErrors { field message code } }
    }`,
    { imposerKey: 'japan', targetKey: 'russia', date: '2025-06', title: 'Auth test package', evidence },
  ],
];

const RESULT_FIELD: Record<string, string> = {
  addSource: 'source',
  addStatement: 'statement',
  addEvent: 'event',
  addSanctionPackage: 'sanctionPackage',
};

useWriteToken(TOKEN);

async function refused(
  name: string,
  doc: string,
  input: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const before = await api.contents();
  const payload = ok(await api.query(doc, { i: input }, headers))[name];
  expect(payload[RESULT_FIELD[name]!]).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  expect(payload.userErrors[0].field).toBeNull();
  expect(await api.contents()).toEqual(before);
  return payload.userErrors[0];
}

describe('writes need the bearer token', () => {
  it.each(WRITES)('%s without a token: UNAUTHENTICATED, nothing written', async (name, doc, input) => {
    const error = await refused(name, doc, input, {});
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/Authorization: Bearer/);
  });

  it.each(WRITES)('%s with a wrong token: UNAUTHENTICATED, nothing written', async (name, doc, input) => {
    for (const authorization of [
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(1)}`,
      `Basic ${TOKEN}`,
      TOKEN,
      'Bearer ',
    ]) {
      const error = await refused(name, doc, input, { authorization });
      expect(error.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each(WRITES)('%s when the server has no FAULTLINE_WRITE_TOKEN: FORBIDDEN', async (name, doc, input) => {
    delete process.env.FAULTLINE_WRITE_TOKEN;
    const error = await refused(name, doc, input, { authorization: `Bearer ${TOKEN}` });
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/FAULTLINE_WRITE_TOKEN/);
    process.env.FAULTLINE_WRITE_TOKEN = '';
    expect((await refused(name, doc, input, { authorization: 'Bearer ' })).code).toBe('FORBIDDEN');
  });

  it('reads need no token, whether or not writes are enabled', async () => {
    delete process.env.FAULTLINE_WRITE_TOKEN;
    expect(ok(await api.query('{ stats { statements } }')).stats.statements).toBe(12);
    process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
    expect(
      ok(await api.query('{ stats { statements } }', {}, { authorization: 'Bearer wrong' })).stats.statements,
    ).toBe(12);
  });

  it.each(WRITES)('%s with the right token writes (case-insensitive scheme)', async (name, doc, input) => {
    const payload = ok(await api.query(doc, { i: input }, { authorization: `bearer ${TOKEN}` }))[name];
    expect(payload.userErrors).toEqual([]);
    expect(payload[RESULT_FIELD[name]!].key).toEqual(expect.any(String));
  });
});
