import type { Metadata } from 'next';
import { Playground } from './playground';
import { readSavedQueries } from './saved-queries';
import styles from './playground.module.css';

export const metadata: Metadata = {
  title: 'Playground',
  description: "Query Faultline's GraphQL API in the browser: schema docs, autocomplete, saved queries.",
};

/** GraphiQL over /api/graphql, with the saved queries of docs/queries one choice away. */
export default function PlaygroundPage() {
  return (
    <div className={styles.playground} data-layout="fill">
      <Playground savedQueries={readSavedQueries()} />
    </div>
  );
}
