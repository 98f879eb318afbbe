import { pageVariables, type StatementQuery } from '@/app/lib/search-params';
import { StatementsFeedPanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { StatementsFeed, type FeedSeed } from './statements-feed';

/**
 * The statements feed's first page, read in-process for the server's HTML (readable without
 * JavaScript) and handed to the browser's Apollo cache; later pages and filters are read there.
 */
export async function StatementsFeedPanel({ query }: { query: StatementQuery }) {
  let seed: FeedSeed | null = null;
  if (!query.reversedRange) {
    const variables = { filter: query.filter, ...pageVariables(query) };
    try {
      const data = await runOperation(StatementsFeedPanelDocument, variables);
      // GraphQL results are objects without a prototype; a client component's props must be plain.
      seed = { variables, data: JSON.parse(JSON.stringify(data)) as typeof data };
    } catch {
      // The feed asks again through Apollo Client and shows the API's own error.
      seed = null;
    }
  }
  return <StatementsFeed seed={seed} />;
}
