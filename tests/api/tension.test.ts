/**
 * The russia/japan index recomputed by hand, independently of data/tension.ts, from the
 * pair's records as the API lists them, and compared with what the API reports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

// ---- the formula of docs/tension.md, in a few lines of our own
const DAY_MS = 86_400_000;
/** Days since the epoch of a partial date's first day: "2022-07" is 2022-07-01. */
function firstDay(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}
/** `act` names a statement's speaker, source and date; null for an event or a package. */
type Scored = { key: string; date: string; g: number; act: string | null; code?: string };
/**
 * One act, one weight: of the statements sharing an act, only the strongest (largest |g|, the
 * more hostile on a tie, the first listed after that) counts.
 */
function counts(r: Scored, records: Scored[]): boolean {
  if (r.act === null) return true;
  const act = records.filter((x) => x.act === r.act);
  const strongest = act.reduce((best, x) =>
    Math.abs(x.g) > Math.abs(best.g) || (Math.abs(x.g) === Math.abs(best.g) && x.g < best.g) ? x : best,
  );
  return strongest === r;
}
const weight = (r: Scored, t: number, records: Scored[]) =>
  counts(r, records) ? -r.g * Math.pow(0.5, (t - firstDay(r.date)) / 180) : 0;
const pressure = (records: Scored[], t: number) =>
  records.filter((r) => firstDay(r.date) <= t).reduce((sum, r) => sum + weight(r, t, records), 0);
const index = (p: number) => 100 * (1 - Math.exp(-Math.max(0, p) / 20));
// ----

const RELATION = `query Relation($a: String!, $b: String!, $asOf: PartialDate) {
  relation(a: $a, b: $b, asOf: $asOf) {
    tension asOf recordCount pressure
    drivers(first: 100) {
      weight date intensity carriesAct actSize
      record { __typename ... on Statement { key } ... on Event { key } ... on SanctionPackage { key } }
    }
    timeline(period: YEAR) { period tension recordCount }
    statements(first: 100) {
      totalCount
      nodes { key date intensity speaker { key affiliation { key } } evidence { source { key } } }
    }
    events(first: 100) { nodes { key date intensity } }
    sanctions { imposer { key } target { key } packages { key date cameoCode intensity } }
  }
}`;

/** Read on the pair's latest record, 2025-11-11, so that the answers do not depend on today. */
const AS_OF = '2025-11-11';

async function pair(a: string, b: string, asOfDate = AS_OF) {
  const { relation } = ok(await api.query(RELATION, { a, b, asOf: asOfDate }));
  // Listed oldest first, as the store reads them, so that "the first listed" breaks ties alike.
  const statements = [...relation.statements.nodes].reverse();
  const records: Scored[] = [
    ...statements.map((s: Loose) => ({
      key: s.key,
      date: s.date,
      g: s.intensity,
      act: `${s.speaker.key}|${s.evidence.source.key}|${s.date}`,
    })),
    ...relation.events.nodes
      .filter((e: Loose) => e.intensity !== null)
      .map((e: Loose) => ({ key: e.key, date: e.date, g: e.intensity, act: null })),
    // A sanction package counts by its own CAMEO code: 163 impose sanctions, -8; 164 halt talks, -7.
    ...relation.sanctions.flatMap((r: Loose) =>
      r.packages.map((p: Loose) => ({
        key: p.key,
        date: p.date,
        g: p.intensity,
        code: p.cameoCode,
        act: null,
      })),
    ),
  ];
  return { relation, records, asOf: firstDay(asOfDate) };
}

describe('the russia/japan tension index, by hand', () => {
  it('counts statements by Russia or its affiliates, scored events and packages either way', async () => {
    const { relation, records } = await pair('russia', 'japan');
    // Every statement here is Nozdrev's: he counts for Russia through his affiliation.
    expect(relation.statements.nodes.every((s: Loose) => s.speaker.affiliation?.key === 'russia')).toBe(true);
    const packages = records.filter((r) => r.code !== undefined);
    expect(packages).toHaveLength(21);
    // Sanctions weigh -8 (163); halting the peace-treaty talks -7 (164); ending the visits 160, -4.
    expect(packages.filter((r) => r.code === '163' && r.g === -8)).toHaveLength(19);
    expect(packages.find((r) => r.key === 'russia-on-japan-2022-03-21')).toMatchObject({
      code: '164',
      g: -7,
    });
    expect(packages.find((r) => r.key === 'russia-on-japan-2022-09-05')).toMatchObject({
      code: '160',
      g: -4,
    });
    expect(records.map((r) => r.key)).toContain('direct-flights-suspended');
    expect(relation.recordCount).toBe(records.length);
    expect(relation.recordCount).toBe(34);
  });

  it('reads the index on asOf, one act one weight, and matches the formula to 1e-9', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.asOf).toBe('2025-11-11');
    expect(firstDay(relation.asOf)).toBe(asOf);
    expect(relation.pressure).toBeCloseTo(pressure(records, asOf), 9);
    expect(relation.tension).toBeCloseTo(index(pressure(records, asOf)), 9);
    // The twelve statements of the 5 May 2025 interview are one act: one of them counts.
    const interview = records.filter((r) => r.date === '2025-05-05');
    expect(interview).toHaveLength(12);
    // The demand about the flights (1011, -5) is its strongest and carries it.
    expect(interview.filter((r) => counts(r, records)).map((r) => r.key)).toEqual([
      'nozdrev-flights-political-will',
    ]);
  });

  it('reads as of today (UTC) when asOf is not given', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const { relation } = ok(await api.query('{ relation(a: "russia", b: "japan") { asOf } }'));
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(relation.asOf);
  });

  it('leaves out records dated after asOf, and reads a partial asOf on its last day', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan', '2025-05-04');
    const known = records.filter((r) => firstDay(r.date) <= asOf);
    expect(known.length).toBeLessThan(records.length);
    expect(relation.recordCount).toBe(known.length);
    expect(relation.tension).toBeCloseTo(index(pressure(known, asOf)), 9);
    expect(relation.drivers).toHaveLength(known.length);
    const year = await pair('russia', 'japan', '2024');
    expect(year.relation.asOf).toBe('2024-12-31');
    expect(year.relation.tension).toBeCloseTo(index(pressure(year.records, firstDay('2024-12-31'))), 9);
  });

  it('refuses an asOf that is not a date, naming the argument', async () => {
    const res = await api.query(
      'query($d: PartialDate) { relation(a: "russia", b: "japan", asOf: $d) { tension } }',
      {
        d: '2025-13',
      },
    );
    expect(res.data ?? null).toBeNull();
    expect(errorText(res)).toMatch(
      /"\$d" got invalid value "2025-13"; PartialDate cannot represent "2025-13": it has month 13/,
    );
    // Written in the query, it fails validation, at the argument's place in the text.
    const query = '{ relation(a: "russia", b: "japan", asOf: "2025-13") { tension } }';
    const literal = await api.query(query);
    expect(literal.data ?? null).toBeNull();
    expect(errorText(literal)).toMatch(/PartialDate cannot represent "2025-13": it has month 13/);
    expect(literal.errors?.[0]?.locations).toEqual([{ line: 1, column: query.indexOf('"2025-13"') + 1 }]);
  });

  it('weighs every driver as -g * 0.5^(age / 180) at asOf, strongest first', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.drivers).toHaveLength(34);
    for (const driver of relation.drivers) {
      const mine = records.find((r) => r.key === driver.record.key)!;
      expect(driver.date).toBe(mine.date);
      expect(driver.intensity).toBe(mine.g);
      expect(driver.weight).toBeCloseTo(weight(mine, asOf, records), 9);
      expect(driver.carriesAct).toBe(counts(mine, records));
      expect(driver.actSize).toBe(mine.act === null ? 1 : records.filter((r) => r.act === mine.act).length);
    }
    // Ordered by the weight of their act; within an act, its carrier first.
    const actOf = (d: Loose) => records.find((r) => r.key === d.record.key)!.act ?? d.record.key;
    const actWeight = (d: Loose) =>
      Math.max(
        ...relation.drivers.filter((x: Loose) => actOf(x) === actOf(d)).map((x: Loose) => Math.abs(x.weight)),
      );
    const strengths = relation.drivers.map(actWeight);
    expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
    relation.drivers.forEach((d: Loose, i: number) => {
      if (!d.carriesAct) expect(actOf(relation.drivers[i - 1])).toBe(actOf(d));
    });
    // A month-dated package, "2022-07", is aged from 2022-07-01.
    const july = relation.drivers.find((d: Loose) => d.record.key === 'russia-on-japan-2022-07');
    expect(july.weight).toBeCloseTo(8 * Math.pow(0.5, (asOf - firstDay('2022-07-01')) / 180), 9);
    // The drivers' weights sum to the pressure the index is read from.
    const sum = relation.drivers.reduce((s: number, d: Loose) => s + d.weight, 0);
    expect(index(sum)).toBeCloseTo(relation.tension, 9);
  });

  it('gives a yearly timeline read at each year end, and at asOf for the last year', async () => {
    const { relation, records, asOf } = await pair('russia', 'japan');
    expect(relation.timeline.map((p: Loose) => p.period)).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
    ]);
    const end2022 = firstDay('2022-12-31');
    expect(relation.timeline[0].tension).toBeCloseTo(index(pressure(records, end2022)), 9);
    expect(relation.timeline[0].recordCount).toBe(records.filter((r) => r.date.startsWith('2022')).length);
    expect(relation.timeline[2].tension).toBeCloseTo(index(pressure(records, firstDay('2024-12-31'))), 9);
    expect(relation.timeline[3].tension).toBeCloseTo(index(pressure(records, asOf)), 9);
    const total = relation.timeline.reduce((s: number, p: Loose) => s + p.recordCount, 0);
    expect(total).toBe(records.length);
  });

  it('gives a monthly point on a quiet month by decay alone', async () => {
    const { records } = await pair('russia', 'japan');
    const { relation } = ok(
      await api.query(
        '{ relation(a: "russia", b: "japan", asOf: "2025-11-11") { timeline(period: MONTH, from: "2024-02", to: "2024-02") { period tension recordCount } } }',
      ),
    );
    expect(relation.timeline).toEqual([
      {
        period: '2024-02-01',
        tension: expect.closeTo(index(pressure(records, firstDay('2024-02-29'))), 9),
        recordCount: 0,
      },
    ]);
  });

  it('is the same index in either order', async () => {
    const there = await pair('russia', 'japan');
    const back = await pair('japan', 'russia');
    expect(back.relation.tension).toBeCloseTo(there.relation.tension, 12);
    expect(back.relation.asOf).toBe(there.relation.asOf);
  });

  it('says a pair without records has no coverage, rather than calm', async () => {
    const { relation } = ok(
      await api.query(
        `{ relation(a: "china", b: "palestine", asOf: "2025-11-11") {
          tension asOf recordCount timeline { period } drivers { weight }
          coverage { records acts sources speakers latest latestAgeDays sufficient }
        } }`,
      ),
    );
    expect(relation).toEqual({
      tension: 0,
      asOf: '2025-11-11',
      recordCount: 0,
      timeline: [],
      drivers: [],
      coverage: {
        records: 0,
        acts: 0,
        sources: 0,
        speakers: 0,
        latest: null,
        latestAgeDays: null,
        sufficient: false,
      },
    });
  });

  it('gives the coverage of the seed pairs: one interview is not enough, cooperation is kept', async () => {
    const coverage = async (a: string, b: string) =>
      ok(
        await api.query(
          `{ relation(a: "${a}", b: "${b}", asOf: "2025-11-11") {
            pressure coverage { records acts sources speakers latest latestAgeDays sufficient } } }`,
        ),
      ).relation;
    // Russia–Japan: 21 packages, 1 scored event and one interview of 12 statements.
    expect((await coverage('russia', 'japan')).coverage).toMatchObject({
      records: 34,
      acts: 23,
      speakers: 1,
      latest: '2025-11-11',
      latestAgeDays: 0,
      sufficient: true,
    });
    // Russia–NATO: two statements from that interview, one act, one source.
    expect((await coverage('russia', 'nato')).coverage).toMatchObject({
      records: 2,
      acts: 1,
      sources: 1,
      speakers: 1,
      latest: '2025-05-05',
      latestAgeDays: 190,
      sufficient: false,
    });
    // Japan–NATO: three cooperative events; the index reads 0, the pressure says by how much.
    const japanNato = await coverage('japan', 'nato');
    expect(japanNato.coverage).toMatchObject({ records: 3, acts: 3, speakers: 0, sufficient: true });
    expect(japanNato.pressure).toBeLessThan(0);
  });
});
