import type { Metadata } from 'next';
import { Playground, type LinkedOperation } from './playground';
import { panelOperation } from './panel-operations';
import { readSavedQueries } from './saved-queries';
import styles from './playground.module.css';

export const metadata: Metadata = {
  title: 'Playground',
  description: "Query Faultline's GraphQL API in the browser: schema docs, autocomplete, saved queries.",
};

/** GraphiQL over /api/graphql, with the saved queries of docs/queries one choice away. */
export default async function PlaygroundPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  return (
    <div className={styles.playground} data-layout="fill">
      <Playground savedQueries={readSavedQueries()} linked={linkedOperation(params)} />
    </div>
  );
}

/** `?operation=<name>&variables=<JSON>`, the form a panel's "Open in playground" link takes. */
function linkedOperation(params: Record<string, string | string[] | undefined>): LinkedOperation | null {
  const name = first(params.operation);
  if (name === undefined) return null;
  const query = panelOperation(name);
  if (query === null) return { unknownName: name.slice(0, 100) };
  return { query, variables: readable(first(params.variables) ?? '') };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Links carry compact JSON; the editor shows it indented. Text that is not JSON stays as sent. */
function readable(variables: string): string {
  if (variables.trim() === '') return '';
  try {
    return JSON.stringify(JSON.parse(variables), null, 2);
  } catch {
    return variables;
  }
}
