import type { EvidenceRow, RecordType } from '../../data/store/rows';
import type { GraphQLContext } from '../context';
import type { ReadLoader } from '../../data/store/loaders';
import { partialDateProblem, toInterval, type DayInterval } from '../../data/partial-date';
import { searchTextProblem } from '../../data/search-text';
import { badArgument } from '../errors';

/** A row the store's foreign keys guarantee, at once when read ahead; a miss means a broken database. */
export function required<K, V>(loader: ReadLoader<K, V | null>, key: K, what: string): V | Promise<V> {
  const present = (value: V | null): V => {
    if (value === null) throw new Error(`${what} ${String(key)} is missing from the store`);
    return value;
  };
  return whenRead(loader.get(key), present);
}

/** `use` of a value that may still be on its way: at once, with no promise, when it is here. */
export function whenRead<T, U>(value: T | Promise<T>, use: (value: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(use) : use(value);
}

/** Rows a retracted record kept by id (its targets, topics), in order; each must still exist. */
export async function keptRows<V>(
  loader: ReadLoader<number, V | null>,
  ids: readonly number[],
  what: string,
): Promise<V[]> {
  return Promise.all(ids.map((id) => required(loader, id, what)));
}

export function evidenceOf(
  ctx: GraphQLContext,
  type: RecordType,
  id: number,
): EvidenceRow[] | Promise<EvidenceRow[]> {
  return ctx.loaders.evidence[type].get(id);
}

/** The days a date argument names; an impossible date is an error naming the argument. */
export function interval(date: string | null | undefined, argument: string): DayInterval | null {
  if (date == null) return null;
  const problem = partialDateProblem(date);
  if (problem) throw badArgument(argument, `is not a calendar date: ${problem}`);
  return toInterval(date);
}

/**
 * Search text as full-text inputs take it; too long or with no words, an error naming the
 * argument. The request's input check refuses it first (graphql/input-bounds.ts); this holds
 * for what that check cannot see (a variable's default, a fragment).
 */
export function searchText<T extends string | null | undefined>(text: T, argument: string): T {
  const problem = text == null ? null : searchTextProblem(text);
  if (problem) throw badArgument(argument, problem);
  return text;
}

/** Tags a row with its API type, which unions and interfaces resolve by. */
export function typed<T extends object, N extends string>(typename: N, row: T): T & { __typename: N } {
  return Object.assign({}, row, { __typename: typename });
}
