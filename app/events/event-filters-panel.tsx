import { ErrorState } from '@/app/components/panel';
import {
  CheckField,
  ChoiceField,
  DateRangeFields,
  FilterForm,
  actorChoices,
  firstValue,
} from '@/app/components/filter-form';
import {
  EventFiltersPanelDocument,
  type EventFiltersPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { EVENT_KIND_LABELS } from './event-item';
import { EVENT_KINDS, INCLUDE_AFFILIATES, type EventQuery } from '@/app/lib/search-params';

const KIND_CHOICES = EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] }));

/** The event filters as a plain GET form: every choice lands in the URL. */
export async function EventFiltersPanel({ query }: { query: EventQuery }) {
  let data: EventFiltersPanelQuery;
  try {
    data = await runOperation(EventFiltersPanelDocument, { actor: firstValue(query.params, 'actor') });
  } catch (error) {
    return <ErrorState error={error} />;
  }
  const { params } = query;
  return (
    <FilterForm action="/events" label="Filter events" query={query} document={EventFiltersPanelDocument}>
      <ChoiceField label="Kind" name="kind" params={params} anyLabel="Any kind" choices={KIND_CHOICES} />
      <ChoiceField
        label="Actor"
        name="actor"
        params={params}
        anyLabel="Anyone"
        choices={actorChoices(data.actors.nodes, data.actor)}
      />
      <CheckField
        label="Include those who act for it (an ambassador for his state)"
        name="include"
        value={INCLUDE_AFFILIATES}
        params={params}
      />
      <DateRangeFields params={params} />
    </FilterForm>
  );
}
