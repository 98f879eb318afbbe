/**
 * Bounds on what any operation may pass in, checked before it runs: no list longer than
 * MAX_INPUT_LIST_ITEMS, no string longer than MAX_INPUT_TEXT_LENGTH or holding a NUL or half a
 * surrogate pair, in variables or written in the query, and no variable nested deeper than
 * MAX_INPUT_DEPTH; and search text (the words full-text inputs match) within the bound
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
import { HOLDS_NUL } from '../data/field-limits';
import { searchTextProblem } from '../data/search-text';
import { MAX_INPUT_DEPTH, MAX_INPUT_LIST_ITEMS, MAX_INPUT_TEXT_LENGTH } from './limits';
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

/** Half of a surrogate pair without the other half: no Unicode character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What no text input may hold, written or in a variable. A NUL: PostgreSQL refuses it in any
 * text, so a lookup would fail there as an internal error where SQLite finds nothing. Half of a
 * surrogate pair (JSON can carry one; the query's own strings cannot): PostgreSQL would store
 * it as one U+FFFD and SQLite as three.
 */
function characterProblem(text: string): string | null {
  if (text.includes('\u0000')) return HOLDS_NUL;
  const lone = LONE_SURROGATE.exec(text);
  if (!lone) return null;
  const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
  return `holds half of a surrogate pair (U+${code}) at position ${lone.index + 1} without its other half, which is no character`;
}

function textProblem(text: string, where: string, longText: boolean): string | null {
  if (!longText && text.length > MAX_INPUT_TEXT_LENGTH)
    return `${where} is ${text.length} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`;
  // The bound here only keeps a huge text from the resolver: the limit to name is the intake's.
  if (longText && text.length > LONG_TEXT_BOUND)
    return `${where} is ${text.length} characters long; the intake reads at most ${MAX_INTAKE_TEXT_LENGTH}: paste it in parts`;
  const character = characterProblem(text);
  return character && `${where} ${character}`;
}

function valueProblem(value: unknown, where: string, longText = false, depth = 0): string | null {
  if (typeof value === 'string') return textProblem(value, where, longText);
  if (value === null || typeof value !== 'object') return null;
  if (depth === MAX_INPUT_DEPTH)
    return `${where} nests lists or objects more than ${MAX_INPUT_DEPTH} deep; inputs nest at most ${MAX_INPUT_DEPTH}`;
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST_ITEMS)
      return `${where} has ${value.length} items; lists take at most ${MAX_INPUT_LIST_ITEMS}`;
    for (let i = 0; i < value.length; i += 1) {
      const problem = valueProblem(value[i], `${where}[${i}]`, longText, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem = valueProblem(item, `${where}.${key}`, longText && key === LONG_TEXT_FIELD, depth + 1);
    if (problem) return problem;
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
          const character = problem ? null : characterProblem(text.value);
          if (character) problem = `${where} ${character}`;
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
