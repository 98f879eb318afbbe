import { ApolloBoundary } from '@/app/components/apollo-boundary';
import { PreloadQuery } from '@/app/apollo-server-client';
import { DeskRecentChangesDocument } from '@/graphql/__generated__/client/graphql';
import { RECENT_CHANGES_SHOWN } from './recent-change-words';
import { RecentChangesList } from './recent-changes-list';

/**
 * The desk's recent changes by anyone: read on the server, so the page's HTML holds them, and
 * handed to the browser's Apollo cache, where the list keeps itself fresh.
 */
export function RecentChangesPanel() {
  return (
    <section aria-labelledby="recent-changes">
      <h2 id="recent-changes">Recent changes</h2>
      <ApolloBoundary>
        <PreloadQuery query={DeskRecentChangesDocument} variables={{ first: RECENT_CHANGES_SHOWN }}>
          <RecentChangesList />
        </PreloadQuery>
      </ApolloBoundary>
    </section>
  );
}
