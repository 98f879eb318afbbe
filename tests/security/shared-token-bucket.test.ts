/**
 * Wrong tokens at the desk's sign-in and wrong bearer tokens at the API fill one bucket per
 * client address: spending part of the allowance at one and the rest at the other locks that
 * client out of both, while another address is not touched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FAILED_TOKEN_LIMIT } from '../../graphql/limits';
import { PEER_HEADER, PEER_SECRET_ENV, PEER_SECRET_HEADER } from '../../graphql/client-address';
import { freshDatabase } from '../helpers/db';

const TOKEN = 'shared-bucket-write-token';
const SECRET = 'shared-bucket-peer-secret';
const { file } = freshDatabase();

let POST: (request: Request) => Promise<Response>;
let deskSignIn: typeof import('../../graphql/desk-session').deskSignIn;

beforeAll(async () => {
  process.env.FAULTLINE_DB = file;
  process.env.FAULTLINE_WRITE_TOKEN = TOKEN;
  process.env[PEER_SECRET_ENV] = SECRET;
  ({ POST } = await import('../../app/api/graphql/route'));
  ({ deskSignIn } = await import('../../graphql/desk-session'));
});

/** Headers as the app's own server stamps them for a request from `address`. */
const from = (address: string, extra: Record<string, string> = {}) =>
  new Headers({ [PEER_HEADER]: address, [PEER_SECRET_HEADER]: SECRET, ...extra });

let n = 0;
async function apiWrite(address: string, token: string): Promise<{ status: number; body: string }> {
  const key = `shared-bucket-${(n += 1)}`;
  const response = await POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: from(address, { 'content-type': 'application/json', authorization: `Bearer ${token}` }),
      body: JSON.stringify({
        query:
          'mutation($i: AddSourceInput!) { addSource(input: $i) { source { key } userErrors { code } } }',
        variables: { i: { key, title: 'Bucket test', outlet: 'Test' } },
      }),
    }),
  );
  return { status: response.status, body: await response.text() };
}

describe('one bucket of wrong tokens per client, for the API and the desk', () => {
  it('counts wrong tokens at the API and then at the sign-in together', async () => {
    const address = '203.0.113.10';
    for (let i = 1; i < FAILED_TOKEN_LIMIT; i += 1) {
      const wrong = await apiWrite(address, `wrong-token-number-${i}`);
      expect(wrong.status).toBe(200);
      expect(wrong.body).toContain('UNAUTHENTICATED');
    }
    const last = await deskSignIn('wrong-token-at-the-desk', from(address));
    expect(last).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an active analyst’s token/),
    });

    const right = await apiWrite(address, TOKEN);
    expect(right.status).toBe(429);
    expect(right.body).toContain(
      `Too many refused write tokens from this client (${FAILED_TOKEN_LIMIT} within 15 min)`,
    );
    expect(await deskSignIn(TOKEN, from(address))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many wrong tokens from this address/),
    });
  });

  it('counts wrong tokens at the sign-in against the API', async () => {
    const address = '203.0.113.11';
    for (let i = 0; i < FAILED_TOKEN_LIMIT; i += 1) {
      expect((await deskSignIn(`wrong-desk-token-${i}`, from(address))).ok).toBe(false);
    }
    expect((await apiWrite(address, TOKEN)).status).toBe(429);
  });

  it('keeps counting wrong tokens across a right sign-in between them', async () => {
    const address = '203.0.113.13';
    const half = Math.floor(FAILED_TOKEN_LIMIT / 2);
    for (let i = 0; i < half; i += 1)
      expect((await deskSignIn(`interleaved-${i}`, from(address))).ok).toBe(false);
    expect(await deskSignIn(TOKEN, from(address))).toMatchObject({ ok: true });
    for (let i = half; i < FAILED_TOKEN_LIMIT; i += 1) {
      expect(await deskSignIn(`interleaved-${i}`, from(address))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/not an active analyst’s token/),
      });
    }
    expect(await deskSignIn(TOKEN, from(address))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many wrong tokens from this address/),
    });
    expect((await apiWrite(address, TOKEN)).status).toBe(429);
  });

  it('leaves another address’s bucket alone', async () => {
    const right = await apiWrite('203.0.113.12', TOKEN);
    expect(right.status).toBe(200);
    expect(right.body).not.toContain('errors');
    expect(await deskSignIn(TOKEN, from('203.0.113.12'))).toMatchObject({ ok: true, analyst: 'admin' });
  });

  it(`judges at most ${FAILED_TOKEN_LIMIT} of a burst of wrong tokens at the sign-in and the API at once`, async () => {
    const address = '203.0.113.30';
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? deskSignIn(`burst-at-the-desk-${i}`, from(address)).then((a) => ('message' in a ? a.message : ''))
          : apiWrite(address, `burst-at-the-api-${i}`).then((w) => w.body),
      ),
    );
    const judged = answers.filter((text) => /not an active analyst’s token|UNAUTHENTICATED/.test(text));
    expect(judged).toHaveLength(FAILED_TOKEN_LIMIT);
    expect(answers.filter((text) => /Too many/.test(text))).toHaveLength(40 - FAILED_TOKEN_LIMIT);
  });
});
