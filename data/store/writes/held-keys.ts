/**
 * The records of a type an analyst holds: those retracted (migration 013) and those corrected
 * through the API (revisions of action UPDATED). A dataset load writes neither: the analyst's
 * change wins over the file.
 */
import { all, type Gen } from './steps';
import { RETRACTABLE_TABLES, type RetractableType } from './retractions';

export interface HeldKeys {
  retracted: Set<string>;
  corrected: Set<string>;
}

export function* keysAnalystsHold(type: RetractableType): Gen<HeldKeys> {
  const retracted = yield* all<{ key: string }>('SELECT key FROM retracted_records WHERE record_type = ?', [
    type,
  ]);
  const corrected = yield* all<{ key: string }>(
    `SELECT DISTINCT t.key FROM revisions r JOIN ${RETRACTABLE_TABLES[type]} t ON t.id = r.record_id
     WHERE r.record_type = ? AND r.action = 'UPDATED' AND r.retracted_id IS NULL`,
    [type],
  );
  return { retracted: new Set(retracted.map((r) => r.key)), corrected: new Set(corrected.map((r) => r.key)) };
}
