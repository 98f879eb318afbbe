import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ErrorState, Panel } from '@/app/components/panel';
import {
  ActorProfilePanelDocument,
  type ActorKind,
  type ActorProfilePanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './profile-panel.module.css';

const KIND: Record<ActorKind, string> = {
  STATE: 'State',
  ORGANIZATION: 'Organisation',
  PERSON: 'Person',
  MEDIA: 'News outlet',
};

/** The page heading and who the actor is. An unknown key is a 404. */
export async function ProfilePanel({ actorKey }: { actorKey: string }) {
  const variables = { key: actorKey };
  let actor: ActorProfilePanelQuery['actor'];
  try {
    actor = (await runOperation(ActorProfilePanelDocument, variables)).actor;
  } catch (error) {
    return (
      <>
        <h1>{actorKey}</h1>
        <Panel id="profile" title="Profile" document={ActorProfilePanelDocument} variables={variables}>
          <ErrorState error={error} />
        </Panel>
      </>
    );
  }
  if (!actor) notFound();
  return (
    <>
      <h1>{actor.name}</h1>
      {actor.title && <p className="lede">{actor.title}</p>}
      <Panel id="profile" title="Profile" document={ActorProfilePanelDocument} variables={variables}>
        <dl className="facts profile">
          <dt>Kind</dt>
          <dd>{KIND[actor.kind]}</dd>
          <dt>Name</dt>
          <dd>{actor.name}</dd>
          <dt>Also known as</dt>
          <dd>{actor.aliases.length > 0 ? actor.aliases.join(', ') : 'No other names recorded'}</dd>
          <dt>Title</dt>
          <dd>{actor.title ?? 'None recorded'}</dd>
          <dt>Affiliation</dt>
          <dd>
            {actor.affiliation ? (
              <Link href={`/actors/${encodeURIComponent(actor.affiliation.key)}`} prefetch={false}>
                {actor.affiliation.name}
              </Link>
            ) : (
              'None recorded'
            )}
          </dd>
          <dt>Country code</dt>
          <dd>{actor.countryCode ? <abbr title="ISO 3166-1 alpha-3">{actor.countryCode}</abbr> : '—'}</dd>
          <dt>Wikidata</dt>
          <dd>
            {actor.wikidataId ? (
              <a
                href={`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidataId)}`}
                rel="noopener noreferrer"
                target="_blank"
              >
                {actor.wikidataId}
                <span className="visually-hidden"> (Wikidata, opens in a new tab)</span>
              </a>
            ) : (
              'Not known'
            )}
          </dd>
          <dt>Key</dt>
          <dd>
            <code>{actor.key}</code>
          </dd>
        </dl>
        {actor.description && <p className={styles.description}>{actor.description}</p>}
      </Panel>
    </>
  );
}
