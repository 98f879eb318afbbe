/**
 * The one Apollo Server of the app, over the app's backend (graphql/backend.ts: the SQLite file,
 * or the PostgreSQL database FAULTLINE_DATABASE_URL names). The route handler serves it over
 * HTTP; server components run operations against it in-process (no HTTP hop).
 *
 * Limits (graphql/limits.ts, docs/security.md): graphql-armor's depth, alias, directive and
 * cost rules run with validation; Apollo's own parser stops at MAX_TOKENS (armor's token
 * plugin is off: it turns syntax errors into 500s); a second cost check runs once the
 * operation's variables are known, so a page size passed as a variable counts; writes are
 * rate limited per client (graphql/rate-limit.ts). Batched requests are refused.
 */
import 'server-only';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { cache } from 'react';
import {
  GraphQLError,
  Kind,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { isCursorMisfit } from '../data/store/keyset';
import { appBackend } from './backend';
import { compiledExecution, type CompilationOptions } from './compiled-execution';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createGraphQLContext, type GraphQLContext } from './context';
import { pageSizeProblem } from './connections';
import { listLength } from './list-sizes';
import { inputBoundsProblem, searchTextInputProblem } from './input-bounds';
import { hashKey } from '../data/lru';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_PAGE_SIZE, MAX_TOKENS } from './limits';
import {
  type Bucket,
  createWriteLimits,
  parseRate,
  writeRateFromEnv,
  writeRateLimitPlugin,
  type WriteLimits,
} from './rate-limit';
import { databaseBusyError, isDatabaseBusy } from './write-access';
import { resolvers } from './resolvers';
import { readTypeDefs } from './schema';
import { withinRequest } from '../data/store/request-scope';

export { MAX_TOKENS } from './limits';

/**
 * Shapes every error a client sees: a locked database becomes DATABASE_BUSY (retryable);
 * graphql-armor's limit messages lose their misleading "Syntax Error:" prefix; and in
 * production an unexpected error says only that it happened (no message, stack, SQL or
 * path), and "Did you mean ...?" suggestions are dropped so the schema is not spelled out
 * to whoever guesses at it.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  if (isDatabaseBusy(cause)) {
    return { ...databaseBusyError().toJSON(), locations: formatted.locations, path: formatted.path };
  }
  if (isCursorMisfit(cause)) {
    return {
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  const code = formatted.extensions?.code;
  const production = process.env.NODE_ENV === 'production';
  if (production && (code === 'INTERNAL_SERVER_ERROR' || code === undefined)) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  let message = formatted.message;
  if (code === 'GRAPHQL_VALIDATION_FAILED') message = message.replace(/^Syntax Error: (?=.* limit of )/, '');
  if (production) message = message.replace(/ ?Did you mean .+\?$/, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

/** graphql-armor's rules with this API's limits: depth, aliases (none exempt), directives, cost. */
export function armorValidationRules(): ValidationRule[] {
  const armor = new ApolloArmor({
    // Fragments (spread or inline) add no level of their own: what counts is the shape of
    // the answer, however the query text is organised.
    maxDepth: { n: MAX_DEPTH, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES, allowList: [] },
    maxDirectives: { n: MAX_DIRECTIVES },
    costLimit: { maxCost: MAX_COST, flattenFragments: true },
    // Off: it throws from a parsing hook, which Apollo answers with a 500. Apollo's own
    // parseOptions.maxTokens refuses the same documents as a normal 400 parse error.
    maxTokens: { enabled: false },
    // Off: formatError drops suggestions in production, for every kind of error.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/**
 * The document with every `first` argument made a literal: the value the request passes
 * (literal or variable; `last` instead when given), else the variable's or the field's
 * default; capped at MAX_PAGE_SIZE, since a field refuses a larger page itself. What the cost
 * rule multiplies by.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): DocumentNode {
  const defaults = new Map<string, unknown>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue?.kind === Kind.INT)
      defaults.set(def.variable.name.value, Number(def.defaultValue.value));
    else if (def.defaultValue?.kind === Kind.STRING || def.defaultValue?.kind === Kind.ENUM)
      defaults.set(def.variable.name.value, def.defaultValue.value);
  }
  const typeInfo = new TypeInfo(schema);
  /** The field with `first: n` in place of the arguments it replaces (a given first, or last). */
  const withFirst = (node: FieldNode, n: number, ...replacing: (ArgumentNode | undefined)[]): FieldNode => {
    const first: ArgumentNode = {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: 'first' },
      value: { kind: Kind.INT, value: String(Math.trunc(n)) },
    };
    const rest = (node.arguments ?? []).filter((a) => !replacing.includes(a));
    return { ...node, arguments: [...rest, first] };
  };
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode): FieldNode | undefined {
        const field = typeInfo.getFieldDef();
        const definition = field?.args.find((a) => a.name === 'first');
        if (!definition) {
          // A list without `first` (a timeline) costs the items its arguments make it return.
          const parent = typeInfo.getParentType();
          const length =
            field &&
            parent &&
            listLength(`${parent.name}.${field.name}`, node.arguments, variables, defaults);
          return length ? withFirst(node, length) : undefined;
        }
        const valueOf = (argument: ArgumentNode | undefined): unknown => {
          if (argument?.value.kind === Kind.INT) return Number(argument.value.value);
          if (argument?.value.kind !== Kind.VARIABLE) return undefined;
          const name = argument.value.name.value;
          return variables[name] ?? defaults.get(name);
        };
        const given = node.arguments?.find((a) => a.name.value === 'first');
        // A backward page (`last`) is as large as it asks, whatever `first` says.
        const last = valueOf(node.arguments?.find((a) => a.name.value === 'last'));
        const size: unknown = last ?? valueOf(given) ?? definition.defaultValue;
        const n =
          typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE) : 1;
        const lastArgument = node.arguments?.find((a) => a.name.value === 'last');
        return withFirst(node, n, given, lastArgument);
      },
    }),
  );
}

/**
 * Page sizes the operation asks for, written or from its variables, that lie outside
 * 1..MAX_PAGE_SIZE: refused with the request (400) before anything runs.
 */
export function operationPageSizeProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): string | null {
  let problem: string | null = null;
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = node.name.value;
        if (problem || (argument !== 'first' && argument !== 'last') || !typeInfo.getFieldDef()) return;
        const value =
          node.value.kind === Kind.INT
            ? Number(node.value.value)
            : node.value.kind === Kind.VARIABLE
              ? variables[node.value.name.value]
              : undefined;
        // Values that are no Int at all are left to variable coercion, which names the type.
        const isInt = typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;
        const why = isInt ? pageSizeProblem(value) : null;
        if (why) problem = `Argument "${argument}" ${why}`;
      },
    }),
  );
  return problem;
}

/** The operation's cost by graphql-armor's model with its page sizes known (withPageSizes). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
): number {
  const sized = withPageSizes(schema, document, operation, variables);
  // Only this operation (visit keeps the definitions' order), with every fragment.
  const at = document.definitions.indexOf(operation);
  const only: DocumentNode = {
    ...sized,
    definitions: sized.definitions.filter((d, i) => d.kind === Kind.FRAGMENT_DEFINITION || i === at),
  };
  let cost = 0;
  const measure = costLimitRule({
    maxCost: Number.POSITIVE_INFINITY,
    flattenFragments: true,
    propagateOnRejection: false,
    onAccept: [(_: unknown, { n }: { n: number }) => void (cost = Math.max(cost, n))],
  });
  validate(schema, only, [measure]);
  return cost;
}

/** operationPageSizeProblem, remembered like the cost: per parsed document and sizing variable values. */
const knownPageSizes = new WeakMap<DocumentNode, Map<string, string | null>>();
function cachedPageSizeProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): string | null {
  let known = knownPageSizes.get(document);
  if (!known) knownPageSizes.set(document, (known = new Map()));
  const key = sizeVariablesKey(document, operation, variables);
  let problem = known.get(key);
  if (problem === undefined) {
    problem = operationPageSizeProblem(schema, operation, variables);
    if (known.size >= 100) known.clear();
    known.set(key, problem);
  }
  return problem;
}

/**
 * Which operation of the document, and the values of the variables a list's length can depend
 * on (Int page sizes, a timeline's Period and PartialDate bounds), hashed: a variable can hold
 * a megabyte of text, and the key is kept.
 */
function sizeVariablesKey(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string {
  const sizing = (operation.variableDefinitions ?? [])
    .filter((v) => /^(Int|Period|PartialDate)!?$/.test(print(v.type)))
    .map((v) => variables[v.variable.name.value] ?? null);
  return hashKey(`${document.definitions.indexOf(operation)}:${JSON.stringify(sizing)}`);
}

/**
 * operationCost, remembered per parsed document (Apollo keeps one per query text) and per
 * value of the variables a list's length can come from.
 */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  let costs = knownCosts.get(document);
  if (!costs) knownCosts.set(document, (costs = new Map()));
  const key = sizeVariablesKey(document, operation, variables);
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (costs.size >= 100) costs.clear();
    costs.set(key, cost);
  }
  return cost;
}

/**
 * The cost limit again, once the variables are known: page sizes passed as variables count.
 * It reads the schema the operations run on.
 */
function variableCostPlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const search = searchTextInputProblem(schema, operation, request.variables);
          if (search) {
            throw new GraphQLError(search.message, {
              extensions: {
                code: 'BAD_USER_INPUT',
                argument: search.argument,
                http: { status: 400, headers: new HeaderMap() },
              },
            });
          }
          const bounds = inputBoundsProblem(operation, request.variables);
          if (bounds) {
            throw new GraphQLError(bounds, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400, headers: new HeaderMap() } },
            });
          }
          const size = cachedPageSizeProblem(schema, document, operation, request.variables);
          if (size) {
            throw new GraphQLError(size, {
              extensions: {
                code: 'BAD_USER_INPUT',
                argument: /^Argument "(\w+)"/.exec(size)?.[1] ?? 'first',
                http: { status: 400, headers: new HeaderMap() },
              },
            });
          }
          const cost = cachedOperationCost(schema, document, operation, request.variables);
          if (cost <= MAX_COST) return;
          throw new GraphQLError(
            `Query Cost limit of ${MAX_COST} exceeded, found ${cost}, counting the page sizes (first) the variables and defaults give.`,
            {
              extensions: {
                code: 'GRAPHQL_VALIDATION_FAILED',
                http: { status: 400, headers: new HeaderMap() },
              },
            },
          );
        },
      };
    },
  };
}

export interface ServerOptions {
  /** Writes per client, as "30/min"; FAULTLINE_WRITE_RATE or the default otherwise. */
  writeRate?: string;
  /** The bucket of refused tokens per client; a fresh one unless given (the app's is shared). */
  failedTokens?: Bucket;
  /**
   * The limits whole, in place of writeRate and failedTokens: on the PostgreSQL store, those
   * every server shares (createSharedWriteLimits).
   */
  writeLimits?: WriteLimits;
  /** When operations are compiled (graphql/compiled-execution.ts); tests compare both ways. */
  compilation?: CompilationOptions;
}

export function createApolloServer(options: ServerOptions = {}): ApolloServer<GraphQLContext> {
  const production = process.env.NODE_ENV === 'production';
  const rate = options.writeRate ? parseRate(options.writeRate) : writeRateFromEnv();
  const typeDefs = readTypeDefs();
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  return new ApolloServer<GraphQLContext>({
    gateway: compiledExecution(schema, typeDefs, options.compilation),
    introspection: true,
    plugins: [
      // Apollo's landing page loads from a CDN; the app's own playground is at /playground.
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints, and the plugin would wrap every field's resolver to
      // read them: about a tenth of a list's processor time for nothing.
      ApolloServerPluginCacheControlDisabled(),
      variableCostPlugin(schema),
      writeRateLimitPlugin<GraphQLContext>(
        options.writeLimits ?? createWriteLimits(rate, options.failedTokens),
      ),
    ],
    validationRules: armorValidationRules(),
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    // Off: the app sends whole queries, and a cache of clients' query texts is one more thing
    // a stranger could fill. A persisted-query request gets 400 PERSISTED_QUERY_NOT_SUPPORTED.
    persistedQueries: false,
    // On by default; stated so that it stays on: simple-request POSTs and GETs without a
    // preflight-forcing header are refused, and GET never runs a mutation (405).
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: production,
    formatError,
    includeStacktraceInErrorResponses: !production,
  });
}

let started: Promise<ApolloServer<GraphQLContext>> | undefined;

export function getApolloServer(): Promise<ApolloServer<GraphQLContext>> {
  started ??= (async () => {
    // The app's API draws from the backend's limits, which every bundle of the app shares: its
    // refused tokens fill the bucket the desk's sign-in counts them in.
    const server = createApolloServer({ writeLimits: appBackend().limits });
    await server.start();
    return server;
  })();
  return started;
}

export function createContext(request: { headers: Headers }): GraphQLContext {
  return createGraphQLContext(appBackend(), request.headers);
}

/**
 * An operation's errors as the API reported them, each with its `extensions.code`, so a caller
 * can tell the user's mistake (BAD_USER_INPUT) from a fault without reading messages.
 */
export class OperationError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'OperationError';
  }

  /** Whether every error carries `code`. */
  allHaveCode(code: string): boolean {
    return this.errors.every((e) => e.extensions?.code === code);
  }
}

/**
 * One context per server render: React's `cache` keeps it for the request being rendered, so
 * every panel of a page shares its DataLoaders and their loads batch and dedupe across panels.
 * Outside a render (a route handler, a test) `cache` keeps nothing and each call gets its own.
 */
const renderContext = cache(() => createContext({ headers: new Headers() }));

/** Each document's text, printed once: the cache below is keyed by it. */
const printed = new WeakMap<DocumentNode, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/**
 * The same operation with the same variables runs once per render, however many components
 * ask for it (a layout and its page both reading the actor's profile).
 */
const executeOnce = cache(async (query: string, variablesJson: string): Promise<unknown> => {
  const server = await getApolloServer();
  const variables = JSON.parse(variablesJson) as Record<string, unknown>;
  const response = await withinRequest(() =>
    server.executeOperation({ query, variables }, { contextValue: renderContext() }),
  );
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new OperationError(errors);
  if (data == null) throw new Error('the operation returned no data');
  return data;
});

/**
 * Runs an operation in-process, as a server component's data source. Errors throw an
 * OperationError that keeps each error's code.
 */
export async function runOperation<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
): Promise<TData> {
  return (await executeOnce(queryText(document), JSON.stringify(variables ?? {}))) as TData;
}

/**
 * Runs an operation for an analyst signed in at the desk: the same resolvers, rules and user
 * errors as a request bearing that analyst's token, so a form can never accept what the API
 * refuses. Not kept per render like runOperation: each call is one write.
 */
export async function runOperationAs<TData, TVars extends Record<string, unknown>>(
  analyst: { id: number; name: string },
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  const server = await getApolloServer();
  const response = await withinRequest(() => {
    const contextValue: GraphQLContext = {
      ...createContext({ headers: new Headers() }),
      writeAccess: () => Promise.resolve({ analyst }),
      signedInAnalyst: analyst,
    };
    return server.executeOperation({ query: queryText(document), variables }, { contextValue });
  });
  if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new OperationError(errors);
  if (data == null) throw new Error('the operation returned no data');
  return data as TData;
}
