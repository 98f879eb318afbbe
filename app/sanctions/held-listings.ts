import { plural } from '@/app/components/format';
import type { SanctionCountsFieldsFragment } from '@/graphql/__generated__/client/graphql';

/** Said where a count from listings would stand when none are held: 0 would read as none designated. */
export const NO_LISTINGS_HELD = 'No listings of this regime are held here to count from.';

/**
 * What the listings held here count: "12 listings held here (9 individuals, 3 entities).", or,
 * with none held, that there is nothing to count from.
 */
export function heldListingsWords(counted: SanctionCountsFieldsFragment): string {
  if (counted.designations === 0) return NO_LISTINGS_HELD;
  return `${plural(counted.designations, 'listing')} held here (${plural(counted.individuals, 'individual')}, ${plural(counted.entities, 'entity', 'entities')}).`;
}
