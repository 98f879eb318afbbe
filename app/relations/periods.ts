/**
 * The timeline's period switch: which periods there are, their names, and reading one from the
 * URL. Labels come from the period module, so every screen names a period the same way.
 */
import { monthIndexOf, periodLabel, type Period } from '@/data/period';

export type PeriodName = Period;
export const PERIODS: readonly PeriodName[] = ['MONTH', 'QUARTER', 'YEAR'];
export const PERIOD_LABELS: Record<PeriodName, string> = { MONTH: 'Month', QUARTER: 'Quarter', YEAR: 'Year' };

/** A period the API names by its first day ("2025-04-01", "2025-04") as readers do: "Apr 2025", "Q2 2025", "2025". */
export function pointLabel(start: string, period: PeriodName): string {
  return periodLabel(monthIndexOf(start), period);
}
