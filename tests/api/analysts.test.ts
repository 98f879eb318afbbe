/**
 * Named analysts: each write is authorised by one analyst's token (or FAULTLINE_WRITE_TOKEN,
 * which stands for `admin`), and the change log names that analyst and the time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { addAnalyst, AnalystError, listAnalysts, revokeAnalyst, tokenHash } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { recordWrites } from '../../data/store/writes/records';
import { runSync } from '../../data/store/writes/run-sync';
import { revisionLog } from '../../data/store/writes/revisions';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const accounts = sqliteAccounts(db);
const api = testServer(db);
afterAll(() => api.stop());

const ENV_TOKEN = 'analysts-test-env-token';
useWriteToken(ENV_TOKEN);

const ADD_STATEMENT = `mutation($i: AddStatementInput!) {
  addStatement(input: $i) { statement { key } userErrors { field message code } }
}`;
let n = 0;
const statementInput = () => ({
  speakerKey: 'nikolay-nozdrev',
  targetKeys: ['japan'],
  date: '2025-06-02',
  summary: `Analyst test statement ${(n += 1)}.`,
  stance: 'CRITICAL',
  intensity: -3,
  evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Written for the analysts test.' },
});

async function addStatementWith(token: string) {
  return ok(await api.query(ADD_STATEMENT, { i: statementInput() }, { authorization: `Bearer ${token}` }))
    .addStatement;
}

const revisionsOfStatement = (key: string) =>
  revisionLog(db).of('Statement', runSync(db, recordWrites('sqlite').idOf('statements', key))!);

describe('analysts', () => {
  it('get a random 32-byte base64url token, stored only as its SHA-256', async () => {
    const a = await addAnalyst(accounts, 'Token Shape');
    const b = await addAnalyst(accounts, 'Token Shape Two');
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    const stored = db.prepare('SELECT * FROM analysts WHERE name = ?').get('Token Shape') as Record<
      string,
      unknown
    >;
    expect(stored.token_hash).toEqual(tokenHash(a.token));
    expect(JSON.stringify(db.prepare('SELECT * FROM analysts').all())).not.toContain(a.token);
  });

  it('write with their own token, and the change log names them and the time', async () => {
    const { token } = await addAnalyst(accounts, 'Anna Petrova');
    const before = new Date().toISOString();
    const payload = await addStatementWith(token);
    const after = new Date().toISOString();
    expect(payload.userErrors).toEqual([]);
    const [revision, ...more] = revisionsOfStatement(payload.statement.key);
    expect(more).toEqual([]);
    expect(revision).toMatchObject({ by: 'Anna Petrova', action: 'CREATED', reason: null });
    expect(revision!.fields).toEqual(
      expect.arrayContaining([
        'speakerKey',
        'targetKeys',
        'date',
        'summary',
        'stance',
        'intensity',
        'evidence',
      ]),
    );
    expect(revision!.fields).not.toContain('quote');
    expect(revision!.at >= before && revision!.at <= after).toBe(true);
  });

  it('FAULTLINE_WRITE_TOKEN writes as admin', async () => {
    const payload = await addStatementWith(ENV_TOKEN);
    expect(payload.userErrors).toEqual([]);
    expect(revisionsOfStatement(payload.statement.key).map((r) => r.by)).toEqual(['admin']);
  });

  it('write without FAULTLINE_WRITE_TOKEN set; then a wrong token is UNAUTHENTICATED, not FORBIDDEN', async () => {
    delete process.env.FAULTLINE_WRITE_TOKEN;
    const { token } = await addAnalyst(accounts, 'No Env');
    expect((await addStatementWith(token)).userErrors).toEqual([]);
    const refused = await addStatementWith('not-a-token');
    expect(refused.userErrors).toEqual([
      { field: null, code: 'UNAUTHENTICATED', message: 'The bearer token is not a valid write token.' },
    ]);
  });

  it('once revoked, are refused as a wrong token is, and nothing is written', async () => {
    const { token } = await addAnalyst(accounts, 'Soon Gone');
    expect((await addStatementWith(token)).userErrors).toEqual([]);
    await revokeAnalyst(accounts, 'Soon Gone');
    const before = contentFingerprint(db);
    const refused = await addStatementWith(token);
    expect(refused.statement).toBeNull();
    expect(refused.userErrors).toEqual((await addStatementWith('wrong-token')).userErrors);
    expect(refused.userErrors[0].code).toBe('UNAUTHENTICATED');
    expect(contentFingerprint(db)).toEqual(before);
    expect((await listAnalysts(accounts)).find((a) => a.name === 'Soon Gone')?.revokedAt).toEqual(
      expect.any(String),
    );
  });

  it('revoking admin turns FAULTLINE_WRITE_TOKEN off', async () => {
    const { db: own } = freshDatabase();
    const ownApi = testServer(own);
    try {
      await revokeAnalyst(sqliteAccounts(own), 'admin');
      const payload = ok(
        await ownApi.query(ADD_STATEMENT, { i: statementInput() }, { authorization: `Bearer ${ENV_TOKEN}` }),
      ).addStatement;
      expect(payload.userErrors[0].code).toBe('UNAUTHENTICATED');
    } finally {
      await ownApi.stop();
    }
  });

  it('refuse an empty name, a taken name (in any case), and revoking an unknown or revoked one', async () => {
    await addAnalyst(accounts, 'Ivan Sato');
    await expect(addAnalyst(accounts, '')).rejects.toThrow(new AnalystError('an analyst needs a name'));
    await expect(addAnalyst(accounts, '   ')).rejects.toThrow(/needs a name/);
    await expect(addAnalyst(accounts, 'ivan sato')).rejects.toThrow(/the name "Ivan Sato" is taken/);
    await expect(addAnalyst(accounts, 'admin')).rejects.toThrow(/the name "admin" is taken/);
    await expect(addAnalyst(accounts, 'bad\nname')).rejects.toThrow(/not a usable analyst name/);
    await expect(revokeAnalyst(accounts, 'Nobody Here')).rejects.toThrow(/no analyst is named "Nobody Here"/);
    await revokeAnalyst(accounts, 'Ivan Sato');
    await expect(revokeAnalyst(accounts, 'Ivan Sato')).rejects.toThrow(/revoked already/);
  });
});
