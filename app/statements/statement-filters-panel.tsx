import { longerThanAnyKey } from '@/data/field-limits';
import { ErrorState } from '@/app/components/panel';
import {
  CheckField,
  ChoiceField,
  DateRangeFields,
  FilterForm,
  actorChoices,
  firstValue,
} from '@/app/components/filter-form';
import { STANCE_LABELS } from '@/app/components/statement-item';
import {
  StatementFiltersPanelDocument,
  type StatementFiltersPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { MAX_TEXT_LENGTH } from '@/app/lib/list-params';
import { INCLUDE_AFFILIATES, STANCES, type StatementQuery } from '@/app/lib/search-params';
import { WordsProblem } from './words-problem';

/** A key to look up, or none when it is longer than any key (the page says so above the list). */
const keyToLookUp = (key: string | undefined) => (key && !longerThanAnyKey(key) ? key : '');

const STANCE_CHOICES = STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s] }));

/** The filters as a plain GET form: every choice lands in the URL, with or without JavaScript. */
export async function StatementFiltersPanel({ query }: { query: StatementQuery }) {
  let data: StatementFiltersPanelQuery;
  try {
    data = await runOperation(StatementFiltersPanelDocument, {
      speaker: keyToLookUp(firstValue(query.params, 'speaker')),
      target: keyToLookUp(firstValue(query.params, 'target')),
    });
  } catch (error) {
    return <ErrorState error={error} />;
  }
  const { params } = query;
  const topics = data.topics.map((t) => ({ value: t.key, label: `${t.label} (${t.statementCount})` }));

  return (
    <FilterForm
      action="/statements"
      label="Filter statements"
      query={query}
      document={StatementFiltersPanelDocument}
    >
      <ChoiceField
        label="Speaker"
        name="speaker"
        params={params}
        anyLabel="Anyone"
        choices={actorChoices(data.actors.nodes, data.speaker)}
      />
      <CheckField
        label="Include those who speak for it (an ambassador for his state)"
        name="include"
        value={INCLUDE_AFFILIATES}
        params={params}
      />
      <ChoiceField
        label="Aimed at"
        name="target"
        params={params}
        anyLabel="Anyone"
        choices={actorChoices(data.actors.nodes, data.target)}
      />
      <ChoiceField label="Topic" name="topic" params={params} anyLabel="Any topic" choices={topics} />
      <ChoiceField
        label="Stance"
        name="stance"
        params={params}
        anyLabel="Any stance"
        choices={STANCE_CHOICES}
      />
      <DateRangeFields params={params} />
      <div className="field field-wide">
        <label className="field">
          <span>Words</span>
          <input
            type="search"
            name="text"
            defaultValue={firstValue(params, 'text')}
            placeholder="in quote, summary or source excerpt"
            maxLength={MAX_TEXT_LENGTH}
            aria-describedby="words-problem"
          />
        </label>
        <WordsProblem id="words-problem" />
      </div>
    </FilterForm>
  );
}
