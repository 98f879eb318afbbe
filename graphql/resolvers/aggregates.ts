import type { GqlResolvers as Resolvers, GqlStatementPeriod } from '../__generated__/resolvers-types';
import type { StanceValue } from '../../data/store/rows';
import type { SanctionPeriodRow, StanceCountRow } from '../../data/store/repositories/aggregates';
import { STANCES } from '../../data/ingest/dataset-schema';
import { monthOfIndex, periodStarts, yearOfIndex, type Period } from '../../data/period';
import { pageSize } from '../connections';
import { analysisOf } from './relations';
import { interval, searchText } from './shared';
import { networkTies, readingOfTie } from './network-ties';
import { selectsField } from '../selection';

/** A period's first month as the API names it: "2025-05" for a month or quarter, "2025" for a year. */
function periodText(start: number, period: Period): string {
  const year = String(yearOfIndex(start)).padStart(4, '0');
  return period === 'YEAR' ? year : `${year}-${String(monthOfIndex(start)).padStart(2, '0')}`;
}

/**
 * The store's (period, stance, count) rows as one entry per period, stances in enum order, from
 * the first period holding a statement to the last: a quiet period between them is a period with
 * none held, not a gap in time. The walk is bounded by periodStarts.
 */
function statementPeriods(rows: readonly StanceCountRow[], period: Period): GqlStatementPeriod[] {
  if (rows.length === 0) return [];
  const byStart = new Map<number, Map<StanceValue, number>>();
  for (const row of rows) {
    const counts = byStart.get(row.start) ?? new Map<StanceValue, number>();
    counts.set(row.stance, row.count);
    byStart.set(row.start, counts);
  }
  return periodStarts(rows[0]!.start, rows.at(-1)!.start, period).map((start) => {
    const counts = byStart.get(start);
    const byStance = STANCES.filter((s) => counts?.has(s)).map((stance) => ({
      stance,
      count: counts!.get(stance)!,
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

export const aggregateResolvers: Resolvers = {
  Query: {
    statementSeries: async (_, { filter, period }, ctx) => {
      const kind = period ?? 'MONTH';
      searchText(filter?.text, 'filter.text');
      const rows = await ctx.store.aggregates.statementCounts(
        { ...filter, from: interval(filter?.from, 'filter.from'), to: interval(filter?.to, 'filter.to') },
        kind,
      );
      return statementPeriods(rows, kind);
    },
    sanctionRegime: (_, { key }, ctx) => ctx.loaders.regimeByKey.load(key),
    network: async (_, { first }, ctx, info) =>
      networkTies(
        (await ctx.store.aggregates.ties()).slice(0, pageSize(first ?? 50)),
        ctx,
        selectsField(info, 'tension') || selectsField(info, 'coverage'),
      ),
  },
  SanctionRegime: {
    series: async (regime, { period }, ctx) => {
      const kind = period ?? 'QUARTER';
      return sanctionPeriods(await ctx.store.aggregates.sanctionCounts(regime.id, kind), kind);
    },
  },
  Relation: {
    trend: async (parent, { period }, ctx) => (await analysisOf(parent, ctx)).trend(period ?? 'MONTH'),
  },
  TensionPoint: {
    drivers: (point, { first }) => point.drivers(pageSize(first ?? 5)),
  },
  ActorTie: {
    a: (tie) => tie.actorA,
    b: (tie) => tie.actorB,
    sharedAlliances: (tie) => tie.alliances,
    tension: (tie, _, ctx) => tie.reading?.tension ?? readingOfTie(tie, ctx).then((r) => r.tension),
    coverage: (tie, _, ctx) => tie.reading?.coverage ?? readingOfTie(tie, ctx).then((r) => r.coverage),
  },
};
