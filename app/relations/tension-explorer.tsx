'use client';

import dynamic from 'next/dynamic';
import { ChartPlaceholder } from '@/app/components/chart-placeholder';
import Link from 'next/link';
import { useState, type KeyboardEvent } from 'react';
import { ChartTable } from '@/app/components/chart-table';
import type { TensionTimelinePoint } from '@/app/components/charts/tension-timeline-chart';
import { formatIntensity, formatPartialDate } from '@/app/components/format';
import { periodSpan, pointReadDay, weightsAt, type PeriodName } from './tension-math';
import { dayNumber, toInterval } from '@/data/partial-date';

const CHART_HEIGHT = 280;

// Recharts draws only in the browser: its own chunk, a box of the same size until then.
const TensionTimelineChart = dynamic(
  () => import('@/app/components/charts/tension-timeline-chart').then((m) => m.TensionTimelineChart),
  { ssr: false, loading: () => <ChartPlaceholder height={CHART_HEIGHT} /> },
);

/** A record that moves the index, ready to list: what it is, where it is, and its numbers. */
export interface DriverView {
  key: string;
  kind: string;
  title: string;
  href: string;
  date: string;
  intensity: number;
  /** Weight at the relation's asOf, as the API computed it. */
  weight: number;
  /** False when a stronger record of the same act (speaker, source, day) carries its weight. */
  carriesAct: boolean;
  /** Records in its act, itself included. */
  actSize: number;
}

interface TensionExplorerProps {
  points: readonly TensionTimelinePoint[];
  period: PeriodName;
  asOf: string | null;
  drivers: readonly DriverView[];
  /** False when the pair has more records than drivers were fetched. */
  complete: boolean;
  caption: string;
  /** How many drivers to list for the selected point. */
  listed?: number;
}

const UNIT: Record<PeriodName, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

/**
 * The timeline chart with the records behind a chosen point. Hover shows a point's tension
 * and record count; a click, or the arrow keys on the focused chart, choose the point whose
 * drivers are listed below it. The last point (read at asOf) is chosen first, so the server
 * HTML already lists the current drivers, and the table holds every number of the chart.
 */
export function TensionExplorer({
  points,
  period,
  asOf,
  drivers,
  complete,
  caption,
  listed = 8,
}: TensionExplorerProps) {
  const last = points.length - 1;
  const [chosen, setSelected] = useState(last);
  const selected = Math.min(chosen, last);
  const point = points[selected];

  if (!point) return null;

  const readDay = pointReadDay(point.period, period, asOf);
  const atAsOf = asOf !== null && selected === last && readDay === dayNumber(toInterval(asOf).start);
  const weighted = atAsOf ? drivers : weightsAt(drivers, readDay);
  const pressure = weighted.reduce((sum, d) => sum + d.weight, 0);
  const { first, next } = periodSpan(point.period, period);
  const isNew = (date: string) => {
    const day = dayNumber(toInterval(date).start);
    return first <= day && day < next;
  };
  const readOn = new Date(readDay * 86_400_000).toISOString().slice(0, 10);
  const valueText = `${point.label}: tension ${point.tension.toFixed(1)}, ${point.recordCount} ${
    point.recordCount === 1 ? 'record' : 'records'
  }`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowLeft: selected - 1,
      ArrowDown: selected - 1,
      ArrowRight: selected + 1,
      ArrowUp: selected + 1,
      PageDown: selected - 4,
      PageUp: selected + 4,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    setSelected(Math.max(0, Math.min(last, target)));
  }

  return (
    <div className="tension-explorer">
      <figure className="chart-figure">
        <figcaption>{caption}</figcaption>
        <div
          className="chart-frame"
          role="slider"
          tabIndex={0}
          aria-label="Timeline point whose drivers are listed (arrow keys to move)"
          aria-valuemin={0}
          aria-valuemax={last}
          aria-valuenow={selected}
          aria-valuetext={valueText}
          onKeyDown={onKeyDown}
          style={{ minHeight: CHART_HEIGHT }}
        >
          <TensionTimelineChart points={points} selectedIndex={selected} onSelect={setSelected} />
        </div>
        <p className="chart-readout" aria-live="polite">
          <strong>{point.label}</strong>: tension {point.tension.toFixed(1)}, read on{' '}
          {formatPartialDate(readOn)}; {point.recordCount} {point.recordCount === 1 ? 'record' : 'records'}{' '}
          entered this {UNIT[period]}.{' '}
          <span className="muted">
            Click a point, or focus the chart and use the arrow keys, to choose another.
          </span>
        </p>
      </figure>

      <h3 className="drivers-heading">What moved it at {point.label}</h3>
      {weighted.length === 0 ? (
        <p className="empty-state">No record moved the index by then.</p>
      ) : (
        <>
          <p className="note">
            The strongest {Math.min(listed, weighted.length)} of {weighted.length} records by weight (pressure
            P = {pressure.toFixed(2)}); a weight is −intensity × 0.5^(age in days / 180).
            {!complete && ' Past points are read from the 100 records that weigh most at the latest date.'}
          </p>
          <ol className="drivers">
            {weighted.slice(0, listed).map((d) => (
              <li key={d.key} className="driver">
                <span className={`driver-weight ${d.weight >= 0 ? 'raises' : 'eases'}`}>
                  {d.weight >= 0 ? '+' : '−'}
                  {Math.abs(d.weight).toFixed(2)}
                </span>
                <span className="driver-body">
                  <span className="driver-kind">{d.kind}</span>{' '}
                  <Link href={d.href} prefetch={false}>
                    {d.title}
                  </Link>
                  <span className="driver-meta">
                    {' '}
                    {formatPartialDate(d.date)} · intensity {formatIntensity(d.intensity)}
                    {!d.carriesAct && ' · same act as a stronger statement, counted once'}
                    {d.carriesAct && d.actSize > 1 && ` · carries an act of ${d.actSize} statements`}
                    {isNew(d.date) && <span className="badge new">new this {UNIT[period]}</span>}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}

      <ChartTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Tension</th>
            <th scope="col">Records</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.label}</th>
              <td>{p.tension.toFixed(1)}</td>
              <td>{p.recordCount}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
