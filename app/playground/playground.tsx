'use client';

import dynamic from 'next/dynamic';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import type { LoadRequest } from './graphiql-app';
import styles from './playground.module.css';
import type { SavedQuery } from './saved-queries';

// GraphiQL and Monaco touch `window` as they load, and weigh megabytes: client only, and
// only on this route.
const GraphiQLApp = dynamic(() => import('./graphiql-app'), {
  ssr: false,
  loading: () => <Loading />,
});

function Loading() {
  return (
    <p className={styles.loading} role="status">
      Loading the playground…
    </p>
  );
}

/** A dashboard query named by the URL, looked up on the server, or the name nothing answers to. */
export type LinkedOperation = { query: string; variables: string } | { unknownName: string };

/** The saved-queries menu above GraphiQL; a choice opens in GraphiQL's editors. */
export function Playground({
  savedQueries,
  linked,
}: {
  savedQueries: SavedQuery[];
  linked: LinkedOperation | null;
}) {
  const [load, setLoad] = useState<LoadRequest | null>(null);

  function open(id: string) {
    const saved = savedQueries.find((q) => q.id === id);
    if (saved) setLoad({ id: (load?.id ?? 0) + 1, query: saved.query, variables: saved.variables });
  }

  return (
    <>
      <div className={styles.bar}>
        <h1>Playground</h1>
        <label className={styles.saved}>
          <span>Saved queries</span>
          {/* Back to the prompt after each choice, so choosing the same query again reopens it. */}
          <select value="" onChange={(event) => open(event.target.value)}>
            <option value="" disabled>
              Open a saved query…
            </option>
            {savedQueries.map((q) => (
              <option key={q.id} value={q.id} title={q.description}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
        {linked && 'unknownName' in linked && (
          <p className={styles.hint} role="status">
            No dashboard query is named “{linked.unknownName}”: the playground opens as it was.
          </p>
        )}
        <p className={styles.hint}>
          Reads need no token. To write, put <code>{'{"Authorization": "Bearer <token>"}'}</code> in Headers.
        </p>
      </div>
      <div className={styles.ide}>
        <Suspense fallback={<Loading />}>
          <FromUrl load={load} linked={linked && 'query' in linked ? linked : null} />
        </Suspense>
      </div>
    </>
  );
}

/**
 * `/playground?operation=…` (a dashboard query by name, looked up on the server) or
 * `?query=…`, each with `&variables=…` (see playgroundHref), opens with that operation.
 */
function FromUrl({
  load,
  linked,
}: {
  load: LoadRequest | null;
  linked: { query: string; variables: string } | null;
}) {
  const params = useSearchParams();
  // Read once: later URL changes must not reset the editors under the user.
  const [initial] = useState(() => {
    if (linked) return { initialQuery: linked.query, initialVariables: linked.variables };
    const query = params.get('query');
    if (query === null) return {};
    // Without this, GraphiQL would pair the URL's query with the last stored variables.
    return { initialQuery: query, initialVariables: params.get('variables') ?? '' };
  });
  return <GraphiQLApp {...initial} load={load} />;
}
