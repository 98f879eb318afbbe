import { formatPartialDate } from '@/app/components/format';
import {
  ageWords,
  asOfWords,
  basisWords,
  notEnoughRecords,
  todayUtc,
  type CoverageFacts,
} from './coverage-words';

/** What a reading of the index needs: its value, the day, and what it rests on. */
export interface IndexReadingData {
  a: { name: string };
  b: { name: string };
  tension: number;
  pressure: number;
  asOf: string;
  coverage: CoverageFacts;
}

/**
 * The index as a figure with its day, the latest record's date and age, and what it rests on;
 * or, when the records are too few or too narrow, the words saying so and no number.
 */
export function IndexReading({ relation }: { relation: IndexReadingData }) {
  const { coverage, asOf } = relation;
  const latest =
    coverage.latest != null && coverage.latestAgeDays != null
      ? ` Latest record: ${formatPartialDate(coverage.latest)}, ${ageWords(coverage.latestAgeDays, coverage.latest)}.`
      : '';
  if (!coverage.sufficient) {
    const words = notEnoughRecords(coverage, relation.a.name, relation.b.name);
    return (
      <>
        <p className="figure insufficient">Not enough records</p>
        <small>
          {words.charAt(0).toUpperCase() + words.slice(1)}, as of {asOfWords(asOf, todayUtc())}. The index
          needs at least 3 acts from 2 sources to mean anything.{latest}
        </small>
      </>
    );
  }
  return (
    <>
      <p className="figure">
        <span className="value">{Math.round(relation.tension)}</span>/100
      </p>
      <small>
        As of {asOfWords(asOf, todayUtc())}; 0 calm, 100 rupture.{latest} {basisWords(coverage)}
        {relation.pressure < 0 && (
          <>
            {' '}
            Cooperation outweighs hostility (pressure {relation.pressure.toFixed(2)}): the index stops at 0.
          </>
        )}
      </small>
    </>
  );
}
