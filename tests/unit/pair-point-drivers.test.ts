import { describe, expect, it } from 'vitest';
import { analysePair, type PairRecordsSource } from '../../data/pair-analysis';
import type { TensionRecordRow } from '../../data/tension-record';
import { dayNumber } from '../../data/partial-date';

/** A pair with one hostile statement a month in 2025, counting the store's driver reads. */
function countingSource() {
  const records: TensionRecordRow[] = Array.from({ length: 12 }, (_, i) => {
    const day = `2025-${String(i + 1).padStart(2, '0')}-10`;
    return {
      type: 'Statement',
      id: i + 1,
      date: day,
      dateStart: day,
      intensity: -5,
      speakerId: 1,
      sourceId: 1,
    };
  });
  const reads: { from?: string; to: string; first: number }[] = [];
  const source: PairRecordsSource = {
    days: () =>
      records.map((r) => ({
        dateStart: r.dateStart,
        date: r.date,
        counted: r.intensity,
        records: 1,
        acts: 1,
      })),
    voices: () => ({ sources: 1, speakers: 1 }),
    strongestActs: (range, _asOf, first) => {
      reads.push({ ...range, first });
      return records
        .filter((r) => (!range.from || r.dateStart >= range.from) && r.dateStart <= range.to)
        .slice(0, first);
    },
  };
  return { source, reads };
}

describe("a timeline point's drivers", () => {
  it('are read from the store once per point and size, then kept', () => {
    const { source, reads } = countingSource();
    const reading = analysePair(source, 'point-drivers-test|v1').at(dayNumber('2025-12-31'));
    const [march] = reading.timeline('MONTH', '2025-03', '2025-03');
    expect(march!.drivers(8).map((d) => d.record.id)).toEqual([3]);
    expect(march!.drivers(8).map((d) => d.record.id)).toEqual([3]);
    expect(reads).toEqual([{ from: '2025-03-01', to: '2025-03-31', first: 8 }]);
    // The same point read again through a new timeline call is the cached one.
    reading.timeline('MONTH', '2025-03', '2025-03')[0]!.drivers(8);
    expect(reads).toHaveLength(1);
  });

  it('are kept apart for different pairs or data versions', () => {
    const { source, reads } = countingSource();
    for (const key of ['point-drivers-test|v2', 'point-drivers-test|v3'])
      analysePair(source, key)
        .at(dayNumber('2025-12-31'))
        .timeline('MONTH', '2025-05', '2025-05')[0]!
        .drivers(8);
    expect(reads).toHaveLength(2);
  });
});
