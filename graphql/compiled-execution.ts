/**
 * How the API runs an operation once Apollo has parsed and validated it: graphql-js the first
 * time a query text comes over HTTP, and from its second run on, as graphql-jit compiled it.
 *
 * Why: graphql-js completes every field through generic code (its arguments coerced, an info
 * object built, its value checked against its type), and that, not the SQL, was most of the
 * processor time of the dashboard's heaviest answers: a relation's timeline of 240 points, a
 * series, the network, a page of statements. The compiled operation does the same work in code
 * written for that one document (docs/performance.md has the figures).
 *
 * Why not at once: compiling costs more than running a document once, so a client sending a
 * new document with every request would pay it every time. What is compiled is bounded: an
 * operation larger than MAX_COMPILED_SELECTIONS selections (counted with its fragments written
 * out wherever they are spread: a fragment spread a hundred times is compiled a hundred times
 * over) or deeper than MAX_COMPILED_DEPTH always runs interpreted; and what is kept is bounded
 * in operations and in compiled selections, the least recently used going first.
 *
 * tests/api/compiled-execution.test.ts checks that both ways answer alike, errors included,
 * with one difference: when a field that cannot be null fails and nulls the whole answer,
 * graphql-js reports the first such error and graphql-jit every field's. The data is the same.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
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
  | {
      compiled: CompiledQuery;
      operation: OperationDefinitionNode;
      selections: number;
      defaults: Record<string, unknown>;
    }
  | { uncompilable: true };

/** Runs before an operation is compiled: one, so a document asked for twice is compiled. */
export const RUNS_BEFORE_COMPILING = 1;

/**
 * The largest operation compiled: its selections with fragments written out, and how deep its
 * fields nest. graphql-jit's code grows with both: on the bench machine, 360 selections ten
 * deep compiled in 25 ms to about 1.2 MB of heap, 630 sixteen deep in 35 ms to 3.9 MB, and a
 * chain of 490 nested introspection fields to 9 MB of code in about 400 ms. The dashboard's
 * largest operation has 103 selections and nests 7 (tests/api/compiled-execution.test.ts checks
 * every one is within both). Introspection, exempt from the API's depth limit, is deeper than
 * MAX_COMPILED_DEPTH (GraphiQL's nests 15) and runs interpreted, as it is rare.
 */
export const MAX_COMPILED_SELECTIONS = 500;
export const MAX_COMPILED_DEPTH = 10;

/**
 * What is kept: the operations known (compiled or counted), the least recently used going
 * first, and compiled ones weighing, by the figures above, about 3.2 KB of heap per selection.
 */
const KNOWN_KEPT = 1_000;
const BYTES_PER_COMPILED_SELECTION = 3_200;
const COMPILED_BYTES_KEPT = 32 * 1024 * 1024;

export interface OperationRunner {
  schema: GraphQLSchema;
  /** `queryHash` names the query text (Apollo's hash of it): what is kept is kept under it. */
  run(
    queryHash: string,
    document: DocumentNode,
    operationName: string | null | undefined,
    contextValue: unknown,
    variables: Record<string, unknown> | undefined,
    /** False: run through graphql-js, whatever is known of it. */
    compilable?: boolean,
  ): Promise<ExecutionResult>;
}

/** The defaults the operation's variable definitions write, as a request would send them. */
function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  // Without a prototype, as the variables it is joined with (see run).
  const defaults = Object.create(null) as Record<string, unknown>;
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
 * The operation's size with its fragments written out wherever they are spread: its selections
 * and how deep its fields nest. The count stops once it passes `limit`: counting must not cost
 * what compiling would.
 */
export function operationShape(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limit: number,
): { selections: number; depth: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let selections = 0;
  let depth = 0;
  const walk = (set: SelectionSetNode | undefined, level: number) => {
    for (const selection of set?.selections ?? []) {
      if (selections > limit) return;
      selections += 1;
      if (selection.kind === Kind.FIELD) {
        depth = Math.max(depth, level);
        walk(selection.selectionSet, level + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, level);
      else walk(fragments.get(selection.name.value)?.selectionSet, level);
    }
  };
  walk(operation.selectionSet, 1);
  return { selections, depth };
}

/** Runs a schema's operations: graphql-js at first, compiled when a document comes back. */
export function operationRunner(
  schema: GraphQLSchema,
  runsBeforeCompiling = RUNS_BEFORE_COMPILING,
): OperationRunner {
  const known = createLru<Known>({
    maxEntries: KNOWN_KEPT,
    maxBytes: COMPILED_BYTES_KEPT,
    sizeOf: (state) => ('compiled' in state ? state.selections * BYTES_PER_COMPILED_SELECTION : 0),
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
    if (!operation) return { uncompilable: true };
    const { selections, depth } = operationShape(document, operation, MAX_COMPILED_SELECTIONS);
    if (selections > MAX_COMPILED_SELECTIONS || depth > MAX_COMPILED_DEPTH) return { uncompilable: true };
    // graphql-jit copies the variables onto a plain object, where `__proto__` is no property.
    if (operation.variableDefinitions?.some((v) => v.variable.name.value === '__proto__'))
      return { uncompilable: true };
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return { uncompilable: true };
    return { compiled, operation, selections, defaults: variableDefaults(operation) };
  };

  return {
    schema,
    async run(queryHash, document, operationName, contextValue, variables, compilable = true) {
      if (!compilable) return interpreted(document, operationName, contextValue, variables);
      const key = `${operationName ?? ''}:${queryHash}`;
      let state = known.get(key, () => ({ runs: 0 }));
      if ('runs' in state) {
        if (state.runs < runsBeforeCompiling) {
          state.runs += 1;
          return interpreted(document, operationName, contextValue, variables);
        }
        // Kept again, weighed as what it now is.
        known.delete(key);
        const compiled = compile(document, operationName);
        state = known.get(key, () => compiled);
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
      // On an object without a prototype: graphql-jit reads a variable by name, and an omitted
      // `$constructor` or `$toString` would otherwise be found on Object.prototype.
      const values = Object.assign(Object.create(null) as Record<string, unknown>, state.defaults, variables);
      const result = (await state.compiled.query(undefined, contextValue, values)) as ExecutionResult;
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

export interface CompilationOptions {
  /** How often a query text runs through graphql-js before it is compiled: RUNS_BEFORE_COMPILING unless given. */
  runsBeforeCompiling?: number;
  /**
   * Whether operations run in-process (a page's server render, not a request over HTTP) are
   * compiled too. Not in the app: with them compiled, the statements page's server render
   * waited without end from its second load on, though each of its operations had answered,
   * the same data as graphql-js's; that was not understood, and a render runs few operations.
   * Tests turn it on to compare both ways through the in-process API.
   */
  inProcess?: boolean;
}

/**
 * The executable schema (`typeDefs` with their resolvers), served through Apollo's gateway seam: the one place Apollo
 * Server lets an application run operations its own way, after Apollo's parsing, validation
 * and plugins, and before its error formatting.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  typeDefs: string,
  options: CompilationOptions = {},
): GatewayInterface {
  checkCompiles(schema);
  const runner = operationRunner(schema, options.runsBeforeCompiling);
  const executor: GatewayExecutor = async (request) =>
    // The name the client asked for: Apollo's own is null when the document has no such operation.
    (await runner.run(
      request.queryHash,
      request.document,
      request.request.operationName,
      request.context,
      request.request.variables,
      options.inProcess === true || request.request.http !== undefined,
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
