import Link from 'next/link';
import { ErrorState, Panel } from '@/app/components/panel';
import { ActorSpokenForPanelDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { INCLUDE_AFFILIATES, toQuery } from '@/app/lib/search-params';

const ID = 'statements-spoken-for';
const TITLE = 'Statements by those who speak for it';

/**
 * The statements of those affiliated with the actor (Russia's ambassador for Russia), which its
 * own list leaves out: how many, and the statements screen with the speaker filter widened.
 * Nothing when no one speaks for the actor.
 */
export async function SpokenForPanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  const props = { id: ID, title: TITLE, document: ActorSpokenForPanelDocument, variables };
  try {
    const { actor, spokenFor } = await runOperation(ActorSpokenForPanelDocument, variables);
    if (!actor) return null;
    const own = actor.statements.totalCount;
    const others = spokenFor.totalCount - own;
    if (others <= 0) return null;
    const href = `/statements?${toQuery({ speaker: actor.key, include: INCLUDE_AFFILIATES })}`;
    return (
      <Panel {...props}>
        <p>
          {others === 1 ? 'One statement' : `${others} statements`} by those who speak for {actor.name};{' '}
          {own === 0 ? 'none' : own} by {actor.name} itself.{' '}
          <Link href={href} prefetch={false}>
            See them all together
          </Link>
        </p>
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
