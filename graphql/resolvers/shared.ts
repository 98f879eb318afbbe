import type { EvidenceRow, RecordType } from '../../data/store/rows';
import type { GraphQLContext } from '../context';
import { toInterval, type DayInterval } from '../../data/partial-date';

/** Loads a row the store's foreign keys guarantee; a miss means a broken database. */
export async function required<K, V>(
  loader: { load: (key: K) => Promise<V | null> },
  key: K,
  what: string,
): Promise<V> {
  const value = await loader.load(key);
  if (value === null) throw new Error(`${what} ${String(key)} is missing from the store`);
  return value;
}

export function evidenceOf(ctx: GraphQLContext, type: RecordType, id: number): Promise<EvidenceRow[]> {
  return ctx.loaders.evidence[type].load(id);
}

export const interval = (date: string | null | undefined): DayInterval | null => (date ? toInterval(date) : null);

/** Tags a row with its API type, which unions and interfaces resolve by. */
export function typed<T extends object, N extends string>(typename: N, row: T): T & { __typename: N } {
  return Object.assign({}, row, { __typename: typename });
}
