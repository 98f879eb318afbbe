import Link from 'next/link';
import { ErrorState } from '@/app/components/panel';
import { OpenInPlayground } from '@/app/components/open-in-playground';
import {
  EventFiltersPanelDocument,
  type EventFiltersPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { EVENT_KIND_LABELS } from './event-item';
import { EVENT_KINDS, type EventQuery } from './search-params';

const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The event filters as a plain GET form: every choice lands in the URL. */
export async function EventFiltersPanel({ query }: { query: EventQuery }) {
  let data: EventFiltersPanelQuery;
  try {
    data = await runOperation(EventFiltersPanelDocument);
  } catch (error) {
    return <ErrorState error={error} />;
  }
  const value = (name: string) => {
    const v = query.params[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const actors = [...data.actors.nodes].sort((x, y) => x.name.localeCompare(y.name));
  return (
    <form className="filters" method="get" action="/events" aria-label="Filter events">
      <label className="field">
        <span>Kind</span>
        <select name="kind" defaultValue={value('kind')}>
          <option value="">Any kind</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {EVENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Actor</span>
        <select name="actor" defaultValue={value('actor')}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input
          name="from"
          defaultValue={value('from')}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          pattern={PARTIAL_DATE_PATTERN}
          inputMode="numeric"
          size={12}
        />
      </label>
      <label className="field">
        <span>To</span>
        <input
          name="to"
          defaultValue={value('to')}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          pattern={PARTIAL_DATE_PATTERN}
          inputMode="numeric"
          size={12}
        />
      </label>
      {query.firstGiven && <input type="hidden" name="first" value={query.first} />}
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/events">Clear</Link>
        <OpenInPlayground document={EventFiltersPanelDocument} />
      </div>
    </form>
  );
}
