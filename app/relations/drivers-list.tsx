import Link from 'next/link';
import { formatIntensity, formatPartialDate } from '@/app/components/format';
import type { DriverView } from './driver-view';

/** The records that moved one timeline point, strongest first, each linking to where it is shown. */
export function DriversList({ drivers }: { drivers: readonly DriverView[] }) {
  return (
    <ol className="drivers">
      {drivers.map((d) => (
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
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
