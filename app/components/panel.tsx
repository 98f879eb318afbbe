import type { ReactNode } from 'react';
import type { DocumentNode } from 'graphql';
import { OpenInPlayground } from './open-in-playground';

interface PanelProps {
  /** Used for the heading's id, so the section is named by its heading. */
  id: string;
  title: string;
  /** The panel's own operation, offered in the playground. */
  document?: DocumentNode;
  variables?: Record<string, unknown>;
  children: ReactNode;
}

/** A titled section of a dashboard page. */
export function Panel({ id, title, document, variables, children }: PanelProps) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <header className="panel-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {document && <OpenInPlayground document={document} variables={variables} />}
      </header>
      {children}
    </section>
  );
}

/** What a panel shows when its query answered with nothing. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/** What a panel shows when its query failed: the page around it still renders. */
export function ErrorState({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <p className="error-state" role="alert">
      This panel could not load its data: {message}
    </p>
  );
}
