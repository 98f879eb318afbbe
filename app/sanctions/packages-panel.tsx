import Link from 'next/link';
import { monthIndexOf, periodLabel } from '@/data/period';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionPackagesPanelDocument,
  type SanctionPackagesPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeName } from './regime-name';
import { ChartFigure } from './chart-figure';
import { PackageList } from './package-list';
import { DesignationsAreaChart, PackagesChart } from './sanctions-charts';

type Regime = SanctionPackagesPanelQuery['sanctionRegimes'][number];

const CHART_HEIGHT = 260;
const TITLE = 'Packages over time';

/** A quarter's label from the API's period ("2022-04" → "Q2 2022"). */
const quarterLabel = (period: string) => periodLabel(monthIndexOf(period), 'QUARTER');

/**
 * Every regime's packages per quarter and designations held over time, as the API counts them
 * (SanctionRegime.series), and the imposing regimes' packages one by one. Counter-measures are
 * listed in their own panel.
 */
export async function PackagesPanel() {
  let regimes: Regime[];
  try {
    regimes = (await runOperation(SanctionPackagesPanelDocument)).sanctionRegimes;
  } catch (error) {
    return (
      <Panel id="packages" title={TITLE} document={SanctionPackagesPanelDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const withPackages = regimes.filter((r) => r.packages.length > 0);
  if (withPackages.length === 0) {
    return (
      <Panel id="packages" title={TITLE} document={SanctionPackagesPanelDocument}>
        <EmptyState>No sanctions packages are in the dataset yet.</EmptyState>
      </Panel>
    );
  }
  const responseKeys = new Set(regimes.flatMap((r) => r.responses.map((x) => x.key)));
  const imposing = withPackages.filter((r) => !responseKeys.has(r.key));
  const series = withPackages.map((r) => ({ key: r.key, label: regimeName(r) }));
  // One row per quarter any regime was active in, each regime's count from its own series.
  const counts = new Map<string, Record<string, number>>();
  for (const r of withPackages)
    for (const p of r.series) counts.set(p.period, { ...counts.get(p.period), [r.key]: p.packages });
  const periods = [...counts.keys()].sort().map((period) => ({
    period,
    label: quarterLabel(period),
    counts: Object.fromEntries(withPackages.map((r) => [r.key, counts.get(period)?.[r.key] ?? 0])),
  }));
  const total = withPackages.reduce((n, r) => n + r.series.reduce((m, p) => m + p.packages, 0), 0);

  return (
    <Panel id="packages" title={TITLE} document={SanctionPackagesPanelDocument}>
      <ChartFigure
        id="packages-per-quarter"
        title="Sanctions packages per quarter"
        description={`${total} dated packages from ${periods[0]?.label} to ${periods.at(-1)?.label}, by regime.`}
        height={CHART_HEIGHT}
        chart={<PackagesChart periods={periods} series={series} height={CHART_HEIGHT} />}
        table={
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                {series.map((s) => (
                  <th scope="col" key={s.key} className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {p.counts[s.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="note">
        A package dated only to a month or a year counts in the quarter holding its first day.
      </p>
      {imposing.map((regime) => (
        <RegimePackages key={regime.key} regime={regime} />
      ))}
      {responseKeys.size > 0 && (
        <p className="note">
          Counter-measures and their packages are listed under{' '}
          <Link href="#responses-heading">Counter-measures</Link>.
        </p>
      )}
    </Panel>
  );
}

function RegimePackages({ regime }: { regime: Regime }) {
  const name = regimeName(regime);
  const held = regime.series.at(-1)?.cumulativeDesignations ?? 0;
  const id = `cumulative-${regime.key}`;
  return (
    <section className="regime-packages" aria-labelledby={`packages-${regime.key}`}>
      <h3 id={`packages-${regime.key}`}>
        {name}: {regime.packages.length} packages
      </h3>
      {held > 0 ? (
        <ChartFigure
          id={id}
          title={`${name}: designations held here, cumulative by listing date`}
          description={`${held.toLocaleString('en-US')} designations with a listing date by ${quarterLabel(regime.series.at(-1)!.period)}.`}
          height={CHART_HEIGHT}
          chart={
            <DesignationsAreaChart
              height={CHART_HEIGHT}
              points={regime.series.map((p) => ({
                label: quarterLabel(p.period),
                cumulative: p.cumulativeDesignations,
              }))}
            />
          }
          table={
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col" className="num">
                    Packages
                  </th>
                  <th scope="col" className="num">
                    Designations listed
                  </th>
                  <th scope="col" className="num">
                    Designations, cumulative
                  </th>
                </tr>
              </thead>
              <tbody>
                {regime.series.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{quarterLabel(p.period)}</th>
                    <td className="num">{p.packages}</td>
                    <td className="num">{p.designations}</td>
                    <td className="num">{p.cumulativeDesignations}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : (
        <p className="note">
          No designation with a listing date is held for this regime, so none is charted; each package below
          shows the counts its source states.
        </p>
      )}
      <PackageList packages={regime.packages} />
    </section>
  );
}
