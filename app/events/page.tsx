import type { Metadata } from 'next';
import { ExportLinks, FormProblems } from '@/app/components/feed-page';
import { ScrollToHash } from '@/app/components/scroll-to-hash';
import { EventFiltersPanel } from './event-filters-panel';
import { EventsTimelinePanel } from './events-timeline-panel';
import { parseEventParams, type SearchParams } from '@/app/lib/search-params';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Events' };

/** What happened between the actors: visits, agreements, suspensions, attacks, each with its sources. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseEventParams(await searchParams);
  return (
    <div className="feed-page">
      <h1>Events</h1>
      <p className="lede">
        What happened, when and between whom, with figures as their sources bound them and how well each is
        established.
      </p>
      <EventFiltersPanel query={query} />
      <FormProblems problems={query.problems} />
      <ExportLinks dataset="events" noun="event" params={query.params} reversed={!!query.reversedRange} />
      <EventsTimelinePanel query={query} />
      <ScrollToHash />
    </div>
  );
}
