import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { StatementItem, type StatementItemData } from '@/app/components/statement-item';
import {
  ActorStatementsMadePanelDocument,
  ActorStatementsReceivedPanelDocument,
} from '@/graphql/__generated__/client/graphql';
import { actorPanel } from './actor-panel';
import { NewestList } from './newest-list';

interface Side<Actor> {
  id: string;
  title: string;
  document: TypedDocumentNode<{ actor: Actor | null }, { key: string }>;
  statements: (actor: Actor) => { nodes: readonly StatementItemData[]; totalCount: number };
  /** The export's parameter that picks the same statements. */
  exportParam: 'speaker' | 'target';
  empty: (actorName: string) => string;
}

/** Keeps each side's own actor type, which its query decides. */
function defineSide<Actor>(s: Side<Actor>) {
  return s;
}

const SIDES = {
  made: defineSide({
    id: 'statements-made',
    title: 'Statements made',
    document: ActorStatementsMadePanelDocument,
    statements: (actor) => actor.statements,
    exportParam: 'speaker',
    empty: (name) => `No statements by ${name} are recorded.`,
  }),
  received: defineSide({
    id: 'statements-received',
    title: 'Statements received',
    document: ActorStatementsReceivedPanelDocument,
    statements: (actor) => actor.statementsAbout,
    exportParam: 'target',
    empty: (name) => `No statements aimed at ${name} are recorded.`,
  }),
};

function sidePanel<Actor extends { name: string }>(actorKey: string, s: Side<Actor>) {
  return actorPanel({
    ...s,
    actorKey,
    render: (actor) => {
      const { nodes, totalCount } = s.statements(actor);
      return (
        <NewestList
          items={nodes}
          totalCount={totalCount}
          exportHref={`/api/export/statements.csv?${s.exportParam}=${encodeURIComponent(actorKey)}`}
          empty={s.empty(actor.name)}
          renderItem={(statement) => <StatementItem statement={statement} />}
        />
      );
    },
  });
}

/**
 * The newest statements the actor made (as speaker) or received (as a target), each element's
 * id the statement key. The two differ only in their query and wording, so one panel serves both.
 */
export async function StatementsPanel({ actorKey, side }: { actorKey: string; side: keyof typeof SIDES }) {
  return side === 'made' ? sidePanel(actorKey, SIDES.made) : sidePanel(actorKey, SIDES.received);
}
