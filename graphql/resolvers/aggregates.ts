import type { GqlResolvers as Resolvers, GqlStatementPeriod } from '../__generated__/resolvers-types';
import type { StanceValue } from '../../data/store/rows';
import type { SanctionPeriodRow, StanceCountRow, TieRow } from '../../data/store/repositories/aggregates';
import type { PairReading } from '../../data/pair-analysis';
import type { GraphQLContext } from '../context';
import { STANCES } from '../../data/ingest/dataset-schema';
import { monthOfIndex, periodStarts, yearOfIndex, type Period } from '../../data/period';
import { todayNumber } from '../../data/partial-date';
import { createLru } from '../../data/lru';
import { pageSize } from '../connections';
import { analysisOf } from './relations';
import { interval, required, searchText } from './shared';

/** A period's first month as the API names it: "2025-05" for a month or quarter, "2025" for a year. */
function periodText(start: number, period: Period): string {
  const year = String(yearOfIndex(start)).padStart(4, '0');
  return period === 'YEAR' ? year : `${year}-${String(monthOfIndex(start)).padStart(2, '0')}`;
}

/** The store's (period, stance, count) rows as one entry per period, stances in enum order. */
function statementPeriods(rows: readonly StanceCountRow[], period: Period): GqlStatementPeriod[] {
  const byStart = new Map<number, Map<StanceValue, number>>();
  for (const row of rows) {
    const counts = byStart.get(row.start) ?? new Map<StanceValue, number>();
    counts.set(row.stance, row.count);
    byStart.set(row.start, counts);
  }
  return [...byStart].map(([start, counts]) => {
    const byStance = STANCES.filter((s) => counts.has(s)).map((stance) => ({
      stance,
      count: counts.get(stance)!,
    }));
    return {
      period: periodText(start, period),
      total: byStance.reduce((sum, s) => sum + s.count, 0),
      byStance,
    };
  });
}

/** Every period from the first active one to the last, quiet ones as zeros, with running totals. */
function sanctionPeriods(rows: readonly SanctionPeriodRow[], period: Period) {
  if (rows.length === 0) return [];
  const active = new Map(rows.map((r) => [r.start, r]));
  let cumulative = 0;
  return periodStarts(rows[0]!.start, rows.at(-1)!.start, period).map((start) => {
    const row = active.get(start);
    cumulative += row?.designations ?? 0;
    return {
      period: periodText(start, period),
      packages: row?.packages ?? 0,
      designations: row?.designations ?? 0,
      cumulativeDesignations: cumulative,
    };
  });
}

/** A reading is shared with the pair's own cache; what is kept here is a reference to it. */
const tieReadings = createLru<Promise<PairReading>>({
  maxEntries: 4096,
  maxBytes: 1024 * 1024,
  sizeOf: () => 64,
});

/**
 * The tie's pair read today: the same analysis, cached per pair and data version, that
 * Relation.tension and Relation.coverage read, so the network and the relation agree.
 */
function readingOf(tie: TieRow, ctx: GraphQLContext): Promise<PairReading> {
  const asOf = todayNumber();
  // The network lists fifty ties on every request: each tie's reading is kept per data version
  // and day, so a repeated request does not look up both actors and their sides again.
  const key = `${ctx.version()}|${asOf}|${tie.a}|${tie.b}`;
  return tieReadings.get(key, () => {
    const reading = Promise.all([
      required(ctx.loaders.actor, tie.a, 'actor'),
      required(ctx.loaders.actor, tie.b, 'actor'),
    ]).then(([a, b]) => analysisOf({ a, b, asOf }, ctx));
    reading.catch(() => tieReadings.delete(key));
    return reading;
  });
}

export const aggregateResolvers: Resolvers = {
  Query: {
    statementSeries: (_, { filter, period }, ctx) => {
      const kind = period ?? 'MONTH';
      searchText(filter?.text, 'filter.text');
      const rows = ctx.store.aggregates.statementCounts(
        { ...filter, from: interval(filter?.from, 'filter.from'), to: interval(filter?.to, 'filter.to') },
        kind,
      );
      return statementPeriods(rows, kind);
    },
    sanctionRegime: (_, { key }, ctx) => ctx.loaders.regimeByKey.load(key),
    network: (_, { first }, ctx) => ctx.store.aggregates.ties().slice(0, pageSize(first ?? 50)),
  },
  SanctionRegime: {
    series: (regime, { period }, ctx) => {
      const kind = period ?? 'QUARTER';
      return sanctionPeriods(ctx.store.aggregates.sanctionCounts(regime.id, kind), kind);
    },
  },
  Relation: {
    trend: async (parent, { period }, ctx) => (await analysisOf(parent, ctx)).trend(period ?? 'MONTH'),
  },
  TensionPoint: {
    drivers: (point, { first }) => point.drivers(pageSize(first ?? 5)),
  },
  ActorTie: {
    a: (tie, _, ctx) => required(ctx.loaders.actor, tie.a, 'actor'),
    b: (tie, _, ctx) => required(ctx.loaders.actor, tie.b, 'actor'),
    sharedAlliances: async (tie, _, ctx) => {
      const alliances = await Promise.all(
        tie.allianceIds.map((id) => required(ctx.loaders.alliance, id, 'alliance')),
      );
      return alliances.sort((x, y) => x.key.localeCompare(y.key));
    },
    tension: async (tie, _, ctx) => (await readingOf(tie, ctx)).tension,
    coverage: async (tie, _, ctx) => (await readingOf(tie, ctx)).coverage,
  },
};
