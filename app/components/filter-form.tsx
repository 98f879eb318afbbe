/**
 * The pieces of the feed screens' filter forms. The forms are plain GET forms: every choice
 * lands in the URL, with or without JavaScript, under the names the exports take.
 */
import Link from 'next/link';
import type { DocumentNode } from 'graphql';
import type { ReactNode } from 'react';
import { PAGE_SIZES, type FeedQuery } from '@/app/lib/search-params';
import { OpenInPlayground } from './open-in-playground';

/** A year, a month or a day: what the API's partial dates accept. */
const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export interface Choice {
  value: string;
  label: string;
}

/** The first value of a URL parameter, or '' to leave a field empty. */
export function firstValue(params: FeedQuery['params'], name: string): string {
  const v = params[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/**
 * Actors as choices, by name, so a long list can be scanned; with the actor the URL names
 * (`named`) when it is not among them, so the field shows what the list is filtered by.
 */
export function actorChoices(
  actors: readonly { key: string; name: string }[],
  named?: { key: string; name: string } | null,
): Choice[] {
  const all = named && !actors.some((a) => a.key === named.key) ? [...actors, named] : actors;
  return [...all].sort((x, y) => x.name.localeCompare(y.name)).map((a) => ({ value: a.key, label: a.name }));
}

/**
 * A labelled select whose first choice, the empty value, means "no filter". A value in the URL
 * that is none of the choices (a key no actor has) stays chosen and is said beside the field:
 * shown as "no filter", it would hide why nothing matches.
 */
export function ChoiceField(props: {
  label: string;
  name: string;
  /** The URL's parameters, which give the field its current value. */
  params: FeedQuery['params'];
  anyLabel: string;
  choices: readonly Choice[];
}) {
  const current = firstValue(props.params, props.name);
  const unknown = current !== '' && !props.choices.some((c) => c.value === current) ? current : null;
  const problemId = `${props.name}-unknown`;
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        defaultValue={current}
        aria-invalid={unknown ? true : undefined}
        aria-describedby={unknown ? problemId : undefined}
      >
        <option value="">{props.anyLabel}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        {unknown && <option value={unknown}>“{unknown}” (unknown)</option>}
      </select>
      {unknown && (
        <span id={problemId} className="field-problem" role="alert">
          “{unknown}” names nothing in the dataset, so nothing matches it.
        </span>
      )}
    </label>
  );
}

/** A checkbox that puts `name=value` in the URL when ticked; ticked when the URL holds it. */
export function CheckField(props: {
  label: string;
  name: string;
  value: string;
  params: FeedQuery['params'];
}) {
  const current = props.params[props.name];
  const checked = (Array.isArray(current) ? current : [current]).includes(props.value);
  return (
    <label className="field field-check">
      <input type="checkbox" name={props.name} value={props.value} defaultChecked={checked} />
      <span>{props.label}</span>
    </label>
  );
}

function PartialDateField({
  label,
  name,
  params,
}: {
  label: string;
  name: string;
  params: FeedQuery['params'];
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={name}
        defaultValue={firstValue(params, name)}
        placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
        pattern={PARTIAL_DATE_PATTERN}
        inputMode="numeric"
        size={12}
      />
    </label>
  );
}

/** The `from` and `to` fields; a partial date filters by the whole interval it names. */
export function DateRangeFields({ params }: { params: FeedQuery['params'] }) {
  return (
    <>
      <PartialDateField label="From" name="from" params={params} />
      <PartialDateField label="To" name="to" params={params} />
    </>
  );
}

/** How many items a page of the list shows: 20, 50 or 100 (or a size the URL asked for). */
export function PageSizeField({ first }: { first: number }) {
  const sizes = (PAGE_SIZES as readonly number[]).includes(first)
    ? PAGE_SIZES
    : [...PAGE_SIZES, first].sort((x, y) => x - y);
  return (
    <label className="field">
      <span>Per page</span>
      <select name="first" defaultValue={String(first)}>
        {sizes.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The form around the fields: the page size, Apply and Clear. */
export function FilterForm(props: {
  /** The screen's path, where the form submits and Clear leads. */
  action: string;
  label: string;
  query: Pick<FeedQuery, 'first' | 'firstGiven'>;
  document: DocumentNode;
  children: ReactNode;
}) {
  const { action, label, query, document, children } = props;
  return (
    <form className="filters" method="get" action={action} aria-label={label}>
      {children}
      <PageSizeField first={query.first} />
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href={action}>Clear</Link>
        <OpenInPlayground document={document} />
      </div>
    </form>
  );
}
