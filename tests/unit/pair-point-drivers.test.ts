import { describe, expect, it } from 'vitest';
import { analysePair, cachedPairAnalysis, type PairRecordsSource } from '../../data/pair-analysis';
import type { TensionRecordRow } from '../../data/tension-record';
import { dayFromNumber, dayNumber } from '../../data/partial-date';
import { HALF_LIFE_DAYS } from '../../data/tension';

type Read = { from?: string; to: string; first: number };

/** A pair of the given records (one act each), counting the store's driver reads. */
function countingSource(records: TensionRecordRow[]) {
  const reads: Read[] = [];
  const source: PairRecordsSource = {
    days: async () => ({
      days: [...records]
        .sort((x, y) => x.dateStart.localeCompare(y.dateStart))
        .map((r) => ({
          dateStart: r.dateStart,
          date: r.date,
          counted: r.intensity,
          records: 1,
          acts: 1,
        })),
      voices: { sources: 1, speakers: 1 },
    }),
    voices: async () => ({ sources: 1, speakers: 1 }),
    strongestActs: async (range, asOf, first) => {
      reads.push({ ...range, first });
      const strength = (r: TensionRecordRow) =>
        Math.abs(r.intensity) * 0.5 ** ((dayNumber(asOf) - dayNumber(r.dateStart)) / HALF_LIFE_DAYS);
      return records
        .filter((r) => (!range.from || r.dateStart >= range.from) && r.dateStart <= range.to)
        .sort((x, y) => strength(y) - strength(x) || x.dateStart.localeCompare(y.dateStart) || x.id - y.id)
        .slice(0, first);
    },
  };
  return { source, reads };
}

/** One statement a month in 2025, each its own act. */
const monthly = (intensity: (month: number) => number): TensionRecordRow[] =>
  Array.from({ length: 12 }, (_, i) => {
    const day = `2025-${String(i + 1).padStart(2, '0')}-10`;
    return {
      type: 'Statement',
      id: i + 1,
      date: day,
      dateStart: day,
      intensity: intensity(i + 1),
      sourceId: i + 1,
    };
  });

describe("a timeline point's drivers", () => {
  it('are read from the store once per point and size, then kept', async () => {
    const { source, reads } = countingSource(monthly(() => -5));
    const reading = await (await analysePair(source, 'point-drivers-test|v1')).at(dayNumber('2025-12-31'));
    const [march] = reading.timeline('MONTH', '2025-03', '2025-03');
    // Two asks at once share one read.
    const [once, twice] = await Promise.all([march!.drivers(8), march!.drivers(8)]);
    expect(once.map((d) => d.record.id)).toEqual([3]);
    expect(twice).toBe(once);
    expect((await march!.drivers(8)).map((d) => d.record.id)).toEqual([3]);
    expect(reads).toEqual([{ from: '2025-03-01', to: '2025-03-31', first: 8 }]);
    // The same point read again through a new timeline call is the cached one.
    await reading.timeline('MONTH', '2025-03', '2025-03')[0]!.drivers(8);
    expect(reads).toHaveLength(1);
  });

  it('are kept apart for different pairs or data versions', async () => {
    const { source, reads } = countingSource(monthly(() => -5));
    for (const key of ['point-drivers-test|v2', 'point-drivers-test|v3']) {
      const reading = await (await analysePair(source, key)).at(dayNumber('2025-12-31'));
      await reading.timeline('MONTH', '2025-05', '2025-05')[0]!.drivers(8);
    }
    expect(reads).toHaveLength(2);
  });

  it('are read again after a read that failed', async () => {
    const { source, reads } = countingSource(monthly(() => -5));
    const reading = await (await analysePair(source, 'point-drivers-test|fails')).at(dayNumber('2025-12-31'));
    const read = source.strongestActs;
    source.strongestActs = () => Promise.reject(new Error('connection lost'));
    await expect(reading.timeline('MONTH', '2025-04', '2025-04')[0]!.drivers(8)).rejects.toThrow(
      'connection lost',
    );
    source.strongestActs = read;
    const april = await reading.timeline('MONTH', '2025-04', '2025-04')[0]!.drivers(8);
    expect(april.map((d) => d.record.id)).toEqual([4]);
    expect(reads).toHaveLength(1);
  });
});

describe("a reading's drivers", () => {
  const asOf = dayNumber('2026-03-01');
  const windowStart = dayFromNumber(dayNumber('2025-12-10') - HALF_LIFE_DAYS);

  it('come from the last half-life alone when no older act could outweigh them', async () => {
    // 150 strong acts on the last 150 days, weak ones before: older ones, at most |10| and a
    // half-life older than the latest, weigh less than the 100 newest strong ones.
    const latest = dayNumber('2025-12-10');
    const records: TensionRecordRow[] = Array.from({ length: 300 }, (_, i) => {
      const day = dayFromNumber(latest - i);
      return {
        type: 'Statement',
        id: i + 1,
        date: day,
        dateStart: day,
        intensity: i < 150 ? -10 : -2,
        sourceId: i + 1,
      };
    });
    const { source, reads } = countingSource(records);
    const top = await (await (await analysePair(source, 'window-test|v1')).at(asOf)).drivers(3);
    expect(top.map((d) => d.record.id)).toEqual([1, 2, 3]);
    expect(reads).toEqual([{ from: windowStart, to: '2026-03-01', first: 100 }]);
  });

  it('read the whole range when an older act weighs exactly as much as the weakest recent one', async () => {
    // As the store orders them, the older of two equal weights comes first: the window must not decide.
    const latest = dayNumber('2025-12-31');
    const at = (daysBack: number, id: number, intensity: number): TensionRecordRow => {
      const day = dayFromNumber(latest - daysBack);
      return { type: 'Statement', id, date: day, dateStart: day, intensity, sourceId: id };
    };
    const records = [
      ...Array.from({ length: 99 }, (_, i) => at(2 + Math.floor(i / 2), i + 1, -10)),
      at(1, 100, -5),
      at(HALF_LIFE_DAYS + 1, 101, 10),
      at(0, 102, -1),
    ];
    expect(5 * 0.5 ** (1 / HALF_LIFE_DAYS)).toBe(10 * 0.5 ** ((HALF_LIFE_DAYS + 1) / HALF_LIFE_DAYS));
    const { source, reads } = countingSource(records);
    const reading = await (await analysePair(source, 'window-test|tie')).at(latest);
    const ids = (await reading.drivers(100)).map((d) => d.record.id);
    expect(reads).toHaveLength(2);
    expect(ids).toContain(101);
    expect(ids).not.toContain(100);
  });

  it('read the whole range when an older act might still outweigh the recent ones', async () => {
    // Weak recent acts: an older -10 may outweigh them, so the whole range is read.
    const { source, reads } = countingSource(monthly((m) => (m <= 3 ? -10 : -1)));
    const top = await (await (await analysePair(source, 'window-test|v2')).at(asOf)).drivers(3);
    expect(top.map((d) => d.record.id)).toEqual([3, 2, 1]);
    expect(reads).toEqual([
      { from: windowStart, to: '2026-03-01', first: 100 },
      { to: '2026-03-01', first: 100 },
    ]);
  });
});

describe("a pair's kept analysis", () => {
  it('is read once for callers that ask at once, and read again after a read that failed', async () => {
    const { source } = countingSource(monthly(() => -5));
    let dayReads = 0;
    let fails = true;
    const flaky: PairRecordsSource = {
      ...source,
      days: () => {
        dayReads += 1;
        return fails ? Promise.reject(new Error('connection lost')) : source.days();
      },
    };
    const key = 'kept-analysis-test|v1';
    await expect(cachedPairAnalysis(key, () => flaky)).rejects.toThrow('connection lost');
    fails = false;
    const [one, two] = await Promise.all([
      cachedPairAnalysis(key, () => flaky),
      cachedPairAnalysis(key, () => flaky),
    ]);
    expect(two).toBe(one);
    expect(one.dayCount).toBe(12);
    expect(await cachedPairAnalysis(key, () => flaky)).toBe(one);
    expect(dayReads).toBe(2);
  });
});
