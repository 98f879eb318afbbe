import type { TensionTimelinePoint } from '@/app/components/charts/tension-timeline-chart';
import { plural } from '@/app/components/format';
import { DriversList } from './drivers-list';
import type { DriverView } from './driver-view';

interface PointDriversProps {
  point: TensionTimelinePoint;
  /** The point's drivers; undefined while they are being read. */
  drivers?: readonly DriverView[];
  /** Why they could not be read. */
  error?: string;
}

/** What moved one timeline point: its strongest records, or why none are listed. */
/** "The strongest 8 of the 12 records", "All 3 records", "The one record". */
export function shownWords(shown: number, records: number): string {
  if (records === 1) return 'The one record';
  if (shown === records) return `All ${plural(records, 'record')}`;
  return `The strongest ${shown} of the ${plural(records, 'record')}`;
}

export function PointDrivers({ point, drivers, error }: PointDriversProps) {
  return (
    <div aria-busy={drivers === undefined && error === undefined}>
      {error !== undefined ? (
        <p className="error-state">
          The records of {point.label} could not be read: {error}
        </p>
      ) : drivers === undefined ? (
        <p className="note">Reading the records of {point.label}…</p>
      ) : drivers.length === 0 ? (
        <p className="empty-state">No record dated in {point.label} moves the index.</p>
      ) : (
        <>
          <p className="note">
            {shownWords(Math.min(drivers.length, point.recordCount), point.recordCount)} dated in{' '}
            {point.label}, by weight at the point (−intensity × 0.5^(age in days / 180)).
          </p>
          <DriversList drivers={drivers} />
        </>
      )}
    </div>
  );
}
