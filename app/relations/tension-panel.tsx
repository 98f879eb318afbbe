import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import { TensionPanelDocument, type TensionPanelQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { TensionExplorer, type DriverView } from './tension-explorer';
import { PERIOD_LABELS, PERIODS, periodLabel, type PeriodName } from './tension-math';
import { notEnoughRecords } from './coverage-words';
import { statementDriverTitle } from './driver-title';

type Driver = NonNullable<TensionPanelQuery['relation']>['drivers'][number];

interface TensionPanelProps {
  a: string;
  b: string;
  period: PeriodName;
  /** The day to read the index on; omitted, today. */
  asOf?: string;
  /** When set, the panel offers the period switch as links to this path with `?period=`. */
  switchPath?: string;
  title?: string;
}

/** The tension timeline of a pair and what moved it, read on the server. */
export async function TensionPanel({
  a,
  b,
  period,
  asOf,
  switchPath,
  title = 'Tension over time',
}: TensionPanelProps) {
  const variables = { a, b, period, asOf };
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
              href={periodHref(switchPath, p, asOf)}
              aria-current={p === period ? 'page' : undefined}
              scroll={false}
            >
              {PERIOD_LABELS[p]}
            </Link>
          ))}
        </nav>
      )}
      {!relation || points.length === 0 || !relation.coverage.sufficient ? (
        <EmptyState>
          {relation
            ? `No timeline of the index: ${notEnoughRecords(relation.coverage, relation.a.name, relation.b.name)}.`
            : 'No record between these two moves the index yet.'}
          {relation &&
            relation.coverage.records > 0 &&
            ' The records there are, are listed with their sources below.'}
        </EmptyState>
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

/** The same page by another period, keeping the day read. */
function periodHref(path: string, period: PeriodName, asOf: string | undefined): string {
  const query = new URLSearchParams();
  if (period !== 'MONTH') query.set('period', period);
  if (asOf) query.set('asOf', asOf);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function toDriverView({ record, date, intensity, weight, carriesAct, actSize }: Driver): DriverView {
  const base = { date, intensity, weight, carriesAct, actSize };
  switch (record.__typename) {
    case 'Statement':
      return {
        ...base,
        key: record.key,
        kind: 'Statement',
        title: statementDriverTitle(record.speaker.name, record.quote, record.summary),
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
