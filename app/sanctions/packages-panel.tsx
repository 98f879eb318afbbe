import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { toInterval } from '@/data/partial-date';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionPackagesPanelDocument,
  type SanctionPackagesPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { cumulativeDesignations, packagesPerQuarter, regimeName } from './aggregate';
import { ChartFigure } from './chart-figure';
import { PackageList } from './package-list';
import { DesignationsAreaChart, PackagesChart } from './sanctions-charts';

type Regime = SanctionPackagesPanelQuery['sanctionRegimes'][number];

const CHART_HEIGHT = 260;
const TITLE = 'Packages over time';

/**
 * Packages per quarter for every regime, the running totals of designations the imposing regimes'
 * packages state, and those packages one by one. Counter-measures are listed in their own panel.
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
  const { periods, unplaced } = packagesPerQuarter(withPackages);
  const total = withPackages.reduce((n, r) => n + r.packages.length, 0);

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
      {unplaced > 0 && (
        <p className="note">{unplaced} packages dated only to the year are counted in no quarter.</p>
      )}
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
  const rows = cumulativeDesignations(regime.packages);
  const last = rows.at(-1);
  const stated = regime.packages.some((p) => p.designatedIndividuals != null || p.designatedEntities != null);
  const id = `cumulative-${regime.key}`;
  return (
    <section className="regime-packages" aria-labelledby={`packages-${regime.key}`}>
      <h3 id={`packages-${regime.key}`}>
        {name}: {regime.packages.length} packages
      </h3>
      {stated && last && (
        <ChartFigure
          id={id}
          title={`${name}: designated individuals and entities, cumulative from package counts`}
          description={`By ${formatPartialDate(last.date)} the packages state ${last.cumulativeIndividuals} individuals and ${last.cumulativeEntities} entities in all.`}
          height={CHART_HEIGHT}
          chart={
            <DesignationsAreaChart
              height={CHART_HEIGHT}
              points={rows.map((r) => ({
                time: Date.parse(toInterval(r.date).start),
                label: formatPartialDate(r.date),
                individuals: r.cumulativeIndividuals,
                entities: r.cumulativeEntities,
              }))}
            />
          }
          table={
            <table className="record-table">
              <thead>
                <tr>
                  <th scope="col">Package</th>
                  <th scope="col" className="num">
                    Individuals
                  </th>
                  <th scope="col" className="num">
                    Entities
                  </th>
                  <th scope="col" className="num">
                    Individuals, cumulative
                  </th>
                  <th scope="col" className="num">
                    Entities, cumulative
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">
                      <a href={`#${r.key}`}>{formatPartialDate(r.date)}</a>
                    </th>
                    <td className="num">{r.designatedIndividuals ?? '—'}</td>
                    <td className="num">{r.designatedEntities ?? '—'}</td>
                    <td className="num">{r.cumulativeIndividuals}</td>
                    <td className="num">{r.cumulativeEntities}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {stated && (
        <p className="note">
          Running totals add the counts each package’s source states; a package without a stated count (shown
          as —) adds nothing, so the totals are a floor, not the regime’s reported figures.
        </p>
      )}
      <PackageList packages={regime.packages} />
    </section>
  );
}
