import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem, type StatementItemData } from '@/app/components/statement-item';
import {
  ActorStatementsMadePanelDocument,
  ActorStatementsReceivedPanelDocument,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

function StatementList(props: {
  statements: readonly StatementItemData[];
  totalCount: number;
  exportHref: string;
  empty: string;
}) {
  const { statements, totalCount, exportHref, empty } = props;
  if (statements.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <p className="note">
        {statements.length < totalCount
          ? `The ${statements.length} newest of ${totalCount}.`
          : `${totalCount} in all, newest first.`}{' '}
        <a href={`${exportHref}`} download>
          Download all as CSV
        </a>
      </p>
      <ol className="record-list">
        {statements.map((s) => (
          <li key={s.key}>
            <StatementItem statement={s} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** The newest statements the actor made (each element's id is the statement key). */
export async function StatementsMadePanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = {
    id: 'statements-made',
    title: 'Statements made',
    document: ActorStatementsMadePanelDocument,
    variables,
  };
  try {
    const { actor } = await runOperation(ActorStatementsMadePanelDocument, variables);
    if (!actor) return null;
    return (
      <Panel {...props}>
        <StatementList
          statements={actor.statements.nodes}
          totalCount={actor.statements.totalCount}
          exportHref={`/api/export/statements.csv?speaker=${encodeURIComponent(actorKey)}`}
          empty={`No statements by ${actor.name} are recorded.`}
        />
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}

/** The newest statements aimed at the actor. */
export async function StatementsReceivedPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = {
    id: 'statements-received',
    title: 'Statements received',
    document: ActorStatementsReceivedPanelDocument,
    variables,
  };
  try {
    const { actor } = await runOperation(ActorStatementsReceivedPanelDocument, variables);
    if (!actor) return null;
    return (
      <Panel {...props}>
        <StatementList
          statements={actor.statementsAbout.nodes}
          totalCount={actor.statementsAbout.totalCount}
          exportHref={`/api/export/statements.csv?target=${encodeURIComponent(actorKey)}`}
          empty={`No statements aimed at ${actor.name} are recorded.`}
        />
      </Panel>
    );
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
}
