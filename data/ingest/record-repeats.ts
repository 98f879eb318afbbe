/**
 * The rules a sanctions package and a source written through the API keep beyond their shape:
 * neither repeats one held already. Run inside the write's immediate transaction, like the
 * statement and event rules, so two copies sent at once cannot both pass. A retracted package
 * has left the live tables and does not count.
 */
import type { RecordWrites } from '../store/writes/records';
import type { Gen } from '../store/writes/steps';
import { toInterval } from '../partial-date';
import { statementWords } from '../statement-words';
import type { SanctionPackageRecord, SourceRecord } from './dataset-schema';
import type { WriteProblem } from './api-writes';

/** The same number in the regime's series, or the same date and title: the same package. */
export function* packageRuleProblem(rows: RecordWrites, r: SanctionPackageRecord): Gen<WriteProblem | null> {
  const held = yield* rows.packageLike(
    r.regime,
    r.date,
    toInterval(r.date).start,
    statementWords(r.title),
    r.ordinal,
  );
  if (!held) return null;
  const sameNumber = r.ordinal !== undefined && held.ordinal === r.ordinal;
  return {
    field: ['input', sameNumber ? 'ordinal' : 'title'],
    message: sameNumber
      ? `the regime "${r.regime}" holds package number ${r.ordinal} already: "${held.title}" of ${held.date}`
      : `the same sanctions package is held already: "${held.title}" of ${held.date} in the regime "${r.regime}"`,
    code: 'DUPLICATE',
    existing: { type: 'SanctionPackage', key: held.key },
  };
}

/** The same address, or without one the same outlet, title and publication date: the same document. */
export function* sourceRuleProblem(rows: RecordWrites, r: SourceRecord): Gen<WriteProblem | null> {
  const held = yield* rows.sourceLike(r);
  if (!held) return null;
  return {
    field: ['input', r.url !== undefined ? 'url' : 'title'],
    message:
      r.url !== undefined
        ? `a source at this address is held already ("${held}"): cite it instead of adding it again`
        : `a source with the same outlet, title and publication date is held already ("${held}"): cite it instead`,
    code: 'DUPLICATE',
    existing: { type: 'Source', key: held },
  };
}
