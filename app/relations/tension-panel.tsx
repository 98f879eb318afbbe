import Link from 'next/link';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  TensionPanelDocument,
  TensionPointDriversDocument,
  type TensionPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { toDriverView, type DriverView } from './driver-view';
import { PERIOD_LABELS, PERIODS, pointLabel, type PeriodName } from './periods';
import { TensionExplorer } from './tension-explorer';
import { notEnoughRecords } from './coverage-words';
import styles from './tension-panel.module.css';

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

/**
 * The tension timeline of a pair and what moved the chosen point, read on the server: the
 * timeline, then the latest point's drill-down (the query the browser repeats for other points).
 */
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
  let initialDrivers: DriverView[] = [];
  try {
    ({ relation } = await runOperation(TensionPanelDocument, variables));
    const latest = relation?.timeline.at(-1);
    if (latest) {
      const drill = await runOperation(TensionPointDriversDocument, { ...variables, at: latest.period });
      initialDrivers = (drill.relation?.timeline[0]?.drivers ?? []).map(toDriverView);
    }
  } catch (error) {
    return (
      <Panel id="tension" title={title} document={TensionPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }

  const pair = relation ? `${relation.a.name}–${relation.b.name}` : `${a}–${b}`;
  const points = (relation?.timeline ?? []).map((p) => ({ ...p, label: pointLabel(p.period, period) }));

  return (
    <Panel id="tension" title={title} document={TensionPanelDocument} variables={variables}>
      {switchPath && (
        <nav className={styles.segmented} aria-label="Timeline period">
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
        // The explorer brings Apollo Client itself, with the first point it has to read.
        <TensionExplorer
          key={period}
          a={a}
          b={b}
          points={points}
          period={period}
          asOf={relation.asOf}
          initialDrivers={initialDrivers}
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
