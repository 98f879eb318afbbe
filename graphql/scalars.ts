import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function scalar(name: string, description: string, problem: (text: string) => string | null) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string; got ${typeof value}`);
    const why = problem(value);
    if (why) throw new GraphQLError(`${name} cannot represent ${why}`);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => check(value),
    parseValue: check,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`${name} must be a string literal`, { nodes: ast });
      return check(ast.value);
    },
  });
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The scalar checks the shape only. Whether the day exists ("2025-02-30") is checked where
 * the value is used, so that a write can report it as a user error at its input field and
 * a filter as an error naming its argument.
 */
export const PartialDate = scalar(
  'PartialDate',
  'A calendar date known to year, month or day precision: "1945", "2022-02", "2025-04-09".',
  (text) =>
    /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)
      ? null
      : `"${text}": it is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
);

export const DateTime = scalar(
  'DateTime',
  'An instant, ISO 8601 with offset: "2025-05-05T09:46:00Z".',
  (text) =>
    DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))
      ? null
      : `"${text}" (expected ISO 8601 with offset)`,
);
