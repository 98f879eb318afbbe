import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FIRST_YEAR, LAST_YEAR, yearOf } from '../data/period';
import { calendarFault } from '../data/partial-date';

type Check = (text: string) => string | null;

/** `inputProblem` checks what clients send; `outputProblem` what the server answers with. */
function scalar(name: string, description: string, inputProblem: Check, outputProblem: Check = inputProblem) {
  const checkWith =
    (problem: Check) =>
    (value: unknown): string => {
      if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string; got ${typeof value}`);
      const why = problem(value);
      if (why) throw new GraphQLError(`${name} cannot represent ${why}`);
      return value;
    };
  const checkInput = checkWith(inputProblem);
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: checkWith(outputProblem),
    parseValue: checkInput,
    // A refusal of a value written in the query points at it: graphql-js reports a scalar's own
    // GraphQLError as it is, with the locations its nodes give.
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`${name} must be a string literal`, { nodes: ast });
      const why = inputProblem(ast.value);
      if (why) throw new GraphQLError(`${name} cannot represent ${why}`, { nodes: ast });
      return ast.value;
    },
  });
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const partialDateShape: Check = (text) =>
  /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)
    ? null
    : `"${text}": it is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;

/**
 * Input is checked whole before anything runs: its shape, its year range (so a far-future date
 * never reaches a period walk) and that it names a calendar day ("2025-13" and "2025-02-30" do
 * not). Every bad date in a request is then the same error, wherever it comes in: a variable is
 * refused with 400 and BAD_USER_INPUT, naming the variable and the input field ("$f" at
 * "f.from"); a literal fails validation (400). Output is checked for shape only: a row stored
 * before the range existed still reads.
 */
export const PartialDate = scalar(
  'PartialDate',
  `A calendar date known to year, month or day precision: "1945", "2022-02", "2025-04-09". Years run ${FIRST_YEAR} to ${LAST_YEAR}.`,
  (text) => partialDateShape(text) ?? yearProblem(text) ?? calendarProblem(text),
  partialDateShape,
);

function calendarProblem(text: string): string | null {
  const fault = calendarFault(text);
  return fault ? `"${text}": it has ${fault}` : null;
}

function yearProblem(text: string): string | null {
  const year = yearOf(text);
  return year < FIRST_YEAR || year > LAST_YEAR
    ? `"${text}": year ${year} is outside ${FIRST_YEAR} to ${LAST_YEAR}`
    : null;
}

export const DateTime = scalar(
  'DateTime',
  'An instant, ISO 8601 with offset: "2025-05-05T09:46:00Z".',
  (text) =>
    DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))
      ? null
      : `"${text}" (expected ISO 8601 with offset)`,
);
