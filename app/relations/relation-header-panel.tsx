import Link from 'next/link';
import { ErrorState } from '@/app/components/panel';
import { OpenInPlayground } from '@/app/components/open-in-playground';
import { formatPartialDate } from '@/app/components/format';
import {
  RelationHeaderPanelDocument,
  type RelationHeaderPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { IndexReading } from './index-reading';
import { plural } from '@/app/components/format';
import type { TrendDirection } from '@/graphql/__generated__/client/graphql';
import { pointLabel, type PeriodName } from './periods';
import styles from './relation-header-panel.module.css';

/** How each trend direction is shown: its word and its arrow (the arrow is decoration). */
const TREND_WORDS: Record<TrendDirection, { word: string; arrow: string }> = {
  RISING: { word: 'rising', arrow: '▲' },
  FALLING: { word: 'easing', arrow: '▼' },
  STEADY: { word: 'steady', arrow: '■' },
};

/** Rising keeps the figure's accent colour; easing and steady take their own. */
const TREND_STYLES: Record<TrendDirection, string> = {
  RISING: '',
  FALLING: styles.easing ?? '',
  STEADY: styles.steady ?? '',
};

interface RelationHeaderPanelProps {
  a: string;
  b: string;
  period?: PeriodName;
  /** The day to read the index on; omitted, today. */
  asOf?: string;
  /** Names to show when the query fails. */
  fallbackTitle?: string;
  /** A link under the figures (the overview points to the full relation page). */
  more?: { href: string; label: string };
}

/**
 * The page's heading and the pair's figures: the current index, its trend against the
 * previous period of the timeline, and how many records move it.
 */
export async function RelationHeaderPanel({
  a,
  b,
  period = 'MONTH',
  asOf,
  fallbackTitle,
  more,
}: RelationHeaderPanelProps) {
  const variables = { a, b, period, asOf };
  let relation: RelationHeaderPanelQuery['relation'];
  try {
    ({ relation } = await runOperation(RelationHeaderPanelDocument, variables));
  } catch (error) {
    return (
      <header className={styles.header}>
        <h1>{fallbackTitle ?? `${a} – ${b}`}</h1>
        <ErrorState error={error} />
      </header>
    );
  }
  if (!relation) {
    return (
      <header className={styles.header}>
        <h1>{fallbackTitle ?? `${a} – ${b}`}</h1>
        <p className="empty-state">One of these actors is not in the dataset.</p>
      </header>
    );
  }

  const { trend, coverage } = relation;
  const direction = TREND_WORDS[trend.direction];

  return (
    <header className={styles.header} aria-labelledby="relation-title">
      <div className={styles.titleRow}>
        <h1 id="relation-title">
          {relation.a.name} – {relation.b.name}
        </h1>
        <OpenInPlayground document={RelationHeaderPanelDocument} variables={variables} />
      </div>
      <p className="lede">
        How tense the relation is, why, and says who: every figure below traces back to its sources.
      </p>
      <div className="cards">
        <article className="card" aria-labelledby="tension-card">
          <h2 id="tension-card" className="card-title">
            {/* "Current" means today; a day named in the URL is said in the reading below. */}
            {asOf ? 'Tension index' : 'Current tension index'}
          </h2>
          <IndexReading relation={relation} />
        </article>
        <article className="card" aria-labelledby="trend-card">
          <h2 id="trend-card" className="card-title">
            Trend
          </h2>
          {coverage.sufficient && trend.newRecords === 0 ? (
            // Only decay moved the index: a fall is old pressure fading, not easing.
            <>
              <p className={`figure ${styles.steady}`}>No new records</p>
              <small>
                No new records since {formatPartialDate(coverage.latest ?? relation.asOf)}; the index only
                decays ({signed(trend.change)} against {pointLabel(trend.previousPeriod, period)}).
              </small>
            </>
          ) : coverage.sufficient ? (
            <>
              <p className={`figure ${TREND_STYLES[trend.direction]}`}>
                <span className="value">
                  <span aria-hidden="true">{direction.arrow} </span>
                  {signed(trend.change)}
                </span>{' '}
                {direction.word}
              </p>
              <small>
                Against {pointLabel(trend.previousPeriod, period)} ({trend.previous.toFixed(1)}).
              </small>
            </>
          ) : (
            <p className="figure">No trend without enough records</p>
          )}
        </article>
        <article className="card" aria-labelledby="records-card">
          <h2 id="records-card" className="card-title">
            Records moving the index
          </h2>
          <p className="figure">
            <span className="value">{relation.recordCount.toLocaleString('en-US')}</span>
          </p>
          <small>
            Statements, scored events and sanctions packages between the two, up to{' '}
            {formatPartialDate(relation.asOf)}: {plural(coverage.acts, 'act')}, since a speaker’s statements
            in one source on one day count once.
          </small>
        </article>
      </div>
      {more && (
        <p className="more-link">
          <Link href={more.href} prefetch={false}>
            {more.label}
          </Link>
        </p>
      )}
    </header>
  );
}

/** A change with its sign, to one decimal: "+2.5", "−3.1", "0.0". */
function signed(change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${Math.abs(change).toFixed(1)}`;
}
