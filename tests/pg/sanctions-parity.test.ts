/**
 * The sanctions, alliances, sources, overview, relations and actor-name repositories answer
 * alike on SQLite and on PostgreSQL: the seed, with FollowTheMoney designations imported on top
 * (a drones fixture of many imposers and a generated list long enough to page), is moved into a
 * PostgreSQL schema, and every method is asked the same questions on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../data/store/open';
import { postgresSql } from '../../data/store/pg/sql';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { importFtm } from '../../data/ingest/importers/ftm';
import { foldName } from '../../data/intake/fold';
import type { RecordType, StorePage } from '../../data/store/rows';
import { sanctionRepository } from '../../data/store/repositories/sanctions';
import { allianceRepository } from '../../data/store/repositories/alliances';
import { sourceRepository } from '../../data/store/repositories/sources';
import { overviewRepository } from '../../data/store/repositories/overview';
import { relationRepository } from '../../data/store/repositories/relations';
import { actorNames } from '../../data/store/repositories/actor-names';
import { freshDatabase } from '../helpers/db';
import { DRONES_FIXTURE, writeListingsFile } from '../helpers/ftm';
import { type TestSchema, createMigratedSchema } from './test-schema';
import { pageAnswer } from './page-answer';

const repositoriesOn = (sql: Sql) => ({
  sanctions: sanctionRepository(sql),
  alliances: allianceRepository(sql),
  sources: sourceRepository(sql),
  overview: overviewRepository(sql),
  relations: relationRepository(sql),
  actorNames: actorNames(sql),
});
type Repositories = ReturnType<typeof repositoriesOn>;

const MISSING_ID = 999_999;
const MISSING_KEY = 'no-such-record';
const LISTINGS = 37;

let db: Db;
let schema: TestSchema;
let sqlite: Repositories;
let postgres: Repositories;

/** Asks both engines the same question; their answers must be equal. Returns SQLite's. */
async function same<T>(ask: (r: Repositories) => Promise<T>): Promise<T> {
  const [fromSqlite, fromPostgres] = await Promise.all([ask(sqlite), ask(postgres)]);
  expect(fromPostgres).toStrictEqual(fromSqlite);
  return fromSqlite;
}

const ids = (table: string, where = 'TRUE'): number[] =>
  db.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).pluck().all() as number[];
const keys = (table: string): string[] =>
  db.prepare(`SELECT key FROM ${table} ORDER BY id`).pluck().all() as string[];

beforeAll(async () => {
  db = freshDatabase().db;
  await importFtm(db, DRONES_FIXTURE);
  await importFtm(db, writeListingsFile(LISTINGS).file);
  schema = await createMigratedSchema(db);
  sqlite = repositoriesOn(sqliteSql(db));
  postgres = repositoriesOn(postgresSql(schema.pool));
});

afterAll(async () => {
  await schema?.drop();
  db?.close();
});

describe('sanctions', () => {
  const regimeIds = () => [...ids('sanction_regimes'), MISSING_ID];
  const actorIds = () => [...ids('actors'), MISSING_ID];

  it('finds regimes by id and key, by imposer, target and response', async () => {
    expect((await same((r) => r.sanctions.regimesByIds(regimeIds()))).filter(Boolean).length).toBeGreaterThan(
      2,
    );
    await same((r) => r.sanctions.regimesByKeys([...keys('sanction_regimes'), MISSING_KEY]));
    const imposed = await same((r) => r.sanctions.regimesImposedBy(actorIds()));
    expect(imposed.flat().length).toBeGreaterThan(2);
    await same((r) => r.sanctions.regimesReceivedBy(actorIds()));
    expect((await same((r) => r.sanctions.responsesTo(regimeIds()))).flat()).not.toHaveLength(0);
    await same((r) => r.sanctions.regimesByIds([]));
  });

  it('lists regimes with each filter, and between sides', async () => {
    const all = await same((r) => r.sanctions.regimes({}));
    expect(all.length).toBeGreaterThan(2);
    const actorKey = db.prepare('SELECT key FROM actors WHERE id = ?').pluck();
    for (const regime of all) {
      const imposer = actorKey.get(regime.imposerId) as string;
      const target = actorKey.get(regime.targetId) as string;
      expect(await same((r) => r.sanctions.regimes({ imposer }))).toContainEqual(regime);
      await same((r) => r.sanctions.regimes({ target }));
      expect(await same((r) => r.sanctions.regimes({ imposer, target }))).toStrictEqual([regime]);
      await same((r) => r.sanctions.regimesBetween([regime.imposerId], [regime.targetId]));
      await same((r) => r.sanctions.regimesBetween([regime.targetId, MISSING_ID], [regime.imposerId]));
    }
    expect(await same((r) => r.sanctions.regimes({ imposer: MISSING_KEY }))).toStrictEqual([]);
    await same((r) => r.sanctions.regimes({ imposer: null, target: null }));
    const everyone = ids('actors');
    expect((await same((r) => r.sanctions.regimesBetween(everyone, everyone))).length).toBe(all.length);
    expect(await same((r) => r.sanctions.regimesBetween(everyone, []))).toStrictEqual([]);
  });

  it('says which regimes hold something, and reads their figures, claims, packages and counts', async () => {
    expect(await same((r) => r.sanctions.regimesHolding(regimeIds()))).toContain(true);
    expect((await same((r) => r.sanctions.figuresOf(regimeIds()))).flat().length).toBeGreaterThan(0);
    expect((await same((r) => r.sanctions.claimsOf(regimeIds()))).flat().length).toBeGreaterThan(0);
    await same((r) => r.sanctions.claimsOf([]));
    const packageIds = [...ids('sanction_packages'), MISSING_ID];
    expect((await same((r) => r.sanctions.packageClaimsOf(packageIds))).flat().length).toBeGreaterThan(0);
    await same((r) => r.sanctions.packagesByIds(packageIds));
    await same((r) => r.sanctions.packagesByKeys([...keys('sanction_packages'), MISSING_KEY]));
    expect((await same((r) => r.sanctions.packagesOf(regimeIds()))).flat().length).toBeGreaterThan(0);
    const counted = await same((r) => r.sanctions.countedFor(regimeIds()));
    expect(counted.some((c) => c.individuals > 0 && c.entities > 0)).toBe(true);
  });

  it('finds designations by id and key', async () => {
    const found = await same((r) =>
      r.sanctions.designationsByIds([...ids('sanction_designations'), MISSING_ID]),
    );
    expect(found.filter(Boolean).length).toBeGreaterThan(LISTINGS);
    await same((r) => r.sanctions.designationsByKeys([...keys('sanction_designations'), MISSING_KEY]));
  });

  it("walks each regime's designations forward page by page", async () => {
    const regimes = ids('sanction_regimes', 'id IN (SELECT regime_id FROM sanction_designations)');
    for (const regimeId of [...regimes, MISSING_ID]) {
      for (const size of [1, 10]) {
        let after: unknown[] | null = null;
        let seen = 0;
        for (;;) {
          const read = (r: Repositories) => pageSeen(r.sanctions.designationPage(regimeId, after, size));
          const page = await same(read);
          seen += page.rows.length;
          if (!page.hasNextPage) break;
          after = page.positions.at(-1)!;
        }
        expect(seen).toBe(ids('sanction_designations', `regime_id = ${regimeId}`).length);
      }
    }
  });
});

/** What a page shows: its rows, their positions, its neighbours and its count. */
async function pageSeen<Row>(reading: Promise<StorePage<Row>>) {
  return pageAnswer(await reading);
}

describe('alliances', () => {
  it('finds alliances, memberships and offices by id and key, and lists them by kind and status', async () => {
    await same((r) => r.alliances.byIds([...ids('alliances'), MISSING_ID]));
    await same((r) => r.alliances.byKeys([...keys('alliances'), MISSING_KEY]));
    expect((await same((r) => r.alliances.list(null))).length).toBe(ids('alliances').length);
    for (const kind of ['ALLIANCE', 'PARTNERSHIP_PROGRAMME', 'INITIATIVE', 'STRATEGY'] as const) {
      expect(await same((r) => r.alliances.list(kind))).not.toHaveLength(0);
    }
    await same((r) => r.alliances.membershipsByIds([...ids('memberships'), MISSING_ID]));
    await same((r) => r.alliances.membershipsByKeys([...keys('memberships'), MISSING_KEY]));
    const actorIds = [...ids('actors'), MISSING_ID];
    expect((await same((r) => r.alliances.membershipsOfActors(actorIds))).flat()).not.toHaveLength(0);
    const allianceIds = [...ids('alliances'), MISSING_ID];
    expect((await same((r) => r.alliances.membershipsOfAlliances(allianceIds))).flat()).not.toHaveLength(0);
    await same((r) => r.alliances.officesByIds([...ids('offices'), MISSING_ID]));
    await same((r) => r.alliances.officesByKeys([...keys('offices'), MISSING_KEY]));
    expect((await same((r) => r.alliances.offices(null))).length).toBe(ids('offices').length);
    for (const status of ['OPEN', 'PROPOSED', 'CLOSED'] as const)
      await same((r) => r.alliances.offices(status));
    expect((await same((r) => r.alliances.officesOfActors(actorIds))).flat()).not.toHaveLength(0);
  });
});

describe('relations', () => {
  it("gives each pair of actors' alignments", async () => {
    const members = ids('actors', 'id IN (SELECT actor_id FROM memberships)');
    const others = ids('actors', 'id NOT IN (SELECT actor_id FROM memberships)').slice(0, 3);
    let found = 0;
    for (const a of [...members, ...others]) {
      for (const b of [...members, ...others]) {
        if (a !== b) found += (await same((r) => r.relations.alignments([a], [b]))).length;
      }
    }
    expect(found).toBeGreaterThan(0);
    await same((r) => r.relations.alignments(members, others));
    expect(await same((r) => r.relations.alignments(members, []))).toHaveLength(ids('memberships').length);
    expect(await same((r) => r.relations.alignments([], []))).toStrictEqual([]);
  });
});

describe('sources', () => {
  it('finds sources by id and key, and lists them all', async () => {
    await same((r) => r.sources.byIds([...ids('sources'), MISSING_ID]));
    await same((r) => r.sources.byKeys([...keys('sources'), MISSING_KEY]));
    expect((await same((r) => r.sources.all())).length).toBe(ids('sources').length);
  });

  it('matches text as a plain substring, ASCII case folded', async () => {
    const anySource = db.prepare('SELECT key, outlet FROM sources ORDER BY id').get() as {
      key: string;
      outlet: string;
    };
    // A word with a letter outside ASCII that has a capital: neither engine folds it.
    const nonAscii = (db.prepare("SELECT title || ' ' || outlet FROM sources").pluck().all() as string[])
      .flatMap((text) => text.split(/\s+/))
      .find((word) => /[^\p{ASCII}]/u.test(word) && word.toUpperCase() !== word);
    expect(nonAscii).toBeDefined();
    const texts = [
      'pravda',
      'NIPPON',
      anySource.key,
      anySource.key.toUpperCase(),
      anySource.outlet.slice(1, 5),
      nonAscii!,
      nonAscii!.toUpperCase(),
      '%',
      '_',
      "'",
      '',
      'no source says this',
    ];
    for (const text of texts) {
      for (const limit of [1, 5, 100]) await same((r) => r.sources.matching(text, limit));
    }
    expect(await same((r) => r.sources.matching('pravda', 100))).not.toHaveLength(0);
    expect(await same((r) => r.sources.matching(nonAscii!, 100))).not.toHaveLength(0);
    // Case is folded in ASCII only, as SQLite's lower() folds it.
    expect(await same((r) => r.sources.matching(nonAscii!.toUpperCase(), 100))).toStrictEqual([]);
  });

  it('counts citations, lists what cites each source and reads the evidence of each record type', async () => {
    const sourceIds = [...ids('sources'), MISSING_ID];
    expect((await same((r) => r.sources.citationCounts(sourceIds))).some((n) => n > 1)).toBe(true);
    await same((r) => r.sources.citationCounts([]));
    for (const sourceId of sourceIds) await same((r) => r.sources.citing(sourceId));
    const types = db
      .prepare('SELECT DISTINCT record_type FROM evidence ORDER BY 1')
      .pluck()
      .all() as RecordType[];
    expect(types.length).toBeGreaterThan(4);
    for (const type of types) {
      const recordIds = db
        .prepare('SELECT DISTINCT record_id FROM evidence WHERE record_type = ? ORDER BY 1')
        .pluck()
        .all(type) as number[];
      const evidence = await same((r) => r.sources.evidenceOf(type, [...recordIds, MISSING_ID]));
      expect(evidence.flat().length).toBeGreaterThanOrEqual(recordIds.length);
    }
  });
});

describe('overview', () => {
  it('gives the stats, the topics and their statement counts', async () => {
    expect((await same((r) => r.overview.stats())).sanctionDesignations).toBeGreaterThan(LISTINGS);
    const topics = await same((r) => r.overview.topics());
    expect(topics).not.toHaveLength(0);
    await same((r) => r.overview.topicsByIds([...ids('topics'), MISSING_ID]));
    await same((r) => r.overview.topicsByKeys([...keys('topics'), MISSING_KEY]));
    const counts = await same((r) => r.overview.statementCounts([...ids('topics'), MISSING_ID]));
    expect(counts.some((n) => n > 0)).toBe(true);
    // Search is searchRecords' (tests/pg/search-parity.test.ts): here only that overview hands it on.
    expect(await same((r) => r.overview.search('sanctions', 5))).not.toHaveLength(0);
  });
});

describe('actor names', () => {
  it('matches every name and alias of every actor to the same actor', async () => {
    const [bySqlite, byPostgres] = await Promise.all([
      sqlite.actorNames.matcher(),
      postgres.actorNames.matcher(),
    ]);
    const actors = db.prepare('SELECT name, aliases FROM actors').all() as {
      name: string;
      aliases: string;
    }[];
    const names = actors.flatMap((a) => [a.name, ...(JSON.parse(a.aliases) as string[])]).map(foldName);
    expect(names.length).toBeGreaterThan(LISTINGS);
    for (const name of [...names, foldName(MISSING_KEY)]) {
      expect(byPostgres(name)).toStrictEqual(bySqlite(name));
    }
    expect(bySqlite(names[0]!)).not.toBeNull();
  });
});
