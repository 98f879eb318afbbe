import Link from 'next/link';
import { ApolloProvider } from '@/app/apollo-provider';
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

interface TensionPanelProps {
  a: string;
  b: string;
  period: PeriodName;
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
  switchPath,
  title = 'Tension over time',
}: TensionPanelProps) {
  const variables = { a, b, period };
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
        // Apollo Client only where the drill-down queries from the browser.
        <ApolloProvider>
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
        </ApolloProvider>
      )}
    </Panel>
  );
}
