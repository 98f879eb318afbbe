import type { StorePage } from '../../data/store/rows';

/** All a page says: rows, positions, both neighbours and the count with its bound. */
export interface PageAnswer<Row> {
  rows: Row[];
  positions: unknown[][];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
  totalCountBound: string;
}

/** A page read whole, counts included, for comparing one engine's with the other's. */
export async function pageAnswer<Row>(page: StorePage<Row>): Promise<PageAnswer<Row>> {
  return {
    rows: page.rows,
    positions: page.rows.map((row) => page.positionOf(row)),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    totalCount: await page.totalCount(),
    totalCountBound: await page.totalCountBound(),
  };
}
