/**
 * The playground's menu of saved queries: docs/queries/*.graphql, read on the server and
 * handed to the client component as plain data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, valueFromASTUntyped } from 'graphql';

export interface SavedQuery {
  /** The file name without `.graphql`: stable, and unique in the folder. */
  id: string;
  /** The first sentence of the file's leading `#` comment: what the query answers. */
  label: string;
  /** The whole leading comment, as one paragraph. */
  description: string;
  /** The file as written, comment included. */
  query: string;
  /** The operation's variable defaults as a JSON object, or '' when it declares none. */
  variables: string;
}

export function readSavedQueries(): SavedQuery[] {
  // Spelled out in full each time, so the bundler's file tracing sees only docs/queries.
  return fs
    .readdirSync(path.join(process.cwd(), 'docs', 'queries'))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query =
        fs.readFileSync(path.join(process.cwd(), 'docs', 'queries', file), 'utf8').trimEnd() + '\n';
      const comment: string[] = [];
      for (const line of query.split('\n')) {
        if (!line.startsWith('#')) break;
        comment.push(line.replace(/^#\s?/, '').trim());
      }
      const id = file.replace(/\.graphql$/, '');
      return {
        id,
        label: firstSentence(comment.join(' ')) || id,
        description: comment.join(' '),
        query,
        variables: defaultVariables(query),
      };
    });
}

/**
 * The comment's opening clause, up to its first full stop, question mark or colon, whatever
 * lines it wraps over: a label cut at a line end read "… The tension index", mid-thought.
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.?!:](?=\s|$)/.exec(text.trim());
  return (match?.[0] ?? text).replace(/:$/, '').trim();
}

/** `{"speaker": "nikolay-nozdrev", ...}` from `query Q($speaker: String! = "nikolay-nozdrev")`. */
function defaultVariables(query: string): string {
  const values: Record<string, unknown> = {};
  for (const definition of parse(query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue)
        values[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
    }
  }
  return Object.keys(values).length > 0 ? JSON.stringify(values, null, 2) : '';
}
