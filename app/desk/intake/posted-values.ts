/** The intake form's fields as posted, echoed back with its answer (see postedValues). */
import { maxLengthOf } from '../field-limits';
import { STATEMENT_LIMITS } from '../statement-input';
import { INTAKE_LIMITS, PROPOSAL_FIELDS } from './intake-state';

/** Most proposals a text yields (data/intake/propose.ts MAX_PROPOSALS): no more are echoed. */
const MAX_ECHOED_PROPOSALS = 200;
/** A proposal's stance or intensity is a word or a number: this is more than either needs. */
const SHORT_VALUE = 64;
const PROPOSAL_NAME = /^p(\d+)\.(\w+)$/;

/** How long a posted field may be when echoed: its limit as a control's maxLength; null for a field the form has not. */
function echoLength(name: string): number | null {
  const own = INTAKE_LIMITS[name];
  if (own) return maxLengthOf(own);
  const [, , field] = PROPOSAL_NAME.exec(name) ?? [];
  if (!field || !(PROPOSAL_FIELDS as readonly string[]).includes(field)) return null;
  const limit = STATEMENT_LIMITS[field];
  return limit ? maxLengthOf(limit) : SHORT_VALUE;
}

/**
 * The form's fields as posted, so the analyst's edits survive each post; bounded, so that the
 * answer is never much larger than the form can legitimately be: only the form's own fields,
 * each cut at its limit (a longer one is refused beside it), and no more proposals than a text
 * yields.
 */
export function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  const offsets = new Set<string>();
  for (const [name, value] of form.entries()) {
    const length = echoLength(name);
    if (typeof value !== 'string' || length === null || name in values) continue;
    const offset = PROPOSAL_NAME.exec(name)?.[1];
    if (offset !== undefined) {
      if (!offsets.has(offset) && offsets.size >= MAX_ECHOED_PROPOSALS) continue;
      offsets.add(offset);
    }
    values[name] = value.slice(0, length);
  }
  return values;
}
