/**
 * data/tension.ts on tiny hand-made record lists; every expected number is worked out in
 * the comment beside it from docs/tension.md:
 *   P(t) = sum of -g * 0.5^((t - t_r) / 180),  tension = 100 * (1 - exp(-max(0, P) / 20)).
 */
import { describe, expect, it } from 'vitest';
import { dayNumber, toInterval } from '../../data/partial-date';
import type { TensionRecordRow } from '../../data/tension-record';
import { groupActs, type ActRecord } from '../../data/tension-acts';
import { coverageAt, MIN_ACTS, MIN_SOURCES } from '../../data/tension-coverage';
import {
  currentTension,
  drivers,
  HALF_LIFE_DAYS,
  pressureAt,
  PRESSURE_SCALE,
  latestRecordDay,
  tensionFromPressure,
  timeline,
} from '../../data/tension';

/** The index read on the records' latest day, as each case below is worked out. */
const onLatest = (records: TensionRecordRow[]) => currentTension(records, latestRecordDay(records) ?? 0);

let nextId = 1;
function record(dateStart: string, intensity: number, date = dateStart): TensionRecordRow {
  return { type: 'Statement', id: nextId++, date, dateStart, intensity };
}
/** A statement by `speakerId` taken from `sourceId`. */
function said(speakerId: number, sourceId: number, date: string, intensity: number): TensionRecordRow {
  return { ...record(toInterval(date).start, intensity, date), speakerId, sourceId };
}

const DAY0 = '2025-01-15';

describe('the tension formula (data/tension.ts)', () => {
  it('uses the documented constants: half-life 180 days, scale 20', () => {
    expect(HALF_LIFE_DAYS).toBe(180);
    expect(PRESSURE_SCALE).toBe(20);
  });

  it('reads one threat (-6) alone as 26', () => {
    // P = 6, tension = 100 * (1 - e^(-6/20)) = 100 * (1 - 0.740818...) = 25.918177...
    expect(onLatest([record(DAY0, -6)])).toBeCloseTo(25.918177931828, 9);
  });

  it('halves the pressure of a record after 180 days', () => {
    const threat = [record(DAY0, -6)];
    // P(day 0 + 180) = 6 * 0.5^1 = 3; tension = 100 * (1 - e^(-3/20)) = 13.929202...
    const later = dayNumber(DAY0) + 180;
    expect(pressureAt(threat, later)).toBeCloseTo(3, 12);
    expect(tensionFromPressure(pressureAt(threat, later))).toBeCloseTo(13.929202357494, 9);
    // Before the record is dated it adds nothing.
    expect(pressureAt(threat, dayNumber(DAY0) - 1)).toBe(0);
  });

  it('lets cooperation offset hostility and never goes below 0', () => {
    // -6 and +6 on one day: P = 6 - 6 = 0, tension 0.
    expect(onLatest([record(DAY0, -6), record(DAY0, 6)])).toBe(0);
    // Cooperation alone: P = -4, max(0, P) = 0.
    expect(onLatest([record(DAY0, 4)])).toBe(0);
    expect(onLatest([])).toBe(0);
  });

  it('saturates below 100', () => {
    // Ten acts of war (-10) on one day: P = 100, tension = 100 * (1 - e^-5) = 99.326205...
    const war = Array.from({ length: 10 }, () => record(DAY0, -10));
    expect(onLatest(war)).toBeCloseTo(99.326205300091, 9);
    expect(onLatest(Array.from({ length: 1000 }, () => record(DAY0, -10)))).toBeLessThanOrEqual(100);
  });

  it('reads the index on the day it is asked for, leaving later records out', () => {
    // -6 on 2025-01-15, -4 on 2025-03-01 (45 days later):
    // P = 6 * 0.5^(45/180) + 4 = 6 * 0.840896... + 4 = 9.045378...; tension = 36.381693...
    const records = [record(DAY0, -6), record('2025-03-01', -4)];
    expect(latestRecordDay(records)).toBe(dayNumber('2025-03-01'));
    expect(currentTension(records, dayNumber('2025-03-01'))).toBeCloseTo(36.381693854162, 9);
    // On 2025-02-28 the -4 is not yet there: P = 6 * 0.5^(44/180) = 5.064844...; tension 22.372018...
    expect(currentTension(records, dayNumber('2025-02-28'))).toBeCloseTo(22.372018622618, 9);
    expect(latestRecordDay(records, dayNumber('2025-02-28'))).toBe(dayNumber(DAY0));
  });

  it('lists drivers by |weight| on the day read, strongest first', () => {
    const [threat, demand, praise] = groupActs([
      record(DAY0, -6),
      record('2025-03-01', -4),
      record('2025-02-01', 5),
    ]) as [ActRecord, ActRecord, ActRecord];
    const day = dayNumber('2025-03-01');
    // At 2025-03-01: threat 6 * 0.5^(45/180) = 5.045378...; praise -5 * 0.5^(28/180) = -4.5369...; demand 4.
    const list = drivers([threat, demand, praise], 10, day);
    expect(list.map((d) => d.record)).toEqual([threat, praise, demand]);
    expect(list[0]!.weight).toBeCloseTo(5.045378491522, 9);
    expect(list[1]!.weight).toBeCloseTo(-5 * 0.5 ** (28 / 180), 12);
    expect(list[2]!.weight).toBe(4);
    expect(drivers([threat, demand, praise], 1, day)).toHaveLength(1);
    // A day earlier the demand is not dated yet, and is not a driver.
    expect(drivers([threat, demand, praise], 10, day - 1).map((d) => d.record)).toEqual([threat, praise]);
  });

  it('builds a monthly timeline read at each month end, and on the day read last', () => {
    const points = timeline(
      [record(DAY0, -6), record('2025-03-01', -4)],
      'MONTH',
      null,
      null,
      dayNumber('2025-03-01'),
    );
    expect(points.map((p) => [p.period, p.recordCount])).toEqual([
      ['2025-01-01', 1],
      ['2025-02-01', 0],
      ['2025-03-01', 1],
    ]);
    // 2025-01-31, 16 days on: P = 6 * 0.5^(16/180) = 5.641479...; tension 24.578211...
    expect(points[0]!.tension).toBeCloseTo(24.578211775727, 9);
    // 2025-02-28, 44 days on: P = 6 * 0.5^(44/180) = 5.064844...; tension 22.372018...
    expect(points[1]!.tension).toBeCloseTo(22.372018622618, 9);
    // 2025-03-01, the day read: 36.381693..., as currentTension.
    expect(points[2]!.tension).toBeCloseTo(36.381693854162, 9);
  });

  it('counts a month- or year-dated record from its first day', () => {
    // "2025-03" starts on 2025-03-01: the same numbers as a record of that day.
    const monthDated = [record(DAY0, -6), record('2025-03-01', -4, '2025-03')];
    expect(onLatest(monthDated)).toBeCloseTo(36.381693854162, 9);
    expect(timeline(monthDated, 'QUARTER', null, null, dayNumber('2025-03-01'))).toEqual([
      {
        period: '2025-01-01',
        tension: expect.closeTo(36.381693854162, 9),
        recordCount: 2,
        // Read on the day asked for; the quarter runs to the day before 2025-04-01.
        readDay: Date.UTC(2025, 2, 1) / 86_400_000,
        nextDay: Date.UTC(2025, 3, 1) / 86_400_000,
      },
    ]);
  });
});

describe('one act, one weight (data/tension-acts.ts)', () => {
  it('lets the strongest statement of a speaker, source and day carry the act', () => {
    // An interview split into -2, -6, -2 (source 1) and a -4 by the same speaker in source 2.
    const rows = [said(7, 1, DAY0, -2), said(7, 1, DAY0, -6), said(7, 1, DAY0, -2), said(7, 2, DAY0, -4)];
    const acts = groupActs(rows);
    expect(acts.map((r) => [r.carriesAct, r.countedIntensity, r.actSize])).toEqual([
      [false, 0, 3],
      [true, -6, 3],
      [false, 0, 3],
      [true, -4, 1],
    ]);
    // P = 6 + 4 = 10, not 14; tension = 100 * (1 - e^(-10/20)) = 39.346934...
    const day = dayNumber(DAY0);
    expect(pressureAt(acts, day)).toBe(10);
    expect(currentTension(acts, day)).toBeCloseTo(39.346934028737, 9);
    // The timeline counts every record but weighs acts.
    expect(timeline(acts, 'MONTH', null, null, day)).toEqual([
      {
        period: '2025-01-01',
        tension: expect.closeTo(39.346934028737, 9),
        recordCount: 4,
        readDay: day,
        nextDay: dayNumber('2025-02-01'),
      },
    ]);
  });

  it('keeps different days, speakers and sources apart, and events alone', () => {
    const rows = [
      said(7, 1, DAY0, -6),
      said(7, 1, '2025-01-16', -6),
      said(8, 1, DAY0, -6),
      said(7, 3, DAY0, -6),
      { ...record(DAY0, -6), type: 'Event' as const, sourceId: 1 },
    ];
    expect(groupActs(rows).every((r) => r.carriesAct && r.actSize === 1)).toBe(true);
  });

  it('prefers the hostile record on a tie of strength, then the first listed', () => {
    const [praise, threat] = groupActs([said(7, 1, DAY0, 6), said(7, 1, DAY0, -6)]);
    expect([praise!.carriesAct, threat!.carriesAct]).toEqual([false, true]);
    const [first, second] = groupActs([said(7, 1, DAY0, -6), said(7, 1, DAY0, -6)]);
    expect([first!.carriesAct, second!.carriesAct]).toEqual([true, false]);
  });

  it('lists the rest of an act right after its carrier, with weight 0', () => {
    const acts = groupActs([said(7, 1, DAY0, -2), said(7, 1, DAY0, -6), record('2025-01-10', -5)]);
    const list = drivers(acts, 10, dayNumber(DAY0));
    // The act weighs 6, the -5 of five days before 5 * 0.5^(5/180) = 4.904...
    expect(list.map((d) => [d.record.intensity, d.record.carriesAct])).toEqual([
      [-6, true],
      [-2, false],
      [-5, true],
    ]);
    expect(list[1]!.weight).toBe(0);
    expect(list.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(pressureAt(acts, dayNumber(DAY0)), 12);
  });
});

describe('coverage (data/tension-coverage.ts)', () => {
  it('is not sufficient with no records, and says so with zeros', () => {
    expect(coverageAt([], dayNumber(DAY0))).toEqual({
      records: 0,
      acts: 0,
      sources: 0,
      speakers: 0,
      latest: null,
      latestAgeDays: null,
      sufficient: false,
    });
  });

  it(`needs ${MIN_ACTS} acts from ${MIN_SOURCES} sources`, () => {
    expect([MIN_ACTS, MIN_SOURCES]).toEqual([3, 2]);
    const day = dayNumber('2025-03-01');
    // One interview of twelve statements: 12 records, 1 act, 1 source.
    const interview = groupActs(Array.from({ length: 12 }, () => said(7, 1, DAY0, -2)));
    expect(coverageAt(interview, day)).toMatchObject({ records: 12, acts: 1, sources: 1, speakers: 1 });
    expect(coverageAt(interview, day).sufficient).toBe(false);
    // Three acts, all from one source: still one point of view.
    const oneSource = groupActs([said(7, 1, DAY0, -2), said(7, 1, '2025-02-01', -2), said(8, 1, DAY0, -2)]);
    expect(coverageAt(oneSource, day)).toMatchObject({ acts: 3, sources: 1, sufficient: false });
    // Three acts from two sources: enough.
    const enough = groupActs([said(7, 1, DAY0, -2), said(7, 1, '2025-02-01', -2), said(8, 2, DAY0, -2)]);
    expect(coverageAt(enough, day)).toMatchObject({ acts: 3, sources: 2, speakers: 2, sufficient: true });
  });

  it('dates the latest record up to the day read, with its age', () => {
    const acts = groupActs([said(7, 1, DAY0, -2), said(7, 2, '2025-02', -2), said(7, 2, '2025-04-01', -2)]);
    // Read on 2025-03-01: the April record is left out; "2025-02" is aged from 2025-02-01.
    expect(coverageAt(acts, dayNumber('2025-03-01'))).toMatchObject({
      records: 2,
      latest: '2025-02',
      latestAgeDays: 28,
    });
  });
});
