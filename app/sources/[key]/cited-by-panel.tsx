import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SourceCitedByPanelDocument,
  type SourceCitedByPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import styles from './cited-by-panel.module.css';
import { packageHref, regimeHref } from '@/app/sanctions/anchors';

type Cited = NonNullable<SourceCitedByPanelQuery['source']>['citedBy'][number];
type Typename = Cited['__typename'];

/** Group headings, in the order the API groups the records. */
const GROUPS: Record<Typename, string> = {
  Statement: 'Statements',
  Event: 'Events',
  SanctionPackage: 'Sanction packages',
  SanctionRegime: 'Sanction regimes',
  Alliance: 'Alliances and programmes',
  Membership: 'Memberships',
  Office: 'Offices',
};

const STATUS_WORD = (status: string) => status.toLowerCase();

/** Where each record is shown, and how it reads in one line. */
function describe(record: Cited): { href: string; text: ReactNode } {
  switch (record.__typename) {
    case 'Statement':
      return {
        href: `/actors/${encodeURIComponent(record.speaker.key)}#${record.key}`,
        text: (
          <>
            <time dateTime={record.date}>{formatPartialDate(record.date)}</time>: {record.speaker.name} on{' '}
            {record.targets.map((t) => t.name).join(', ')} ({STATUS_WORD(record.stance)}): {record.summary}
          </>
        ),
      };
    case 'Event':
      return {
        href: `/events#${record.key}`,
        text: (
          <>
            <time dateTime={record.date}>{formatPartialDate(record.date)}</time>: {record.title}
          </>
        ),
      };
    case 'SanctionPackage':
      return {
        href: packageHref(record.key),
        text: (
          <>
            <time dateTime={record.date}>{formatPartialDate(record.date)}</time>, {record.regime.imposer.name}{' '}
            → {record.regime.target.name}: {record.title}
          </>
        ),
      };
    case 'SanctionRegime':
      return {
        href: regimeHref(record.key),
        text: (
          <>
            {record.imposer.name} → {record.target.name}
            {record.since && <>, since {formatPartialDate(record.since)}</>}
          </>
        ),
      };
    case 'Alliance':
      return {
        href: `/alliances#alliance-${record.key}`,
        text: (
          <>
            {record.name}
            {record.acronym && ` (${record.acronym})`}
          </>
        ),
      };
    case 'Membership':
      return {
        href: `/alliances#membership-${record.key}`,
        text: (
          <>
            {record.actor.name} in {record.alliance.acronym ?? record.alliance.name}:{' '}
            {STATUS_WORD(record.role)}, {STATUS_WORD(record.membershipStatus)}
          </>
        ),
      };
    case 'Office':
      return {
        href: `/alliances#office-${record.key}`,
        text: (
          <>
            {record.name}, {record.city} ({STATUS_WORD(record.officeStatus)})
          </>
        ),
      };
  }
}

/** Every record that cites the source, grouped by type, each linking to where it is shown. */
export async function CitedByPanel({ sourceKey }: { sourceKey: string }) {
  const variables = { key: sourceKey };
  const props = {
    id: 'cited-by',
    title: 'Records citing this source',
    document: SourceCitedByPanelDocument,
    variables,
  };
  let records: Cited[];
  try {
    records = (await runOperation(SourceCitedByPanelDocument, variables)).source?.citedBy ?? [];
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const groups = (Object.keys(GROUPS) as Typename[])
    .map((type) => ({ type, records: records.filter((r) => r.__typename === type) }))
    .filter((g) => g.records.length > 0);
  return (
    <Panel {...props}>
      {groups.length === 0 ? (
        <EmptyState>No record in the dataset cites this source.</EmptyState>
      ) : (
        groups.map(({ type, records }) => (
          <section key={type} aria-labelledby={`cited-${type}`} className={styles.group}>
            <h3 id={`cited-${type}`}>
              {GROUPS[type]} ({records.length})
            </h3>
            <ul className={`record-list ${styles.list}`}>
              {records.map((record) => {
                const { href, text } = describe(record);
                return (
                  <li key={record.key}>
                    <Link href={href} prefetch={false}>
                      {text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </Panel>
  );
}
