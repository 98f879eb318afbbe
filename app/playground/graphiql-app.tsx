'use client';

/**
 * GraphiQL itself. Loaded only on /playground (next/dynamic, ssr: false), so neither its
 * JavaScript nor its CSS reach the dashboard. Everything is bundled: Monaco's workers come
 * from the app's own chunks (the webpack setup works under Turbopack too), never a CDN.
 */
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { useEffect, useRef } from 'react';

export interface LoadRequest {
  /** Increases with every request, so loading the same query twice still acts. */
  id: number;
  query: string;
  variables: string;
}

const DEFAULT_QUERY = `# Faultline's GraphQL API. Pick a saved query above or write your own:
# Ctrl+Enter runs it, Ctrl+Space completes a field, and the Docs pane lists every type.
# Writes need a token: put {"Authorization": "Bearer <token>"} in the Headers pane.
{
  stats {
    actors
    statements
    events
  }
}
`;

/** POSTs to this app's API with whatever the Headers pane holds (the write token, say). */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] };
  }
};

export default function GraphiQLApp(props: {
  initialQuery?: string;
  initialVariables?: string;
  load: LoadRequest | null;
}) {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      // An operation from the URL wins over the stored tabs: GraphiQL opens it in its own
      // tab (or re-selects a tab holding exactly it), and the other tabs stay.
      initialQuery={props.initialQuery}
      initialVariables={props.initialVariables}
      defaultEditorToolsVisibility
      // The token typed in the Headers pane is not written to storage unless the user asks.
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>Faultline</GraphiQL.Logo>
      <Loader request={props.load} />
    </GraphiQL>
  );
}

const blank = (text: string | null | undefined) => (text ?? '').trim();

/** Puts a requested operation in the editors: its own tab, unless one already holds it. */
function Loader({ request }: { request: LoadRequest | null }) {
  const { queryEditor, variableEditor, tabs, activeTabIndex } = useGraphiQL((state) => ({
    queryEditor: state.queryEditor,
    variableEditor: state.variableEditor,
    tabs: state.tabs,
    activeTabIndex: state.activeTabIndex,
  }));
  const { addTab, changeTab } = useGraphiQLActions();
  const done = useRef(0);

  useEffect(() => {
    if (!request || !queryEditor || !variableEditor || done.current === request.id) return;
    done.current = request.id;
    const open = tabs.findIndex(
      (tab, index) =>
        index !== activeTabIndex &&
        blank(tab.query) === blank(request.query) &&
        blank(tab.variables) === blank(request.variables),
    );
    if (open >= 0) return changeTab(open);
    const current = blank(queryEditor.getValue());
    if (current === blank(request.query) && blank(variableEditor.getValue()) === blank(request.variables))
      return;
    // The tab in view keeps its work unless it holds nothing but the welcome text.
    if (current !== '' && current !== blank(DEFAULT_QUERY)) addTab();
    queryEditor.setValue(request.query);
    variableEditor.setValue(request.variables);
    queryEditor.focus();
  }, [request, queryEditor, variableEditor, tabs, activeTabIndex, addTab, changeTab]);

  return null;
}
