import type { Metadata } from 'next';
import { ScrollToHash } from '../statements/scroll-to-hash';
import { toQuery, type SearchParams } from '../statements/search-params';
import { EventFiltersPanel } from './event-filters-panel';
import { EventsTimelinePanel } from './events-timeline-panel';
import { parseEventParams } from './search-params';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Events' };

/** What happened between the actors: visits, agreements, suspensions, attacks, each with its sources. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = parseEventParams(await searchParams);
  const exportQuery = toQuery(query.params);
  const suffix = exportQuery ? `?${exportQuery}` : '';
  return (
    <div className="feed-page">
      <h1>Events</h1>
      <p className="lede">
        What happened, when and between whom, with figures as their sources bound them and how well each is
        established.
      </p>
      <EventFiltersPanel query={query} />
      {query.problems.length > 0 && (
        <ul className="form-problems" role="alert">
          {query.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="export-links">
        <a href={`/api/export/events.csv${suffix}`} download>
          Download CSV
        </a>
        <a href={`/api/export/events.json${suffix}`} download>
          Download JSON
        </a>
        <span className="muted">(every event matching these filters)</span>
      </p>
      <EventsTimelinePanel query={query} />
      <ScrollToHash />
    </div>
  );
}
