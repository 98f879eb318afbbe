import { ErrorState } from '@/app/components/panel';
import { OpenInPlayground } from '@/app/components/open-in-playground';
import { PairPickerPanelDocument, type PairPickerPanelQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './pair-picker-panel.module.css';

const KIND_LABELS = {
  STATE: 'States',
  ORGANIZATION: 'Organisations',
  PERSON: 'People',
  MEDIA: 'Media',
} as const;

type Actor = PairPickerPanelQuery['actors']['nodes'][number];

/**
 * Two selects in a plain GET form. /relations redirects `?a=&b=` to /relations/a/b, so the
 * picker works the same with or without JavaScript.
 */
export async function PairPickerPanel({ a, b }: { a: string; b: string }) {
  let actors: Actor[];
  try {
    actors = (await runOperation(PairPickerPanelDocument)).actors.nodes;
  } catch (error) {
    return <ErrorState error={error} />;
  }
  const groups = (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[])
    .map((kind) => ({ kind, actors: actors.filter((x) => x.kind === kind) }))
    .filter((g) => g.actors.length > 0);

  const select = (name: 'a' | 'b', label: string, value: string) => (
    <label className="field">
      <span>{label}</span>
      <select name={name} defaultValue={value}>
        {groups.map((g) => (
          <optgroup key={g.kind} label={KIND_LABELS[g.kind]}>
            {g.actors.map((x) => (
              <option key={x.key} value={x.key}>
                {x.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );

  return (
    <form className={`filters ${styles.picker}`} method="get" action="/relations" aria-label="Choose a pair">
      {select('a', 'First actor', a)}
      {select('b', 'Second actor', b)}
      <button type="submit">Show relation</button>
      <OpenInPlayground document={PairPickerPanelDocument} />
    </form>
  );
}
