import { formatQuantity } from '@/data/quantity';
import {
  HeadlinePanelDocument,
  type HeadlinePanelQuery,
  type HeadlineQuantityFragment,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

type Stats = HeadlinePanelQuery['stats'];

const STAT_LABELS: Record<Exclude<keyof Stats, '__typename'>, string> = {
  actors: 'Actors',
  statements: 'Statements',
  events: 'Events',
  sanctionPackages: 'Sanctions packages',
  sanctionDesignations: 'Designations',
  alliances: 'Alliances and partnerships',
  sources: 'Sources',
};

/** The seed's headline, rendered on the server from one in-process query. */
export async function HeadlinePanel() {
  const { relation, sanctionRegimes, stats } = await runOperation(HeadlinePanelDocument);
  const regime = sanctionRegimes[0];
  const title = relation ? `${relation.a.name} – ${relation.b.name}` : 'Russia – Japan';

  return (
    <>
      <h1>{title}</h1>
      <p className="lede">
        How tense the relation is, and the sanctions behind it, as the sources state them.
      </p>

      <section aria-labelledby="tension-heading">
        <h2 id="tension-heading">Tension</h2>
        <div className="cards narrow">
          <article className="card" aria-labelledby="tension-card">
            <h3 id="tension-card">Current tension index</h3>
            {relation ? (
              <p className="figure">
                <span className="value">{Math.round(relation.tension)}</span>/100
              </p>
            ) : (
              <p className="figure">No data</p>
            )}
            <small>0 calm, 100 rupture; recent hostile records weigh most.</small>
          </article>
        </div>
      </section>

      <section aria-labelledby="sanctions-heading">
        <h2 id="sanctions-heading">
          {regime
            ? `${regime.imposer.name}’s sanctions on ${regime.target.name}`
            : 'Japan’s sanctions on Russia'}
        </h2>
        {regime ? (
          <>
            {regime.since && <p className="note">Since {formatPartialDate(regime.since)}.</p>}
            <div className="cards">
              <QuantityCard id="packages" heading="Sanctions packages" quantity={regime.packageCount} />
              <QuantityCard
                id="individuals"
                heading="Designated individuals"
                quantity={regime.designatedIndividuals}
                counted={regime.counted.individuals}
              />
              <QuantityCard
                id="entities"
                heading="Designated entities"
                quantity={regime.designatedEntities}
                counted={regime.counted.entities}
              />
            </div>
            <p className="note">
              Reported figures come from the sources; counted ones from the{' '}
              {regime.counted.designations.toLocaleString('en-US')} designations (individual listings) held in
              this dataset.
            </p>
          </>
        ) : (
          <p className="empty">
            No sanctions by Japan on Russia are in the database yet. Load the dataset with{' '}
            <code>npm run db:seed</code>.
          </p>
        )}
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">In this dataset</h2>
        <div className="cards compact">
          {Object.entries(STAT_LABELS).map(([key, label]) => (
            <article className="card" key={key} aria-labelledby={`stat-${key}`}>
              <h3 id={`stat-${key}`}>{label}</h3>
              <p className="figure">
                <span className="value">
                  {stats[key as keyof typeof STAT_LABELS].toLocaleString('en-US')}
                </span>
              </p>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}

function QuantityCard(props: {
  id: string;
  heading: string;
  quantity: HeadlineQuantityFragment | null | undefined;
  counted?: number;
}) {
  const { id, heading, quantity, counted } = props;
  return (
    <article className="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {quantity ? (
        <>
          <p className="figure">
            <span className="value">{formatQuantity(quantity)}</span> {quantity.unit}
          </p>
          {quantity.text && <small>Source: “{quantity.text}”</small>}
        </>
      ) : (
        <p className="figure">Not reported</p>
      )}
      {counted !== undefined && (
        <p className="counted">Counted from designations held here: {counted.toLocaleString('en-US')}</p>
      )}
    </article>
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022" stays "2022", "2022-02" is "February 2022", "2022-02-24" is "24 February 2022". */
function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}
