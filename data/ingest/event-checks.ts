/**
 * The rule an event written through the API must keep beyond its shape: no live event says the
 * same, that is has the same date (as written), kind, title (compared as data/statement-words.ts
 * compares a statement's words: spacing, invisible characters, case and end punctuation aside)
 * and set of actors. Run inside the write's immediate transaction, so two copies sent at once
 * cannot both pass. A retracted event has left the live tables and does not count.
 */
import type { RecordWrites } from '../store/writes/records';
import type { Gen } from '../store/writes/steps';
import { toInterval } from '../partial-date';
import { statementWords } from '../statement-words';
import type { EventRecord } from './dataset-schema';
import type { WriteProblem } from './api-writes';

export function* eventRuleProblem(rows: RecordWrites, r: EventRecord): Gen<WriteProblem | null> {
  const held = yield* rows.eventLike(
    r.kind,
    r.date,
    toInterval(r.date).start,
    statementWords(r.title),
    r.actors,
  );
  if (!held) return null;
  return {
    field: ['input', 'title'],
    message: `the same event is held already: a ${r.kind} event on ${r.date} titled "${r.title}" with the same actors (${[...new Set(r.actors)].join(', ')})`,
    code: 'DUPLICATE',
    existing: { type: 'Event', key: held },
  };
}
