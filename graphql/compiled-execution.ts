/**
 * How the API runs an operation once Apollo has parsed and validated it: graphql-js the first
 * time a document is seen, and from its second run on, as graphql-jit compiled it.
 *
 * Why: graphql-js completes every field through generic code (its arguments coerced, an info
 * object built, its value checked against its type), and that, not the SQL, was most of the
 * processor time of the dashboard's heaviest answers: a relation's timeline of 240 points, a
 * series, the network, a page of statements. The compiled operation does the same work in code
 * written for that one document (docs/performance.md has the figures).
 *
 * Why not at once: compiling costs more than running a document once, so a client sending a
 * new document with every request would pay it every time. What is compiled is bounded twice:
 * an operation of more than MAX_COMPILED_SELECTIONS selections, counted with its fragments
 * written out wherever they are spread, always runs interpreted (a fragment spread a hundred
 * times is compiled a hundred times over, and a small text could cost seconds); and the
 * compiled operations kept are the COMPILED_KEPT most recently used, by query text.
 *
 * tests/api/compiled-execution.test.ts checks that both ways answer alike, errors included.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { makeExecutableSchema, type IExecutableSchemaDefinition } from '@graphql-tools/schema';
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { createLru } from '../data/lru';

/**
 * What is known of one operation of a document: how often it ran, or how it runs now. A
 * compiled operation keeps its variables' defaults: graphql-jit leaves a non-null variable
 * with a default (`$a: String! = "russia"`) unset when the request omits it, and refuses it.
 */
type Known =
  | { runs: number }
  | { compiled: CompiledQuery; operation: OperationDefinitionNode; defaults: Record<string, unknown> }
  | { uncompilable: true };

/** Runs before an operation is compiled: one, so a document asked for twice is compiled. */
export const RUNS_BEFORE_COMPILING = 1;

/**
 * The largest operation compiled, in selections with fragments written out. The dashboard's
 * largest has 103 (tests/api/compiled-execution.test.ts checks that all of them are under it).
 * On the bench machine, compiling one of 345 took 19 ms, and one of 920, 39 ms.
 */
export const MAX_COMPILED_SELECTIONS = 500;

/** Query texts whose operations are kept, compiled or counted; the least recently used go. */
const COMPILED_KEPT = 200;

export interface OperationRunner {
  schema: GraphQLSchema;
  /** `queryHash` names the query text (Apollo's hash of it): what is kept is kept under it. */
  run(
    queryHash: string,
    document: DocumentNode,
    operationName: string | null | undefined,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult>;
}

/** The defaults the operation's variable definitions write, as a request would send them. */
function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return defaults;
}

/**
 * graphql-jit's error as graphql-js would have made it: Apollo reads `extensions` of every
 * error, and graphql-jit leaves it undefined when the cause has none.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
  if (error.locations) Object.assign(made, { locations: error.locations });
  return made;
}

/**
 * How many selections the operation makes with its fragments written out wherever they are
 * spread, counted up to `limit` + 1 and no further: the count itself must not cost what
 * compiling would.
 */
export function expandedSelections(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limit: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let count = 0;
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (count > limit) return;
      count += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(selection.name.value)?.selectionSet);
      else walk(selection.selectionSet);
    }
  };
  walk(operation.selectionSet);
  return count;
}

/** Runs a schema's operations: graphql-js at first, compiled when a document comes back. */
export function operationRunner(
  schema: GraphQLSchema,
  runsBeforeCompiling = RUNS_BEFORE_COMPILING,
): OperationRunner {
  const known = createLru<Map<string, Known>>({
    maxEntries: COMPILED_KEPT,
    maxBytes: Number.POSITIVE_INFINITY,
    sizeOf: () => 0,
  });

  const interpreted = async (
    document: DocumentNode,
    operationName: string | null | undefined,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult> =>
    execute({ schema, document, operationName, contextValue, variableValues: variables });

  /** The operation compiled, or that it runs interpreted from now on. */
  const compile = (document: DocumentNode, operationName: string | null | undefined): Known => {
    const operation = getOperationAST(document, operationName);
    if (
      !operation ||
      expandedSelections(document, operation, MAX_COMPILED_SELECTIONS) > MAX_COMPILED_SELECTIONS
    )
      return { uncompilable: true };
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return { uncompilable: true };
    return { compiled, operation, defaults: variableDefaults(operation) };
  };

  return {
    schema,
    async run(queryHash, document, operationName, contextValue, variables) {
      const operations = known.get(queryHash, () => new Map());
      const name = operationName ?? '';
      let state = operations.get(name) ?? { runs: 0 };
      if ('runs' in state) {
        if (state.runs < runsBeforeCompiling) {
          operations.set(name, { runs: state.runs + 1 });
          return interpreted(document, operationName, contextValue, variables);
        }
        operations.set(name, (state = compile(document, operationName)));
      }
      if (!('compiled' in state)) return interpreted(document, operationName, contextValue, variables);
      // graphql-jit's refusal of a bad variable loses where in the input it lies and why (a
      // scalar's own message): graphql-js's is given, as on the first run.
      const definitions = state.operation.variableDefinitions ?? [];
      const refused =
        definitions.length > 0
          ? getVariableValues(schema, definitions, variables ?? {}, { maxErrors: 50 }).errors
          : undefined;
      if (refused) return { errors: refused };
      const result = (await state.compiled.query(undefined, contextValue, {
        ...state.defaults,
        ...variables,
      })) as ExecutionResult;
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    },
  };
}

/**
 * An operation with a required variable must compile. It does not when graphql-jit meets a
 * graphql other than the schema's (a bundle holding two copies of graphql): it then calls the
 * schema's `String` no type it knows. Every such operation would run interpreted, unnoticed,
 * so the server does not start.
 */
function checkCompiles(schema: GraphQLSchema) {
  const probe = compileQuery(schema, parse('query($key: String!) { actor(key: $key) { name } }'));
  if (!isCompiledQuery(probe))
    throw new Error(
      `graphql-jit cannot compile a plain operation (${probe.errors?.map((e) => e.message).join('; ')}): ` +
        'is graphql loaded twice?',
    );
}

/**
 * The schema with its resolvers, served through Apollo's gateway seam: the one place Apollo
 * Server lets an application run operations its own way, after Apollo's parsing, validation
 * and plugins, and before its error formatting.
 */
export function compiledExecution(
  typeDefs: string,
  resolvers: IExecutableSchemaDefinition['resolvers'],
  runsBeforeCompiling?: number,
): GatewayInterface {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  checkCompiles(schema);
  const runner = operationRunner(schema, runsBeforeCompiling);
  const executor: GatewayExecutor = async (request) =>
    // The name the client asked for: Apollo's own is null when the document has no such operation.
    (await runner.run(
      request.queryHash,
      request.document,
      request.request.operationName,
      request.context,
      request.request.variables,
    )) as Awaited<ReturnType<GatewayExecutor>>;
  return {
    load: () => Promise.resolve({ schema: runner.schema, executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: runner.schema, coreSupergraphSdl: typeDefs });
      return () => {};
    },
    stop: () => Promise.resolve(),
  };
}
