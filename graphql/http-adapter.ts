/**
 * Apollo Server 5 behind an App Router route handler. We call executeHTTPGraphQLRequest
 * ourselves instead of using @as-integrations/next, which rejects `application/json;
 * charset=utf-8` and answers malformed JSON (or a GET with a JSON content type) with an
 * empty 500.
 */
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { withinRequest } from '../data/store/request-scope';
import { MAX_BODY_BYTES, MAX_QUERY_LENGTH } from './limits';

export { MAX_BODY_BYTES, MAX_QUERY_LENGTH };
const ALLOW = 'GET, POST';

export function createGraphQLHandler<C extends BaseContext>(
  getServer: () => Promise<ApolloServer<C>>,
  context: (req: Request) => Promise<C> | C,
): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      return errorResponse(405, `Only ${ALLOW} are supported.`, { allow: ALLOW });
    }
    let body: unknown;
    // A GET body is ignored; so is a POST body that is not JSON (Apollo then refuses it:
    // CSRF prevention for the "simple" types, a 400 for the rest).
    if (req.method === 'POST' && isJson(req.headers.get('content-type'))) {
      const text = await readCapped(req, MAX_BODY_BYTES);
      if (text === null) {
        return errorResponse(413, `Request body exceeds the body size limit of ${MAX_BODY_BYTES} bytes.`);
      }
      try {
        body = JSON.parse(text);
      } catch {
        return errorResponse(400, 'Request body is not valid JSON.');
      }
    }
    const search = new URL(req.url).search;
    // Long query text is refused before anything parses it (an array body is Apollo's to
    // refuse: batching is off).
    const query = req.method === 'GET' ? new URLSearchParams(search).get('query') : queryOf(body);
    if (typeof query === 'string' && query.length > MAX_QUERY_LENGTH) {
      return errorResponse(
        400,
        `Query text exceeds the query length limit of ${MAX_QUERY_LENGTH} characters (it has ${query.length}).`,
      );
    }
    const headers = new HeaderMap();
    req.headers.forEach((value, key) => headers.set(key, value));
    const server = await getServer();
    const result = await withinRequest(() =>
      server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search, body },
        context: async () => context(req),
      }),
    );
    // Answers follow the data and, for writes, who asks: no browser or proxy may keep one.
    result.headers.set('cache-control', 'no-store');
    const init = { status: result.status ?? 200, headers: [...result.headers] };
    if (result.body.kind === 'complete') {
      init.status = requestErrorStatus(init.status, result.body.string, req.headers.get('accept'));
      return new Response(result.body.string, init);
    }
    const chunks = result.body.asyncIterator;
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return?.();
      },
    });
    return new Response(stream, init);
  };
}

/** Errors that stop a request before it runs: the GraphQL-over-HTTP spec's request errors. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * The status of a request error (a body with `errors` and no `data`), by the GraphQL-over-HTTP
 * spec: 400 when the client accepts application/graphql-response+json or says nothing of JSON;
 * 200 when it accepts application/json only, the legacy rule older clients rely on. Anything
 * else keeps the status Apollo chose (405, 413, 429 are no request errors of this kind).
 */
function requestErrorStatus(status: number, body: string, accept: string | null): number {
  if ((status !== 200 && status !== 400) || !body.startsWith('{"errors"')) return status;
  let parsed: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return status;
  }
  if ('data' in parsed || !parsed.errors?.length) return status;
  if (!parsed.errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return status;
  const types = (accept ?? '')
    .toLowerCase()
    .split(',')
    .map((range) => range.split(';')[0]!.trim());
  const legacy = types.includes('application/json') && !types.includes('application/graphql-response+json');
  return legacy ? 200 : 400;
}

function queryOf(body: unknown): unknown {
  return body !== null && typeof body === 'object' && 'query' in body ? body.query : undefined;
}

/** `application/json` or any `+json` type, parameters (charset) and case ignored. */
function isJson(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.+-]+\+json$/.test(essence);
}

/** The body as UTF-8 text, or null once it passes `limit` bytes (reading stops there). */
async function readCapped(req: Request, limit: number): Promise<string | null> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return null;
  if (!req.body) return '';
  const reader = req.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
};

/** The same shape Apollo uses for its own request errors, so clients handle both alike. */
function errorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message, extensions: { code: CODES[status] } }] }, { status, headers });
}
