/**
 * What the API answers to the words typed into /search: the records it found, the words it
 * refused (in its own words, to say beside the box), or a failure the page reports as such.
 */
import { SearchPageDocument } from '@/graphql/__generated__/client/graphql';
import { OperationError, runOperation } from '@/graphql/server';
import type { SearchResult } from './search-entry';

/** As many as the API gives by default: its ranking decides which come first. */
export const SEARCH_PAGE_SIZE = 20;

export type SearchOutcome =
  | { kind: 'found'; results: SearchResult[] }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; error: unknown };

export async function searchFor(words: string): Promise<SearchOutcome> {
  try {
    const { search } = await runOperation(SearchPageDocument, { text: words, first: SEARCH_PAGE_SIZE });
    return { kind: 'found', results: search };
  } catch (error) {
    if (error instanceof OperationError && error.allHaveCode('BAD_USER_INPUT')) {
      return { kind: 'refused', message: error.message };
    }
    return { kind: 'failed', error };
  }
}
