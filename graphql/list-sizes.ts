/**
 * How many items a list without a `first` argument can return, for the cost analysis: such a
 * list once cost 1 whatever its length, so fifteen aliased 8,000-point timelines passed as
 * cheap. The timeline's length follows from its arguments; an omitted bound counts as the end
 * of the date range (the pair's own records could reach it), so the estimate never falls short.
 */
import { Kind, type ArgumentNode, type ValueNode } from 'graphql';
import { partialDateProblem, toInterval } from '../data/partial-date';
import { FIRST_MONTH, LAST_MONTH, clampMonth, monthIndexOf, periodCount, type Period } from '../data/period';

type Variables = Record<string, unknown>;
type Defaults = ReadonlyMap<string, unknown>;

/** The argument's value as the request gives it: a literal, a variable's value or its default. */
function argumentValue(
  args: readonly ArgumentNode[] | undefined,
  name: string,
  variables: Variables,
  defaults: Defaults,
): unknown {
  const node: ValueNode | undefined = args?.find((a) => a.name.value === name)?.value;
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value] ?? defaults.get(node.name.value);
  if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value;
  return undefined;
}

function boundMonth(value: unknown, end: 'start' | 'end', fallback: number): number {
  if (typeof value !== 'string' || partialDateProblem(value)) return fallback;
  return clampMonth(monthIndexOf(toInterval(value)[end]));
}

function timelineLength(
  args: readonly ArgumentNode[] | undefined,
  variables: Variables,
  defaults: Defaults,
): number {
  const given = argumentValue(args, 'period', variables, defaults);
  const period: Period = given === 'QUARTER' || given === 'YEAR' ? given : 'MONTH';
  const from = boundMonth(argumentValue(args, 'from', variables, defaults), 'start', FIRST_MONTH);
  const to = boundMonth(argumentValue(args, 'to', variables, defaults), 'end', LAST_MONTH);
  return Math.max(1, periodCount(from, to, period));
}

/** Lists whose length the cost counts although they take no `first`, by "Type.field". */
const LIST_LENGTHS: Record<
  string,
  (args: readonly ArgumentNode[] | undefined, variables: Variables, defaults: Defaults) => number
> = {
  'Relation.timeline': timelineLength,
};

/** The items the field can return, when it is one of LIST_LENGTHS; otherwise null. */
export function listLength(
  coordinate: string,
  args: readonly ArgumentNode[] | undefined,
  variables: Variables,
  defaults: Defaults,
): number | null {
  const length = LIST_LENGTHS[coordinate];
  return length ? length(args, variables, defaults) : null;
}
