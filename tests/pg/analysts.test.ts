/**
 * Analysts, their tokens and the desk's sessions on PostgreSQL answer as on SQLite: the same
 * steps, taken on a seeded database of each engine, give the same results. Tokens and session
 * ids are random and the times of creating and revoking are the clock's: those are compared by
 * their shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst, authenticate, listAnalysts, revokeAnalyst, tokenHash } from '../../data/ingest/analysts';
import {
  closeDeskSession,
  DESK_SESSIONS_PER_ANALYST,
  deskSessionState,
  EXPIRED_SWEEP_BATCH,
  openDeskSession,
  type SignIn,
} from '../../data/ingest/desk-sessions';
import { loadDatasetToPostgres } from '../../data/ingest/load-dataset';
import { sqliteAccounts, type Accounts } from '../../data/store/accounts';
import { createDeskSession } from '../../data/store/desk-sessions';
import type { Db } from '../../data/store/open';
import { postgresAccounts } from '../../data/store/pg/accounts';
import { freshDatabase } from '../helpers/db';
import { migratedSchema } from './migrated-schema';

const ENV_TOKEN = 'analysts-parity-environment-token';
const WORKDAY = new Date('2030-01-07T08:00:00.000Z');
const minutesIn = (minutes: number) => new Date(WORKDAY.getTime() + minutes * 60_000);

/** An error's message, or the value it would have been. */
async function outcome(action: () => Promise<unknown>): Promise<unknown> {
  try {
    return await action();
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

function sessionOf(signIn: SignIn): string {
  if (!('sessionId' in signIn)) throw new Error(`expected a session, got ${JSON.stringify(signIn)}`);
  return signIn.sessionId;
}

const sessionCount = async ({ sql }: Accounts, condition = 'TRUE', params: unknown[] = []) =>
  Number(await sql.value(`SELECT count(*) FROM desk_sessions WHERE ${condition}`, params));

/** The steps, each result under its name; tokens and session ids stay in the closure. */
async function sequence(accounts: Accounts): Promise<Record<string, unknown>> {
  const seen: Record<string, unknown> = {};
  const mira = await addAnalyst(accounts, 'Mira Sato');
  seen.added = { ...mira.analyst, tokenLength: Buffer.from(mira.token, 'base64url').length };
  seen.addedAgainInAnotherCase = await outcome(() => addAnalyst(accounts, 'MIRA sato'));
  const ken = await addAnalyst(accounts, 'Ken Ito');
  seen.listed = await listAnalysts(accounts);

  seen.rightToken = await authenticate(accounts, mira.token, ENV_TOKEN);
  seen.wrongToken = await authenticate(accounts, 'not-a-token', ENV_TOKEN);
  seen.noToken = await authenticate(accounts, null, ENV_TOKEN);
  seen.environmentToken = await authenticate(accounts, ENV_TOKEN, ENV_TOKEN);
  seen.environmentTokenUnset = await authenticate(accounts, ENV_TOKEN, undefined);

  const first = sessionOf(
    await openDeskSession(accounts, mira.token, WORKDAY, { environmentToken: ENV_TOKEN }),
  );
  seen.sessionState = await deskSessionState(accounts, first, minutesIn(1), ENV_TOKEN);
  seen.wrongTokenSignIn = await openDeskSession(accounts, 'not-a-token', WORKDAY, {
    environmentToken: ENV_TOKEN,
  });
  const later: string[] = [];
  for (let i = 1; i <= DESK_SESSIONS_PER_ANALYST; i += 1)
    later.push(
      sessionOf(await openDeskSession(accounts, mira.token, minutesIn(i), { environmentToken: ENV_TOKEN })),
    );
  seen.oldestAfterOneTooMany = await deskSessionState(accounts, first, minutesIn(20), ENV_TOKEN);
  seen.newestAfterOneTooMany = await deskSessionState(accounts, later.at(-1), minutesIn(20), ENV_TOKEN);
  seen.sessionsOfMira = await sessionCount(accounts, 'analyst_id = ?', [mira.analyst.id]);

  await closeDeskSession(accounts, later[0]!);
  seen.closed = await deskSessionState(accounts, later[0], minutesIn(20), ENV_TOKEN);
  const admin = sessionOf(
    await openDeskSession(accounts, ENV_TOKEN, WORKDAY, { environmentToken: ENV_TOKEN }),
  );
  seen.environmentSession = await deskSessionState(accounts, admin, minutesIn(20), ENV_TOKEN);
  seen.environmentTokenChanged = await deskSessionState(accounts, admin, minutesIn(20), `${ENV_TOKEN}-new`);

  await revokeAnalyst(accounts, 'mira SATO');
  seen.revokedToken = await authenticate(accounts, mira.token, ENV_TOKEN);
  seen.sessionOfRevoked = await deskSessionState(accounts, later.at(-1), minutesIn(20), ENV_TOKEN);
  seen.revokedAgain = await outcome(() => revokeAnalyst(accounts, 'Mira Sato'));
  seen.revokedUnknown = await outcome(() => revokeAnalyst(accounts, 'Nobody Here'));
  seen.listedAfterRevoking = await listAnalysts(accounts);

  // Sessions long past their time, more than a sweep deletes at once.
  await accounts.writes.transact(function* () {
    for (let i = 0; i < EXPIRED_SWEEP_BATCH + 20; i += 1)
      yield* createDeskSession(
        tokenHash(`expired-${i}`),
        ken.analyst.id,
        Buffer.alloc(32),
        '2020-01-01T00:00:00.000Z',
        `2020-01-01T12:${String(i % 60).padStart(2, '0')}:00.000Z`,
      );
  });
  const expired = () => sessionCount(accounts, 'expires_at <= ?', [WORKDAY.toISOString()]);
  seen.expiredBefore = await expired();
  seen.lookupWhileSweeping = await deskSessionState(accounts, 'no-such-session', WORKDAY, ENV_TOKEN);
  seen.expiredAfterOneLookup = await expired();
  await deskSessionState(accounts, undefined, WORKDAY, ENV_TOKEN);
  seen.expiredAfterTwoLookups = await expired();
  seen.sessionsLeft = await sessionCount(accounts);
  return JSON.parse(JSON.stringify(seen, (_, value: unknown) => withoutClockTimes(value))) as Record<
    string,
    unknown
  >;
}

/** The clock's times (this year's, not the test's fixed ones) as a mark, wherever they stand. */
function withoutClockTimes(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const year = new Date().getUTCFullYear();
  return value.replace(new RegExp(`${year}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z`, 'g'), '<now>');
}

describe('analysts and desk sessions on PostgreSQL', () => {
  const schema = migratedSchema();
  let sqlite: Db;
  const results: Partial<Record<'sqlite' | 'postgres', Record<string, unknown>>> = {};

  beforeAll(async () => {
    sqlite = freshDatabase().db;
    await loadDatasetToPostgres(schema.pool);
    results.sqlite = await sequence(sqliteAccounts(sqlite));
    results.postgres = await sequence(postgresAccounts(schema.pool));
  });
  afterAll(async () => {
    sqlite?.close();
  });

  it('gives the same results on both engines', () => {
    expect(results.postgres).toEqual(results.sqlite);
  });

  it('takes each step as SQLite always has', () => {
    const seen = results.sqlite!;
    expect(seen.added).toEqual({
      id: expect.any(Number),
      name: 'Mira Sato',
      createdAt: '<now>',
      revokedAt: null,
      fromEnvironment: false,
      tokenLength: 32,
    });
    expect(seen.addedAgainInAnotherCase).toEqual({
      refused: 'the name "Mira Sato" is taken by an analyst created <now>',
    });
    expect(seen.listed).toEqual([
      expect.objectContaining({ name: 'admin', fromEnvironment: true, revokedAt: null }),
      expect.objectContaining({ name: 'Mira Sato', fromEnvironment: false }),
      expect.objectContaining({ name: 'Ken Ito', fromEnvironment: false }),
    ]);
    expect(seen.rightToken).toEqual({
      analyst: { id: (seen.added as { id: number }).id, name: 'Mira Sato' },
    });
    const unauthenticated = {
      analyst: null,
      code: 'UNAUTHENTICATED',
      message: 'The bearer token is not a valid write token.',
    };
    expect(seen.wrongToken).toEqual(unauthenticated);
    expect(seen.noToken).toMatchObject({ analyst: null, code: 'UNAUTHENTICATED' });
    expect(seen.environmentToken).toEqual({ analyst: { id: 1, name: 'admin' } });
    expect(seen.environmentTokenUnset).toEqual(unauthenticated);
    expect(seen.sessionState).toEqual({ analyst: { id: expect.any(Number), name: 'Mira Sato' } });
    expect(seen.wrongTokenSignIn).toEqual(unauthenticated);
    expect(seen.oldestAfterOneTooMany).toEqual({ analyst: null, ended: 'none' });
    expect(seen.newestAfterOneTooMany).toMatchObject({ analyst: { name: 'Mira Sato' } });
    expect(seen.sessionsOfMira).toBe(DESK_SESSIONS_PER_ANALYST);
    expect(seen.closed).toEqual({ analyst: null, ended: 'none' });
    expect(seen.environmentSession).toEqual({ analyst: { id: 1, name: 'admin' } });
    expect(seen.environmentTokenChanged).toEqual({ analyst: null, ended: 'tokenInvalid' });
    expect(seen.revokedToken).toEqual(unauthenticated);
    expect(seen.sessionOfRevoked).toEqual({ analyst: null, ended: 'tokenInvalid' });
    expect(seen.revokedAgain).toEqual({ refused: '"Mira Sato" was revoked already, at <now>' });
    expect(seen.revokedUnknown).toEqual({ refused: 'no analyst is named "Nobody Here"' });
    expect(seen.listedAfterRevoking).toContainEqual(
      expect.objectContaining({ name: 'Mira Sato', revokedAt: '<now>' }),
    );
    expect(seen.expiredBefore).toBe(EXPIRED_SWEEP_BATCH + 20);
    expect(seen.lookupWhileSweeping).toEqual({ analyst: null, ended: 'none' });
    expect(seen.expiredAfterOneLookup).toBe(20);
    expect(seen.expiredAfterTwoLookups).toBe(0);
    // Mira's ten, less the one closed, and admin's one; the expired are all gone.
    expect(seen.sessionsLeft).toBe(DESK_SESSIONS_PER_ANALYST);
  });
});
