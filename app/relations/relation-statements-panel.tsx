import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { StatementItem } from '@/app/components/statement-item';
import {
  RelationStatementsPanelDocument,
  type RelationStatementsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** The pair's statements, newest first, each with its quote, stance and evidence. */
export async function RelationStatementsPanel({
  a,
  b,
  first = 20,
  title = 'Statements',
}: {
  a: string;
  b: string;
  first?: number;
  title?: string;
}) {
  const variables = { a, b, first };
  let relation: RelationStatementsPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(RelationStatementsPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="statements" title={title} document={RelationStatementsPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const statements = relation?.statements;
  return (
    <Panel id="statements" title={title} document={RelationStatementsPanelDocument} variables={variables}>
      {!relation || !statements || statements.nodes.length === 0 ? (
        <EmptyState>No statement by one of them aimed at the other is recorded.</EmptyState>
      ) : (
        <>
          <p className="note">
            {statements.nodes.length < statements.totalCount
              ? `The latest ${statements.nodes.length} of ${statements.totalCount}`
              : `All ${statements.totalCount}`}{' '}
            statements by one side aimed at the other, newest first.
          </p>
          <div className="item-list">
            {statements.nodes.map((s) => (
              <StatementItem key={s.key} statement={s} />
            ))}
          </div>
          <p className="more-link">
            <Link href={`/statements?target=${encodeURIComponent(relation.b.key)}`} prefetch={false}>
              Every statement aimed at {relation.b.name}
            </Link>{' '}
            ·{' '}
            <Link href={`/statements?target=${encodeURIComponent(relation.a.key)}`} prefetch={false}>
              aimed at {relation.a.name}
            </Link>
          </p>
        </>
      )}
    </Panel>
  );
}
