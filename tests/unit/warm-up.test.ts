/**
 * The start script reads the pages once after it starts listening (scripts/warm-up.ts), so the
 * first visitor does not wait for the route code to load and the API to start. Each page is
 * read once, in turn, and a page that fails is reported, never thrown: a warm-up must not
 * take the server down.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARM_PATHS, warmUp } from '../../scripts/warm-up';

const seen: string[] = [];
let inFlight = 0;
let mostAtOnce = 0;
const server = http.createServer((req, res) => {
  seen.push(req.url ?? '');
  inFlight += 1;
  mostAtOnce = Math.max(mostAtOnce, inFlight);
  setImmediate(() => {
    inFlight -= 1;
    res.writeHead(req.url === '/broken' ? 500 : 200).end('page');
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('warmUp', () => {
  it('reads each page once, one at a time, and reports each answer', async () => {
    const results = await warmUp(base, ['/', '/sanctions', '/broken']);
    expect(seen).toEqual(['/', '/sanctions', '/broken']);
    expect(mostAtOnce).toBe(1);
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['/', 200],
      ['/sanctions', 200],
      ['/broken', 500],
    ]);
  });

  it('reports a server that does not answer instead of throwing', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [result] = await warmUp(`http://127.0.0.1:${port}`, ['/']);
    expect(result?.path).toBe('/');
    expect(typeof result?.status).toBe('string');
  });

  it('warms the pages the navigation leads to', () => {
    expect(WARM_PATHS).toEqual(
      expect.arrayContaining(['/', '/sanctions', '/statements', '/alliances', '/events']),
    );
  });
});
