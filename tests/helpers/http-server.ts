/**
 * A real HTTP server on 127.0.0.1 (a free port) in front of a fetch-style handler such as the
 * route's: node:http requests become `Request`s and `Response`s are written back, streamed.
 * Like scripts/start.ts, it stamps each request with its socket's address (and the secret that
 * vouches for it), replacing anything the client sent under those names.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Db } from '../../data/store/open';
import type { DataServices } from '../../graphql/backend';
import { PEER_SECRET_ENV, stampPeer } from '../../graphql/client-address';
import { createGraphQLContext } from '../../graphql/context';
import { createGraphQLHandler } from '../../graphql/http-adapter';
import { createApolloServer, type ServerOptions } from '../../graphql/server';

export type FetchHandler = (req: Request) => Promise<Response>;

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + "/api/graphql" */
  url: string;
  close(): Promise<void>;
}

/** The secret the route reads from the environment, made once per test process. */
function peerSecret(): string {
  return (process.env[PEER_SECRET_ENV] ??= randomBytes(32).toString('hex'));
}

function toRequest(req: http.IncomingMessage, origin: string): Request {
  stampPeer(req.headers, req.socket.remoteAddress, peerSecret());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch needs this to take a streamed body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function send(req: http.IncomingMessage, res: http.ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  // Answered before its body was read (a 413): the rest of the body would sit in front of
  // the next request on this connection, so close it after the answer.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject);
  });
}

export async function startHttpServer(handler: FetchHandler): Promise<RunningServer> {
  let origin = '';
  const server = http.createServer((req, res) => {
    handler(toRequest(req, origin))
      .then((response) => send(req, res, response))
      .catch((error: unknown) => {
        // A bug in the handler, not an answer: make it loud in the test's output.
        console.error('http-server: handler failed', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('handler failed');
      });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}/api/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The handler a route module's exports (GET, POST, ...) make, dispatching on the method. */
export function routeHandler(route: Record<string, unknown>): FetchHandler {
  return async (req) => {
    const method = route[req.method];
    if (typeof method !== 'function') return new Response(null, { status: 405 });
    return (method as FetchHandler)(req);
  };
}

export interface GraphQLHttpServer extends RunningServer {
  /** POSTs `body` (JSON-encoded unless a string) with a JSON content type, times out after 5 s. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** GETs with `params` in the query string and CSRF prevention's preflight header. */
  get(params: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

/** Per request: generous, so a slow machine does not fail a test that only checks answers. */
export const REQUEST_TIMEOUT_MS = 5_000;

/**
 * The app's Apollo Server over a backend (graphql/backend.ts) or a SQLite connection, behind the
 * route adapter, on a real HTTP server.
 */
export async function startGraphQLServer(
  backend: DataServices | Db,
  options: ServerOptions = {},
): Promise<GraphQLHttpServer> {
  const apollo = createApolloServer(options);
  const ready = apollo.start().then(() => apollo);
  const running = await startHttpServer(
    createGraphQLHandler(
      () => ready,
      (req) => createGraphQLContext(backend, req.headers),
    ),
  );
  return {
    ...running,
    post: (body, headers = {}) =>
      fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    get: (params, headers = { 'apollo-require-preflight': 'true' }) =>
      fetch(`${running.url}?${new URLSearchParams(params)}`, {
        headers,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
