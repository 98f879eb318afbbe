/**
 * Bounds on what any operation may pass in, checked before it runs: no list longer than
 * MAX_INPUT_LIST_ITEMS and no string longer than MAX_INPUT_TEXT_LENGTH, in variables or
 * written in the query. A filter list of 40,000 keys would otherwise reach SQLite as 40,000
 * parameters, past its limit of 32,766, and come back as an internal error; a megabyte text
 * filter would be scanned against every row. The dataset's own field limits (shorter, per
 * field: data/ingest/dataset-schema.ts) then refuse a write as a user error naming its field.
 */
import { visit, type OperationDefinitionNode } from 'graphql';
import { MAX_INPUT_LIST_ITEMS, MAX_INPUT_TEXT_LENGTH } from './limits';

function valueProblem(value: unknown, where: string): string | null {
  if (typeof value === 'string') {
    return value.length > MAX_INPUT_TEXT_LENGTH
      ? `${where} is ${value.length} characters long; text inputs take at most ${MAX_INPUT_TEXT_LENGTH}`
      : null;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST_ITEMS)
      return `${where} has ${value.length} items; lists take at most ${MAX_INPUT_LIST_ITEMS}`;
    for (let i = 0; i < value.length; i += 1) {
      const problem = valueProblem(value[i], `${where}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = valueProblem(item, `${where}.${key}`);
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
    const problem = valueProblem(variables[name], `Variable "$${name}"`);
    if (problem) return problem;
  }
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
  return problem;
}
