import type { GqlResolvers as Resolvers } from '../__generated__/resolvers-types';
import type { RelationParent } from '../../data/store/rows';
import type { TensionRecordRow } from '../../data/tension-record';
import type { GraphQLContext } from '../context';
import { cachedPairAnalysis, type PairReading } from '../../data/pair-analysis';
import { dayFromNumber, dayNumber, todayNumber, type DayInterval } from '../../data/partial-date';
import { decodeCursor, pageSize } from '../connections';
import { badArgument } from '../errors';
import { selectsField } from '../selection';

/** Timeline points one request may list drivers for: twenty years by month. */
export const MAX_POINTS_WITH_DRIVERS = 240;
import { interval, required, typed } from './shared';
import { eventConnection, statementConnection } from './read-ahead';

interface Sides {
  a: number[];
  b: number[];
}

// Per-request memo: a Relation parent object lives for one request.
const sidesMemo = new WeakMap<RelationParent, Promise<Sides>>();

/** Each side is the actor and those who speak for it (an ambassador for his state). */
function sidesOf(parent: RelationParent, ctx: GraphQLContext): Promise<Sides> {
  let sides = sidesMemo.get(parent);
  if (!sides) {
    sides = Promise.all([
      ctx.loaders.affiliates.load(parent.a.id),
      ctx.loaders.affiliates.load(parent.b.id),
    ]).then(([aAffiliates, bAffiliates]) => ({
      a: [parent.a.id, ...aAffiliates.map((x) => x.id)],
      b: [parent.b.id, ...bAffiliates.map((x) => x.id)],
    }));
    sidesMemo.set(parent, sides);
  }
  return sides;
}

/** The pair's tension answers on the parent's day, shared across requests until the data changes. */
export async function analysisOf(parent: RelationParent, ctx: GraphQLContext): Promise<PairReading> {
  const [{ a, b }, version] = await Promise.all([sidesOf(parent, ctx), ctx.version()]);
  const key = `${version}|${a.join(',')}|${b.join(',')}`;
  const pair = ctx.store.pairTension;
  const analysis = await cachedPairAnalysis(key, () => ({
    days: () => pair.days(a, b),
    voices: (to) => pair.voices(a, b, to),
    strongestActs: (range, asOf, first) => pair.strongestActs(a, b, range, asOf, first),
  }));
  return analysis.at(parent.asOf);
}

async function recordOf(ctx: GraphQLContext, r: TensionRecordRow) {
  if (r.type === 'Statement')
    return typed('Statement', await required(ctx.loaders.statement, r.id, 'statement'));
  if (r.type === 'Event') return typed('Event', await required(ctx.loaders.event, r.id, 'event'));
  return typed('SanctionPackage', await required(ctx.loaders.sanctionPackage, r.id, 'package'));
}

/** The day a relation is read on: today, or the last day of `asOf` that has come. */
function readingDay(asOf: DayInterval | null): number {
  const today = todayNumber();
  if (!asOf) return today;
  if (dayNumber(asOf.start) > today) {
    throw badArgument(
      'asOf',
      `is after today (${dayFromNumber(today)}): the index is read on days that have come`,
    );
  }
  return Math.min(dayNumber(asOf.end), today);
}

export const relationResolvers: Resolvers = {
  Query: {
    relation: async (_, { a, b, asOf }, ctx) => {
      const day = interval(asOf, 'asOf');
      const [actorA, actorB] = await Promise.all([
        ctx.loaders.actorByKey.load(a),
        ctx.loaders.actorByKey.load(b),
      ]);
      if (!actorA || !actorB) return null;
      if (actorA.id === actorB.id) throw badArgument('b', 'must name an actor other than "a"');
      return { a: actorA, b: actorB, asOf: readingDay(day) };
    },
  },
  Relation: {
    tension: async (parent, _, ctx) => (await analysisOf(parent, ctx)).tension,
    pressure: async (parent, _, ctx) => (await analysisOf(parent, ctx)).pressure,
    asOf: (parent) => dayFromNumber(parent.asOf),
    recordCount: async (parent, _, ctx) => (await analysisOf(parent, ctx)).recordCount,
    coverage: async (parent, _, ctx) => (await analysisOf(parent, ctx)).coverage,
    timeline: async (parent, { period, from, to }, ctx, info) => {
      interval(from, 'from');
      interval(to, 'to');
      const points = (await analysisOf(parent, ctx)).timeline(period ?? 'MONTH', from ?? null, to ?? null);
      // Each point's drivers is a read of the store whatever `first` says: bound how many.
      if (points.length > MAX_POINTS_WITH_DRIVERS && selectsField(info, 'drivers')) {
        throw badArgument(
          'from',
          `gives ${points.length} points; drivers are listed for at most ${MAX_POINTS_WITH_DRIVERS} points at once (narrow from/to, or ask without drivers)`,
        );
      }
      return points;
    },
    drivers: async (parent, { first }, ctx) => {
      const size = pageSize(first ?? 10);
      return (await analysisOf(parent, ctx)).drivers(size);
    },
    statements: async (parent, { first, after }, ctx, info) => {
      const size = pageSize(first);
      const list = `relation-statements:${parent.a.key}:${parent.b.key}`;
      const pair = await sidesOf(parent, ctx);
      return statementConnection(
        ctx,
        info,
        list,
        await ctx.store.statements.page(
          { pair },
          { field: 'DATE', direction: 'DESC' },
          decodeCursor(list, after, 2),
          size,
        ),
      );
    },
    events: async (parent, { first, after }, ctx, info) => {
      const size = pageSize(first);
      const list = `relation-events:${parent.a.key}:${parent.b.key}`;
      const pair = await sidesOf(parent, ctx);
      return eventConnection(
        ctx,
        info,
        list,
        await ctx.store.events.page({ pair }, decodeCursor(list, after, 2), size),
      );
    },
    sanctions: async (parent, _, ctx) => {
      const { a, b } = await sidesOf(parent, ctx);
      return ctx.store.sanctions.regimesBetween(a, b);
    },
    alignments: async (parent, _, ctx) => {
      const { a, b } = await sidesOf(parent, ctx);
      return ctx.store.relations.alignments(a, b);
    },
  },
  TensionDriver: {
    record: (driver, _, ctx) => recordOf(ctx, driver.record),
    date: (driver) => driver.record.date,
    intensity: (driver) => driver.record.intensity,
    carriesAct: (driver) => driver.record.carriesAct,
    actSize: (driver) => driver.record.actSize,
  },
};
