import type { EventKindValue, EventRow, MeasurementRow, StorePage } from '../rows';
import type { BoundValue } from '../../quantity';
import type { DayInterval } from '../../partial-date';
import { keysetPageOn, placeholders } from '../keyset';
import { groupedOn, keyedLookupsOn } from './batch';
import type { Sql } from '../sql';

export const EVENT_COLUMNS = `e.id, e.key, e.date, e.date_start AS dateStart, e.end_date AS endDate, e.kind, e.title,
  e.summary, e.location, e.intensity, e.cameo_code AS cameoCode, e.verification`;

export interface EventFilterArgs {
  actors?: string[] | null;
  /** With `actors`: events of those affiliated with them too (an ambassador for his state). */
  includeAffiliated?: boolean | null;
  kinds?: EventKindValue[] | null;
  from?: DayInterval | null;
  to?: DayInterval | null;
  /** Actor ids: events with any of these among their actors. */
  actorIds?: number[];
  /** Two sides: events with an actor of each among their actors. */
  pair?: { a: number[]; b: number[] };
}

export function eventConditions(filter: EventFilterArgs): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actors?.length) {
    const keys = placeholders(filter.actors.length);
    // One step of affiliation, as relations count it: Russia takes in its ambassador.
    const affiliated = filter.includeAffiliated
      ? ` OR a.affiliation_id IN (SELECT id FROM actors WHERE key IN ${keys})`
      : '';
    where.push(`e.id IN (SELECT ea.event_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
      WHERE a.key IN ${keys}${affiliated})`);
    params.push(...filter.actors, ...(filter.includeAffiliated ? filter.actors : []));
  }
  if (filter.actorIds) {
    where.push(
      `e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ${placeholders(filter.actorIds.length)})`,
    );
    params.push(...filter.actorIds);
  }
  if (filter.pair) {
    const { a, b } = filter.pair;
    where.push(`e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ${placeholders(a.length)})
      AND e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ${placeholders(b.length)})`);
    params.push(...a, ...b);
  }
  if (filter.kinds?.length) {
    where.push(`e.kind IN ${placeholders(filter.kinds.length)}`);
    params.push(...filter.kinds);
  }
  // An event spans date_start .. (end_date's last day, else date's last day).
  if (filter.from) {
    where.push('e.date_end >= ?');
    params.push(filter.from.start);
  }
  if (filter.to) {
    where.push('e.date_start <= ?');
    params.push(filter.to.end);
  }
  return { where, params };
}

interface MeasurementRaw {
  eventId: number;
  label: string;
  value: number;
  bound: BoundValue;
  unit: string;
  text: string | null;
}

const ACTOR_IDS_OF = `SELECT event_id AS eventId, actor_id AS actorId FROM event_actors
  WHERE event_id IN (:ids) ORDER BY event_id, position`;
const MEASUREMENTS_OF = `SELECT event_id AS eventId, label, value, bound, unit, text FROM measurements
  WHERE event_id IN (:ids) ORDER BY event_id, position`;

const eventIdOf = (r: { eventId: number }) => r.eventId;
const toMeasurement = (r: MeasurementRaw): MeasurementRow => ({
  label: r.label,
  quantity: { value: r.value, bound: r.bound, unit: r.unit, text: r.text },
});

export function eventRepository(sql: Sql) {
  const eventLookups = keyedLookupsOn(sql, EVENT_COLUMNS, 'events e', (r: EventRow) => r);
  return {
    byIds: eventLookups.byIds,
    byKeys: eventLookups.byKeys,
    actorIdsOf: (ids: readonly number[]) =>
      groupedOn(sql, ACTOR_IDS_OF, ids, eventIdOf, (r: { eventId: number; actorId: number }) => r.actorId),
    measurementsOf: (ids: readonly number[]) =>
      groupedOn(sql, MEASUREMENTS_OF, ids, eventIdOf, toMeasurement),
    /** How many events match the filter, as a page of it counts them (its totalCount). */
    async count(filter: EventFilterArgs): Promise<number> {
      return (await this.page(filter, null, 1)).totalCount();
    },
    page(
      filter: EventFilterArgs,
      start: unknown[] | null,
      size: number,
      backward = false,
    ): Promise<StorePage<EventRow>> {
      const { where, params } = eventConditions(filter);
      return keysetPageOn(sql, {
        select: EVENT_COLUMNS,
        from: 'events e',
        where,
        params,
        orderBy: ['e.date_start', 'e.id'],
        direction: 'DESC',
        start,
        size,
        backward,
        map: (r: EventRow) => r,
        positionOf: (r: EventRow) => [r.dateStart, r.id],
      });
    },
  };
}
