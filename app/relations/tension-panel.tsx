import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { TensionPanelDocument, type TensionPanelQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { TensionExplorer, type DriverView } from './tension-explorer';
import { PERIOD_LABELS, PERIODS, periodLabel, type PeriodName } from './tension-math';

type Driver = NonNullable<TensionPanelQuery['relation']>['drivers'][number];

interface TensionPanelProps {
  a: string;
  b: string;
  period: PeriodName;
  /** When set, the panel offers the period switch as links to this path with `?period=`. */
  switchPath?: string;
  title?: string;
}

/** The tension timeline of a pair and what moved it, read on the server. */
export async function TensionPanel({
  a,
  b,
  period,
  switchPath,
  title = 'Tension over time',
}: TensionPanelProps) {
  const variables = { a, b, period };
  let relation: TensionPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(TensionPanelDocument, variables));
  } catch (error) {
    return (
      <Panel id="tension" title={title} document={TensionPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }

  const pair = relation ? `${relation.a.name}–${relation.b.name}` : `${a}–${b}`;
  const points = (relation?.timeline ?? []).map((p) => ({ ...p, label: periodLabel(p.period, period) }));
  const drivers = (relation?.drivers ?? []).map(toDriverView);

  return (
    <Panel id="tension" title={title} document={TensionPanelDocument} variables={variables}>
      {switchPath && (
        <nav className="segmented" aria-label="Timeline period">
          {PERIODS.map((p) => (
            <Link
              key={p}
              href={p === 'MONTH' ? switchPath : `${switchPath}?period=${p}`}
              aria-current={p === period ? 'page' : undefined}
              scroll={false}
            >
              {PERIOD_LABELS[p]}
            </Link>
          ))}
        </nav>
      )}
      {!relation || points.length === 0 ? (
        <EmptyState>No record between these two moves the index yet.</EmptyState>
      ) : (
        <TensionExplorer
          key={period}
          points={points}
          period={period}
          asOf={relation.asOf}
          drivers={drivers}
          complete={relation.recordCount <= drivers.length}
          caption={`Tension index ${pair} by ${PERIOD_LABELS[period].toLowerCase()}, 0 calm to 100 rupture, with the records entering it each period`}
        />
      )}
    </Panel>
  );
}

function toDriverView({ record, date, intensity, weight }: Driver): DriverView {
  const base = { date, intensity, weight };
  switch (record.__typename) {
    case 'Statement':
      return {
        ...base,
        key: record.key,
        kind: 'Statement',
        title: `${record.speaker.name}: ${record.quote ? `“${record.quote}”` : record.summary}`,
        href: `/statements?${new URLSearchParams({ speaker: record.speaker.key, from: date, to: date })}#${record.key}`,
        date,
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
        href: `/sanctions#${record.key}`,
      };
    default:
      return { ...base, key: `${record.__typename}-${date}`, kind: record.__typename, title: '', href: '#' };
  }
}
