/**
 * The desk's writes run as the session's analyst without a token (runOperationAs), so the
 * session itself must stop when its token does: an `admin` session opened with
 * FAULTLINE_WRITE_TOKEN ends when the server runs with that variable changed or unset, and
 * signing in again on the same browser ends the session its cookie named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEER_HEADER, PEER_SECRET_ENV, PEER_SECRET_HEADER } from '../../graphql/client-address';
import { freshDatabase } from '../helpers/db';

const TOKEN = 'desk-session-token-one-0123456789';
const SECRET = 'desk-session-token-peer-secret';
const { file } = freshDatabase();
const saved = { token: process.env.FAULTLINE_WRITE_TOKEN, secret: process.env[PEER_SECRET_ENV] };

let desk: typeof import('../../graphql/desk-session');

beforeAll(async () => {
  process.env.FAULTLINE_DB = file;
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  process.env[PEER_SECRET_ENV] = SECRET;
  desk = await import('../../graphql/desk-session');
});
afterAll(() => {
  if (saved.token === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
  else process.env.FAULTLINE_WRITE_TOKEN = saved.token;
  if (saved.secret === undefined) delete process.env[PEER_SECRET_ENV];
  else process.env[PEER_SECRET_ENV] = saved.secret;
});

const from = (address: string) => new Headers({ [PEER_HEADER]: address, [PEER_SECRET_HEADER]: SECRET });

async function signIn(address: string, previous?: string): Promise<string> {
  const outcome = await desk.deskSignIn(TOKEN, from(address), previous);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.sessionId;
}

describe('a desk session opened with FAULTLINE_WRITE_TOKEN', () => {
  it('ends when the server’s token changes, and when it is removed', async () => {
    const session = await signIn('198.51.100.1');
    expect(await desk.deskAnalyst(session)).toMatchObject({ name: 'admin' });

    process.env.FAULTLINE_WRITE_TOKEN = 'desk-session-token-two-0123456789';
    expect(await desk.deskAnalyst(session)).toBeNull();
    expect(await desk.deskSession(session)).toEqual({ analyst: null, ended: 'tokenInvalid' });

    delete process.env.FAULTLINE_WRITE_TOKEN;
    expect(await desk.deskAnalyst(session)).toBeNull();

    process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  });

  it('is ended by signing in again from the same browser', async () => {
    const first = await signIn('198.51.100.2');
    const second = await signIn('198.51.100.2', first);
    expect(await desk.deskAnalyst(first)).toBeNull();
    expect(await desk.deskSession(first)).toEqual({ analyst: null, ended: 'none' });
    expect(await desk.deskAnalyst(second)).toMatchObject({ name: 'admin' });
  });
});
