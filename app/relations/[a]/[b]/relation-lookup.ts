import { cache } from 'react';
import { noRecordHasKey } from '@/data/field-limits';
import { RelationPageDocument, type RelationPageQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/**
 * The pair's names, null when either key names no actor (or no record can have it), undefined when the pair is one
 * actor twice or the query failed (the panels then show their own errors). Cached per request.
 */
export const lookUpRelation = cache(
  async (a: string, b: string): Promise<RelationPageQuery['relation'] | undefined> => {
    if (noRecordHasKey(a) || noRecordHasKey(b)) return null;
    if (a === b) return undefined;
    try {
      return (await runOperation(RelationPageDocument, { a, b })).relation;
    } catch {
      return undefined;
    }
  },
);
