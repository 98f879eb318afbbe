import Link from 'next/link';
import { formatIntensity, formatPartialDate } from '@/app/components/format';
import type { DriverView } from './driver-view';
import styles from './drivers-list.module.css';

/** The records that moved one timeline point, strongest first, each linking to where it is shown. */
export function DriversList({ drivers }: { drivers: readonly DriverView[] }) {
  return (
    <ol className={styles.drivers}>
      {drivers.map((d) => (
        <li key={d.key} className={styles.driver} data-part="driver">
          <span className={`${styles.weight} ${d.weight >= 0 ? styles.raises : styles.eases}`}>
            {d.weight >= 0 ? '+' : '−'}
            {Math.abs(d.weight).toFixed(2)}
          </span>
          <span className={styles.body}>
            <span className={styles.kind}>{d.kind}</span>{' '}
            <Link href={d.href} prefetch={false}>
              {d.title}
            </Link>
            <span className="fine-print" data-part="driver-meta">
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
