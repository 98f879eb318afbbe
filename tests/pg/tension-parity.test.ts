/**
 * The tension and dashboard aggregates read alike on both engines: a seeded store with a
 * synthetic load on top (twenty years of statements, events and dated designations, partial
 * dates among them), moved into PostgreSQL, answers every pair's days, voices and strongest
 * acts, every statement series, sanction series and the network's ties with the same rows and
 * the same doubles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { postgresSql } from '../../data/store/pg/sql';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { aggregateRepository, type PeriodKind } from '../../data/store/repositories/aggregates';
import { pairTensionRepository, type DayRange } from '../../data/store/repositories/pair-tension';
import { daysUntilGiven, exactSum } from '../../data/store/repositories/tension-arithmetic';
import type { StatementFilterArgs } from '../../data/store/repositories/statements';
import { loadSynthetic } from '../../data/synth/load';
import { dayFromNumber, dayNumber } from '../../data/partial-date';
import { freshDatabase } from '../helpers/db';
import { type TestSchema, createMigratedSchema } from './test-schema';

const PERIODS: PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];

interface Engines {
  lite: Sql;
  pg: Sql;
}

/** The same call on both engines' repositories; the answers must be equal. */
async function bothAnswer<R, T>(
  engines: Engines,
  repository: (sql: Sql) => R,
  call: (repository: R) => Promise<T>,
): Promise<T> {
  const [lite, pg] = await Promise.all([call(repository(engines.lite)), call(repository(engines.pg))]);
  expect(pg).toEqual(lite);
  return lite;
}

function idOf(db: Db, key: string): number {
  return (db.prepare('SELECT id FROM actors WHERE key = ?').get(key) as { id: number }).id;
}

/** An actor and those who speak for it, as a pair's reading takes its sides. */
function sideOf(db: Db, id: number): number[] {
  const affiliates = db.prepare('SELECT id FROM actors WHERE affiliation_id = ? ORDER BY id').all(id) as {
    id: number;
  }[];
  return [id, ...affiliates.map((row) => row.id)];
}

/**
 * A day that several acts of one pair share, of these intensities: their exact sum rounds to 1,
 * which adding them one by one misses in nearly every order (0.9999999999999999 in the order
 * given); and acts of one weight on one day.
 */
const CROWDED_DAY = '2016-06-15';
const CROWD = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, -4.4, 4.4];

/**
 * On CROWDED_DAY besides: an act of Japan about Russia and an event of the two, so the day's
 * sum adds acts that PostgreSQL reads in separate statements (one per direction of the links,
 * one for events and packages). With the crowd their exact sum is 2^-54, which the parts'
 * sums, each rounded and then added in any order, lose: the day must still be rounded once.
 */
const OTHER_ARMS = { saidBack: -3, event: 2 };

/**
 * Moves one statement of each source between Russia and Japan onto CROWDED_DAY: a day's sum
 * of many tenths is where a sum rounded at each row and a sum rounded once part, and acts of
 * one weight and day are where an order without a last key would.
 */
function crowdOneDay(db: Db): void {
  const statements = db
    .prepare(
      `SELECT min(st.statement_id) AS id FROM statement_targets st
       JOIN actors speaker ON speaker.id = st.speaker_id JOIN actors target ON target.id = st.actor_id
       WHERE speaker.key = 'russia' AND target.key = 'japan' AND st.source_id IS NOT NULL
       GROUP BY st.source_id ORDER BY id LIMIT ?`,
    )
    .all(CROWD.length) as { id: number }[];
  expect(statements).toHaveLength(CROWD.length);
  const moveStatement = db.prepare(
    'UPDATE statements SET date = ?, date_start = ?, date_end = ?, intensity = ? WHERE id = ?',
  );
  const moveLinks = db.prepare(
    'UPDATE statement_targets SET date = ?, date_start = ?, intensity = ? WHERE statement_id = ?',
  );
  const saidBack = db
    .prepare(
      `SELECT min(st.statement_id) AS id FROM statement_targets st
       JOIN actors speaker ON speaker.id = st.speaker_id JOIN actors target ON target.id = st.actor_id
       WHERE speaker.key = 'japan' AND target.key = 'russia'`,
    )
    .get() as { id: number | null };
  const event = db
    .prepare(
      `SELECT min(x.event_id) AS id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id
       WHERE x.actor_id = (SELECT id FROM actors WHERE key = 'russia')
         AND y.actor_id = (SELECT id FROM actors WHERE key = 'japan')`,
    )
    .get() as { id: number | null };
  expect(saidBack.id).not.toBeNull();
  expect(event.id).not.toBeNull();
  db.transaction(() => {
    for (const [i, { id }] of statements.entries()) {
      moveStatement.run(CROWDED_DAY, CROWDED_DAY, CROWDED_DAY, CROWD[i], id);
      moveLinks.run(CROWDED_DAY, CROWDED_DAY, CROWD[i], id);
    }
    moveStatement.run(CROWDED_DAY, CROWDED_DAY, CROWDED_DAY, OTHER_ARMS.saidBack, saidBack.id);
    moveLinks.run(CROWDED_DAY, CROWDED_DAY, OTHER_ARMS.saidBack, saidBack.id);
    db.prepare('UPDATE events SET date = ?, date_start = ?, date_end = ?, intensity = ? WHERE id = ?').run(
      CROWDED_DAY,
      CROWDED_DAY,
      CROWDED_DAY,
      OTHER_ARMS.event,
      event.id,
    );
  })();
}

describe('tension and aggregates on PostgreSQL against SQLite', () => {
  let db: Db;
  let schema: TestSchema;
  let engines: Engines;

  beforeAll(async () => {
    ({ db } = freshDatabase());
    await loadSynthetic(db, { statements: 3000, events: 400, designations: 300 }, undefined, 'auto', 'main');
    crowdOneDay(db);
    schema = await createMigratedSchema(db);
    engines = { lite: sqliteSql(db), pg: postgresSql(schema.pool) };
  }, 120_000);

  afterAll(async () => {
    await schema?.drop();
    db?.close();
  });

  // (A bare number SQLite would read as a Julian day number; no first day is one.)
  it('counts days between first days as julianday does, a month or nothing as no day', async () => {
    const days = [
      '2025-04-09',
      '2024-02-29',
      '2025-02-30', // SQLite counts on into March
      '2025-12-31',
      '1800-01-01',
      '2200-12-31',
      '2025-04',
      '',
      '2025-13-01',
      '2025-04-32',
      '2025-4-9',
    ];
    for (const later of days) {
      for (const earlier of ['2025-04-09', '1999-12-31', '2025-04']) {
        await bothAnswer(
          engines,
          (sql) => sql,
          (sql) =>
            sql.value(`SELECT ${daysUntilGiven(sql.dialect, 'v.column1')} AS days FROM (VALUES (?)) AS v`, [
              later,
              earlier,
            ]),
        );
      }
    }
  });

  it('sums intensities to the double the exact sum rounds to, in any order', async () => {
    // Tenths of the Goldstein scale, whose sums a double rounds (0.1 + 0.2 is not 0.3).
    const groups = [
      [0.1, 0.2],
      [0.1, 0.2, 0.3],
      [0.3, 0.2, 0.1],
      [-4.4, 4.5, -7.2, 3.4, 1.9, -0.1, 10, -10, 0.7],
      [-8.3, -8.3, -8.3, -8.3, -8.3, -8.3, -8.3],
      [2.8, -6.5, 7.4, -0.9, 3.3, 1.1, -5.2, 4.4, -2.2, 6.1, -9.5, 0.4],
      [-10],
      [0],
    ];
    for (const values of groups) {
      const rows = values.map(() => '(CAST(? AS DOUBLE PRECISION))').join(', ');
      const sum = await bothAnswer(
        engines,
        (sql) => sql,
        (sql) =>
          sql.value<number>(`SELECT ${exactSum(sql.dialect, 'column1')} FROM (VALUES ${rows}) AS v`, values),
      );
      expect(sum).toBeCloseTo(
        values.reduce((total, value) => total + value, 0),
        9,
      );
    }
  });

  describe('pair tension', () => {
    /** Every pair of seed actors with records between their sides, and a pair with none. */
    function pairs(): { a: number[]; b: number[] }[] {
      const seedActors = db.prepare("SELECT id FROM actors WHERE origin = 'seed' ORDER BY id").all() as {
        id: number;
      }[];
      const withRecords: { a: number[]; b: number[] }[] = [];
      let without: { a: number[]; b: number[] } | undefined;
      for (const [i, x] of seedActors.entries()) {
        for (const y of seedActors.slice(i + 1)) {
          const pair = { a: sideOf(db, x.id), b: sideOf(db, y.id) };
          if (pair.a.some((id) => pair.b.includes(id))) continue;
          if (hasRecords(pair)) withRecords.push(pair);
          else without ??= pair;
        }
      }
      expect(withRecords.length).toBeGreaterThan(5);
      expect(without).toBeDefined();
      return [...withRecords, without!];
    }

    function hasRecords({ a, b }: { a: number[]; b: number[] }): boolean {
      const ids = (side: number[]) => side.join(', ');
      const row = db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM statement_targets WHERE (speaker_id IN (${ids(a)}) AND actor_id IN (${ids(b)}))
             OR (speaker_id IN (${ids(b)}) AND actor_id IN (${ids(a)})))
           OR EXISTS (SELECT 1 FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id
             WHERE x.actor_id IN (${ids(a)}) AND y.actor_id IN (${ids(b)}))
           OR EXISTS (SELECT 1 FROM sanction_regimes WHERE (imposer_id IN (${ids(a)}) AND target_id IN (${ids(b)}))
             OR (imposer_id IN (${ids(b)}) AND target_id IN (${ids(a)}))) AS held`,
        )
        .get() as { held: number };
      return row.held === 1;
    }

    it('answers the same days, voices and strongest acts for every pair at several dates', async () => {
      let acts = 0;
      for (const { a, b } of pairs()) {
        const { days } = await bothAnswer(engines, pairTensionRepository, (pair) => pair.days(a, b));
        const first = days[0]?.dateStart ?? '2025-01-01';
        const last = days.at(-1)?.dateStart ?? '2025-01-01';
        const middle = days[days.length >> 1]?.dateStart ?? '2025-01-01';
        const before = dayFromNumber(dayNumber(first) - 1);
        const later = dayFromNumber(dayNumber(last) + 400);
        for (const asOf of [before, first, middle, CROWDED_DAY, last, later]) {
          await bothAnswer(engines, pairTensionRepository, (pair) => pair.voices(a, b, asOf));
          const ranges: DayRange[] = [{ to: asOf }, { from: middle, to: asOf }, {}, { from: asOf, to: asOf }];
          for (const range of ranges) {
            for (const count of [1, 5, 100]) {
              const records = await bothAnswer(engines, pairTensionRepository, (pair) =>
                pair.strongestActs(a, b, range, asOf, count),
              );
              acts += records.length;
            }
          }
        }
        // A month read as a day ages no act (julianday gives NULL): first days decide the order.
        await bothAnswer(engines, pairTensionRepository, (pair) =>
          pair.strongestActs(a, b, {}, '2025-04', 5),
        );
      }
      expect(acts).toBeGreaterThan(1000);
      const russia = sideOf(db, idOf(db, 'russia'));
      const japan = sideOf(db, idOf(db, 'japan'));
      const { days } = await pairTensionRepository(engines.lite).days(russia, japan);
      const crowded = days.find((day) => day.dateStart === CROWDED_DAY);
      // The crowd, Japan's act about Russia and the event: acts of all three of PostgreSQL's reads.
      expect(crowded?.acts).toBeGreaterThanOrEqual(CROWD.length + 2);
    });

    it('answers alike for sides that name no actor', async () => {
      await bothAnswer(engines, pairTensionRepository, (pair) => pair.days([999_999], [999_998]));
      await bothAnswer(engines, pairTensionRepository, (pair) =>
        pair.voices([999_999], [999_998], '2025-01-01'),
      );
      await bothAnswer(engines, pairTensionRepository, (pair) =>
        pair.strongestActs([999_999], [999_998], {}, '2025-01-01', 5),
      );
    });
  });

  describe('aggregates', () => {
    it('counts statements per period for every kind of filter', async () => {
      const key = (sql: string) => (db.prepare(sql).get() as { key: string }).key;
      const speaker = key(
        'SELECT a.key FROM statements s JOIN actors a ON a.id = s.speaker_id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1',
      );
      const affiliated = key("SELECT a.key FROM actors a WHERE a.key = 'russia'");
      const target = key(
        'SELECT a.key FROM statement_targets t JOIN actors a ON a.id = t.actor_id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1',
      );
      const topic = key(
        'SELECT t.key FROM statement_topics s JOIN topics t ON t.id = s.topic_id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1',
      );
      const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((row) => row.id);
      const filters: StatementFilterArgs[] = [
        {},
        { stances: ['HOSTILE'] },
        { stances: ['SUPPORTIVE', 'CONCILIATORY'] },
        { speakers: [speaker] },
        { speakers: [affiliated], includeAffiliated: true },
        { targets: [target] },
        { topics: [topic] },
        { speakers: [speaker], stances: ['CRITICAL', 'HOSTILE'] },
        { from: { start: '2015-03-01', end: '2015-03-31' }, to: { start: '2021-06-01', end: '2021-06-30' } },
        { from: { start: '2024-01-01', end: '2024-12-31' } },
        { to: { start: '2008-01-01', end: '2008-12-31' } },
        { pair: { a: sideOf(db, idOf(db, 'russia')), b: [idOf(db, 'japan')] } },
        { speakerIds: ids("SELECT id FROM actors WHERE key IN ('russia', 'japan')") },
        { targetIds: ids("SELECT id FROM actors WHERE key = 'ukraine'") },
        { text: 'synthetic' },
        { text: 'abandon' },
        { text: 'synthetic', stances: ['HOSTILE'], from: { start: '2020-01-01', end: '2020-12-31' } },
        { text: 'no-such-word-anywhere' },
        { speakers: ['no-such-actor'] },
        { topics: ['no-such-topic'] },
        { from: { start: '2199-01-01', end: '2199-12-31' } },
      ];
      let counted = 0;
      for (const filter of filters) {
        for (const period of PERIODS) {
          const rows = await bothAnswer(engines, aggregateRepository, (aggregates) =>
            aggregates.statementCounts(filter, period),
          );
          counted += rows.length;
        }
      }
      expect(counted).toBeGreaterThan(100);
    });

    it("counts each regime's packages and designations per period", async () => {
      const regimes = (
        db.prepare('SELECT id FROM sanction_regimes ORDER BY id').all() as { id: number }[]
      ).map((row) => row.id);
      let designations = 0;
      for (const regime of [...regimes, 999_999]) {
        for (const period of PERIODS) {
          const rows = await bothAnswer(engines, aggregateRepository, (aggregates) =>
            aggregates.sanctionCounts(regime, period),
          );
          designations += rows.reduce((sum, row) => sum + row.designations, 0);
        }
      }
      expect(designations).toBeGreaterThan(0);
    });

    it('finds the same ties, heaviest first, with their shared alliances in order', async () => {
      const ties = await bothAnswer(engines, aggregateRepository, (aggregates) => aggregates.ties());
      expect(ties.some((tie) => tie.allianceIds.length > 0)).toBe(true);
      expect(ties.some((tie) => tie.hostileRecords > 0)).toBe(true);
    });
  });
});
