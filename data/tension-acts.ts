/**
 * One act, one weight (docs/tension.md, "One act"). A source that annotates an interview
 * finely splits it into many statements; if each added its full pressure, the index would
 * measure how closely an article was read, not what was done. So the statements of one
 * speaker, taken from one source, on one date, form one act: the strongest of them (largest
 * |intensity|, the more hostile on a tie, then the first listed) carries the act's weight,
 * and the others stay listed as drivers with no weight of their own. Events and sanction
 * packages have no speaker: each is an act by itself.
 */
import type { TensionRecordRow } from './tension-record';

export interface ActRecord extends TensionRecordRow {
  /** True when the record carries its act's weight: it stands alone or is the strongest. */
  carriesAct: boolean;
  /** The intensity the record adds to the pressure: its own when it carries its act, else 0. */
  countedIntensity: number;
  /** The intensity of the act it belongs to (its carrier's), which orders it among drivers. */
  actIntensity: number;
  /** Records in its act, itself included: 1 when it stands alone. */
  actSize: number;
}

/** Statements of one speaker from one source on one date share a key; null: an act alone. */
function actKey(record: TensionRecordRow): string | null {
  if (record.type !== 'Statement' || record.speakerId == null || record.sourceId == null) return null;
  return `${record.speakerId}|${record.sourceId}|${record.date}`;
}

/** Whether `x` is stronger than `y` as the carrier of an act. */
function stronger(x: TensionRecordRow, y: TensionRecordRow): boolean {
  const byMagnitude = Math.abs(x.intensity) - Math.abs(y.intensity);
  if (byMagnitude !== 0) return byMagnitude > 0;
  return x.intensity < y.intensity;
}

/** The records with their act's weighting; order is kept. */
export function groupActs(records: readonly TensionRecordRow[]): ActRecord[] {
  const carriers = new Map<string, TensionRecordRow>();
  const sizes = new Map<string, number>();
  for (const record of records) {
    const key = actKey(record);
    if (key === null) continue;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
    const carrier = carriers.get(key);
    if (!carrier || stronger(record, carrier)) carriers.set(key, record);
  }
  return records.map((record) => {
    const key = actKey(record);
    const carrier = key === null ? record : carriers.get(key)!;
    return {
      ...record,
      carriesAct: carrier === record,
      countedIntensity: carrier === record ? record.intensity : 0,
      actIntensity: carrier.intensity,
      actSize: key === null ? 1 : sizes.get(key)!,
    };
  });
}
