/**
 * The worked example of docs/tension.md, checked against the API: the numbers are written
 * here once, asserted against the seeded database to 0.01, and looked for in the doc so the
 * two cannot drift apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const DOC = fs.readFileSync(path.join(process.cwd(), 'docs', 'tension.md'), 'utf8');

const EXAMPLE = {
  recordCount: 34,
  acts: 23,
  sources: 22,
  asOf: '2025-11-11',
  pressure: 21.59,
  tension: 66.03,
  // Had each of the interview's twelve statements counted as an act.
  tensionByRecord: 82.34,
  drivers: [
    { keys: ['russia-on-japan-2025-11-11'], weight: 8.0 },
    { keys: ['japan-on-russia-2025-09-12'], weight: 6.35 },
    { keys: ['japan-on-russia-2025-01-10'], weight: 2.47 },
  ],
  years: [
    { period: '2022-01-01', recordCount: 15, tension: 88.28 },
    { period: '2023-01-01', recordCount: 3, tension: 60.54 },
    { period: '2024-01-01', recordCount: 1, tension: 32.83 },
    { period: '2025-01-01', recordCount: 15, tension: 66.03 },
  ],
};

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(0.01);

describe('docs/tension.md, the russia/japan worked example', () => {
  it('matches the API: recordCount, asOf, tension, top 3 drivers and the yearly timeline', async () => {
    const { relation } = ok(
      await api.query(`{
        relation(a: "russia", b: "japan", asOf: "2025-11-11") {
          recordCount asOf tension coverage { acts sources sufficient }
          drivers(first: 34) { weight carriesAct record { ... on SanctionPackage { key } ... on Statement { key } ... on Event { key } } }
          timeline(period: YEAR) { period recordCount tension }
        }
      }`),
    );
    expect(relation.recordCount).toBe(EXAMPLE.recordCount);
    expect(relation.coverage).toEqual({ acts: EXAMPLE.acts, sources: EXAMPLE.sources, sufficient: true });
    expect(relation.asOf).toBe(EXAMPLE.asOf);
    close(relation.tension, EXAMPLE.tension);
    close(relation.tension, 100 * (1 - Math.exp(-EXAMPLE.pressure / 20)));
    close(
      relation.drivers.reduce((s: number, d: Loose) => s + d.weight, 0),
      EXAMPLE.pressure,
    );
    EXAMPLE.drivers.forEach((expected, i) => {
      expect(expected.keys).toContain(relation.drivers[i].record.key);
      close(relation.drivers[i].weight, expected.weight);
    });
    // The interview's act is fourth, carried by the demand about the flights (-5); its other
    // eleven statements follow, weighing nothing.
    expect(relation.drivers[3]).toMatchObject({
      carriesAct: true,
      record: { key: 'nozdrev-flights-political-will' },
    });
    close(relation.drivers[3].weight, 2.41);
    const rest = relation.drivers.slice(4, 15);
    expect(rest.every((d: Loose) => !d.carriesAct && d.weight === 0)).toBe(true);
    expect(relation.timeline).toHaveLength(EXAMPLE.years.length);
    EXAMPLE.years.forEach((year, i) => {
      expect(relation.timeline[i]).toMatchObject({ period: year.period, recordCount: year.recordCount });
      close(relation.timeline[i].tension, year.tension);
    });
  });

  it('writes the same numbers in the doc', () => {
    expect(DOC).toContain(`**recordCount ${EXAMPLE.recordCount}**`);
    expect(DOC).toContain(`**acts ${EXAMPLE.acts}**`);
    expect(DOC).toContain(`${EXAMPLE.acts} acts from ${EXAMPLE.sources} sources`);
    // Counted statement by statement, the interview gave 15.49 instead of 2.41, and the index 82.34.
    expect(DOC).toContain('15.49');
    expect(DOC).toContain(EXAMPLE.tensionByRecord.toFixed(2));
    close(100 * (1 - Math.exp(-(EXAMPLE.pressure - 2.41 + 15.49) / 20)), EXAMPLE.tensionByRecord);
    expect(DOC).toContain(`**asOf ${EXAMPLE.asOf}**`);
    expect(DOC).toContain(`**P(asOf) = ${EXAMPLE.pressure.toFixed(2)}**`);
    expect(DOC).toContain(`= ${EXAMPLE.tension.toFixed(2)}**`);
    for (const driver of EXAMPLE.drivers) {
      expect(DOC).toContain(`\`${driver.keys[0]}\``);
      expect(DOC).toContain(`**${driver.weight.toFixed(2)}**`);
    }
    for (const year of EXAMPLE.years) {
      // A table row, however Prettier pads its cells.
      const cells = [year.period, String(year.recordCount), year.tension.toFixed(2)];
      expect(DOC).toMatch(new RegExp(`\\|\\s*${cells.join('\\s*\\|\\s*')}\\s*\\|`));
    }
  });

  it('states the constants the code uses: half-life 180 days, scale 20, a package by its own code', () => {
    expect(DOC).toContain('0.5 ^ ((t - t_r) / 180 days)');
    expect(DOC).toContain('exp(-max(0, P(t)) / 20)');
    expect(DOC).toMatch(/163 \(impose sanctions\) -8/);
    expect(DOC).toMatch(/164 \(halt negotiations\) -7/);
  });
});
