import Link from 'next/link';
import { ErrorState } from '@/app/components/panel';
import { OpenInPlayground } from '@/app/components/open-in-playground';
import { STANCE_LABELS } from '@/app/components/statement-item';
import {
  StatementFiltersPanelDocument,
  type StatementFiltersPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { STANCES, type StatementQuery } from './search-params';

const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The filters as a plain GET form: every choice lands in the URL, with or without JavaScript. */
export async function StatementFiltersPanel({ query }: { query: StatementQuery }) {
  let data: StatementFiltersPanelQuery;
  try {
    data = await runOperation(StatementFiltersPanelDocument);
  } catch (error) {
    return <ErrorState error={error} />;
  }
  const { params } = query;
  const first = (name: string) => {
    const v = params[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const actors = [...data.actors.nodes].sort((x, y) => x.name.localeCompare(y.name));

  return (
    <form className="filters" method="get" action="/statements" aria-label="Filter statements">
      <label className="field">
        <span>Speaker</span>
        <select name="speaker" defaultValue={first('speaker')}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Aimed at</span>
        <select name="target" defaultValue={first('target')}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Topic</span>
        <select name="topic" defaultValue={first('topic')}>
          <option value="">Any topic</option>
          {data.topics.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label} ({t.statementCount})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Stance</span>
        <select name="stance" defaultValue={first('stance')}>
          <option value="">Any stance</option>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input
          name="from"
          defaultValue={first('from')}
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
          defaultValue={first('to')}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          pattern={PARTIAL_DATE_PATTERN}
          inputMode="numeric"
          size={12}
        />
      </label>
      <label className="field field-wide">
        <span>Words</span>
        <input type="search" name="text" defaultValue={first('text')} placeholder="in quote or summary" />
      </label>
      {query.firstGiven && <input type="hidden" name="first" value={query.first} />}
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/statements">Clear</Link>
        <OpenInPlayground document={StatementFiltersPanelDocument} />
      </div>
    </form>
  );
}
