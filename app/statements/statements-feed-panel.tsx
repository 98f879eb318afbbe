import { PreloadQuery } from '@/app/apollo-server-client';
import { feedVariables, type StatementQuery } from '@/app/lib/search-params';
import { StatementsFeedPanelDocument } from '@/graphql/__generated__/client/graphql';
import { StatementsFeed } from './statements-feed';

/**
 * The statements feed: its page for the URL is read on the server (so the HTML holds it,
 * readable without JavaScript) and handed to the browser's Apollo cache; other pages and
 * filters are read there. A reversed date range asks for nothing.
 */
export function StatementsFeedPanel({ query }: { query: StatementQuery }) {
  if (query.reversedRange) return <StatementsFeed />;
  return (
    <PreloadQuery query={StatementsFeedPanelDocument} variables={feedVariables(query)} errorPolicy="all">
      <StatementsFeed />
    </PreloadQuery>
  );
}
