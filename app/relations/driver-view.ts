/**
 * A driver of the tension index as the drill-down lists it: what the record is, where it is
 * shown, and the API's numbers for it.
 */
import type { TensionPointDriversQuery } from '@/graphql/__generated__/client/graphql';
import { statementDriverTitle } from './driver-title';
import { packageHref } from '@/app/sanctions/anchors';

type Point = NonNullable<TensionPointDriversQuery['relation']>['timeline'][number];
export type Driver = Point['drivers'][number];

export interface DriverView {
  key: string;
  kind: string;
  title: string;
  href: string;
  date: string;
  intensity: number;
  /** Weight at the point's read day, as the API computed it. */
  weight: number;
  /** False when a stronger record of the same act (speaker, source, day) carries its weight. */
  carriesAct: boolean;
  /** Records in its act, itself included. */
  actSize: number;
}

export function toDriverView({ record, date, intensity, weight, carriesAct, actSize }: Driver): DriverView {
  const base = { date, intensity, weight, carriesAct, actSize };
  switch (record.__typename) {
    case 'Statement':
      return {
        ...base,
        key: record.key,
        kind: 'Statement',
        title: statementDriverTitle(record.speaker.name, record.quote, record.summary),
        href: `/statements?${new URLSearchParams({ speaker: record.speaker.key, from: date, to: date })}#${record.key}`,
      };
    case 'Event':
      return {
        ...base,
        key: record.key,
        kind: 'Event',
        title: record.title,
        href: `/events?${new URLSearchParams({ from: date, to: date })}#${record.key}`,
      };
    case 'SanctionPackage':
      return {
        ...base,
        key: record.key,
        kind: `Sanctions, ${record.regime.imposer.name} on ${record.regime.target.name}`,
        title: record.title,
        href: packageHref(record.key),
      };
    default:
      return { ...base, key: `${record.__typename}-${date}`, kind: record.__typename, title: '', href: '#' };
  }
}
