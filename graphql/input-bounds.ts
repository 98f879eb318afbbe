/**
 * Bounds on what any operation may pass in, checked before it runs: no list longer than
 * MAX_INPUT_LIST_ITEMS and no string longer than MAX_INPUT_TEXT_LENGTH, in variables or
 * written in the query; and search text (the words full-text inputs match) within the bound
 * the screens' search boxes have, with at least one word in it (data/search-text.ts). A filter list of 40,000 keys would otherwise reach SQLite as 40,000
 * parameters, past its limit of 32,766, and come back as an internal error; a megabyte text
 * filter would be scanned against every row. The dataset's own field limits (shorter, per
 * field: data/ingest/dataset-schema.ts) then refuse a write as a user error naming its field.
 */
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
  type ValueNode,
} from 'graphql';
import { searchTextProblem } from '../data/search-text';
import { MAX_INPUT_LIST_ITEMS, MAX_INPUT_TEXT_LENGTH } from './limits';
import { MAX_INTAKE_TEXT_LENGTH } from '../data/intake/propose';

/**
 * The intake's pasted article (ProposeStatementsInput.text, given as a variable) may be longer:
 * it has its own bound, which its resolver refuses as a user error naming the field, so a text
 * somewhat over it must reach the resolver. Every other input, search text included, keeps the
 * general bound.
 */
const LONG_TEXT_INPUT = 'ProposeStatementsInput';
const LONG_TEXT_FIELD = 'text';
const LONG_TEXT_BOUND = 2 * MAX_INTAKE_TEXT_LENGTH;

/** The input type a variable is declared with, lists and non-nulls aside. */
function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function valueProblem(value: unknown, where: string, longText = false): string | null {
  if (typeof value === 'string') {
    if (!longText) {
      return value.length > MAX_INPUT_TEXT_LENGTH
        ? `${where} is ${value.length} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`
        : null;
    }
    // The bound here only keeps a huge text from the resolver: the limit to name is the intake's.
    return value.length > LONG_TEXT_BOUND
      ? `${where} is ${value.length} characters long; the intake reads at most ${MAX_INTAKE_TEXT_LENGTH}: paste it in parts`
      : null;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST_ITEMS)
      return `${where} has ${value.length} items; lists take at most ${MAX_INPUT_LIST_ITEMS}`;
    for (let i = 0; i < value.length; i += 1) {
      const problem = valueProblem(value[i], `${where}[${i}]`, longText);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = valueProblem(item, `${where}.${key}`, longText && key === LONG_TEXT_FIELD);
      if (problem) return problem;
    }
  }
  return null;
}

/** What is out of bounds in the operation's inputs, named by where it is; null when nothing is. */
export function inputBoundsProblem(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): string | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const intake = namedType(definition.type) === LONG_TEXT_INPUT;
    const problem = valueProblem(variables[name], `Variable "$${name}"`, intake);
    if (problem) return problem;
  }
  return writtenBoundsProblem(operation);
}

/** What the operation's written values break, found once per parsed document (Apollo reuses it per query text). */
const writtenProblems = new WeakMap<OperationDefinitionNode, string | null>();

function writtenBoundsProblem(operation: OperationDefinitionNode): string | null {
  const known = writtenProblems.get(operation);
  if (known !== undefined) return known;
  let problem: string | null = null;
  visit(operation, {
    Argument(node) {
      if (problem) return false;
      const where = `Argument "${node.name.value}"`;
      visit(node.value, {
        ListValue(list) {
          if (!problem && list.values.length > MAX_INPUT_LIST_ITEMS)
            problem = `${where} has a list of ${list.values.length} items; lists take at most ${MAX_INPUT_LIST_ITEMS}`;
        },
        StringValue(text) {
          if (!problem && text.value.length > MAX_INPUT_TEXT_LENGTH)
            problem = `${where} has text ${text.value.length} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`;
        },
      });
      return false;
    },
  });
  writtenProblems.set(operation, problem);
  return problem;
}

/** Input fields and arguments whose words are matched against the full-text index. */
const SEARCH_TEXT_INPUTS = new Set(['StatementFilter.text', 'Query.search(text:)']);

/** Input types holding search text: an argument of one of these types can carry it. */
const SEARCH_TEXT_HOLDERS = new Set(
  [...SEARCH_TEXT_INPUTS].filter((input) => !input.includes('(')).map((input) => input.split('.')[0]!),
);

/** Operations known to take no search text anywhere (a parsed document is reused per query text). */
const withoutSearchText = new WeakSet<OperationDefinitionNode>();

export interface SearchTextProblem {
  /** The argument, and the input field within it: "filter.text", "text". */
  argument: string;
  message: string;
}

/**
 * The first search text in the operation, written or from its variables, that is too long or
 * has no words, named by its argument and input field; null when there is none.
 */
export function searchTextInputProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): SearchTextProblem | null {
  if (withoutSearchText.has(operation)) return null;
  let found: SearchTextProblem | null = null;
  let reached = false;
  const text = (value: unknown, where: string) => {
    const why = !found && typeof value === 'string' ? searchTextProblem(value) : null;
    if (why) found = { argument: where, message: `Argument "${where}" ${why}` };
  };
  // A value of an input type as the variables hold it: down to its search-text fields.
  const held = (value: unknown, type: GraphQLInputType, where: string): void => {
    const t = getNullableType(type);
    if (isListType(t) && Array.isArray(value)) value.forEach((v) => held(v, t.ofType, where));
    if (!isInputObjectType(t) || value === null || typeof value !== 'object') return;
    for (const field of Object.values(t.getFields())) {
      const item = (value as Record<string, unknown>)[field.name];
      if (SEARCH_TEXT_INPUTS.has(`${t.name}.${field.name}`)) text(item, `${where}.${field.name}`);
      else held(item, field.type, `${where}.${field.name}`);
    }
  };
  // A value written in the query, with the variables it names.
  const written = (node: ValueNode, type: GraphQLInputType, where: string, search: boolean): void => {
    if (node.kind === Kind.VARIABLE) {
      const value = variables[node.name.value];
      return search ? text(value, where) : held(value, type, where);
    }
    if (search) return node.kind === Kind.STRING ? text(node.value, where) : undefined;
    const t = getNullableType(type);
    if (isListType(t) && node.kind === Kind.LIST)
      node.values.forEach((v) => written(v, t.ofType, where, false));
    if (!isInputObjectType(t) || node.kind !== Kind.OBJECT) return;
    const fields = t.getFields();
    for (const f of node.fields) {
      const field = fields[f.name.value];
      const name = `${where}.${f.name.value}`;
      if (field) written(f.value, field.type, name, SEARCH_TEXT_INPUTS.has(`${t.name}.${field.name}`));
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const [argument, field, parent] = [
          typeInfo.getArgument(),
          typeInfo.getFieldDef(),
          typeInfo.getParentType(),
        ];
        if (found || !argument || !field || !parent) return;
        const search = SEARCH_TEXT_INPUTS.has(`${parent.name}.${field.name}(${argument.name}:)`);
        reached ||= search || SEARCH_TEXT_HOLDERS.has(getNamedType(argument.type).name);
        written(node.value, argument.type, argument.name, search);
      },
    }),
  );
  if (!reached) withoutSearchText.add(operation);
  return found;
}
