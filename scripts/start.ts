/**
 * `npm start`: build if there is no production build, seed the database if it is new or
 * empty (never over existing data), then serve the app. The database is the SQLite file, or
 * the PostgreSQL database FAULTLINE_DATABASE_URL names (migrated first). The HTTP server is
 * ours and runs Next's request handler inside it: owning the socket is what lets every request
 * carry its peer's address to the rate limits, where `next start` would only pass
 * X-Forwarded-For on, a header any client can write (graphql/client-address.ts).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { writeTokenProblem } from '../data/ingest/analysts';
import { storeEngine } from '../data/store/engine';
import { PEER_SECRET_ENV, parseTrustedProxies, stampPeer } from '../graphql/client-address';
import { parseAllowedOrigins } from '../graphql/request-origin';
import { malformedAddressAnswer, oversizeFormAnswer } from './request-guards';
import { prepareStore } from './seed-if-new';
import { warmUp } from './warm-up';

process.env.NEXT_TELEMETRY_DISABLED = '1';

// A guessable write token is refused before anything is built, seeded or served.
const tokenProblem = writeTokenProblem(process.env.FAULTLINE_WRITE_TOKEN);
if (tokenProblem) {
  console.error(`Not starting: ${tokenProblem}.`);
  process.exit(1);
}

// So is a database URL of the wrong kind.
try {
  storeEngine();
} catch (error) {
  console.error(`Not starting: ${(error as Error).message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.log('No production build found: running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Refuse a malformed proxy or origin list now, not on the first write.
parseTrustedProxies(process.env.FAULTLINE_TRUSTED_PROXIES);
parseAllowedOrigins(process.env.FAULTLINE_ALLOWED_ORIGINS);

await prepareStore();

const port = Number(process.env.PORT ?? 3000);
// Vouches for the peer header: a request that did not pass through this server has no way to know it.
const secret = randomBytes(32).toString('hex');
process.env[PEER_SECRET_ENV] = secret;

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // `/actors/%ff` would fail inside Next's router as a bare 500.
  // A form post over the desk's size limit would fail inside Next as a bare 500 too.
  const early =
    malformedAddressAnswer(req.url ?? '/') ??
    oversizeFormAnswer(req.method, req.url ?? '/', req.headers['content-length']);
  if (early) {
    // Read and drop what the client still sends, so that it reads the answer instead of a reset.
    req.resume();
    res.writeHead(early.status, early.headers).end(early.body);
    return;
  }
  stampPeer(req.headers, req.socket.remoteAddress, secret);
  handle(req, res).catch((error: unknown) => {
    console.error('request failed', error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal server error');
  });
});
// Node closes an idle kept-alive socket after 5 s; a client sending on it at that moment gets
// a reset instead of an answer. Idle sockets live longer than a client's usual pause instead.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => {
  console.log(`Faultline listening on http://localhost:${port}`);
  // The first request of each page pays for loading its code and starting the API: pay it now.
  if (process.env.FAULTLINE_WARM_UP !== '0') {
    void warmUp(`http://127.0.0.1:${port}`).then((results) =>
      console.log(`Warmed up: ${results.map((r) => `${r.path} ${r.status} ${r.ms} ms`).join(', ')}`),
    );
  }
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
