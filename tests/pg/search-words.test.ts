/**
 * Stored words that SQLite's tokenizer and PostgreSQL's parser could split or keep differently,
 * found alike on both engines by search and by the statements' text filter: words of a script
 * whose vowel signs are marks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../data/store/pg/migrate';
import { postgresSql } from '../../data/store/pg/sql';
import { transferToPostgres } from '../../data/store/pg/transfer';
import { searchRecords } from '../../data/store/repositories/search';
import { statementRepository } from '../../data/store/repositories/statements';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { freshDatabase } from '../helpers/db';
import { createTestSchema, type TestSchema } from './test-schema';

/** Excerpts added to the seed's first statements, one a statement. */
const EXCERPTS = ['हिन्दी समाचार पत्र'];

const SEARCHES: [label: string, text: string][] = [
  ['a Hindi word, vowel signs and all', 'हिन्दी'],
  ['another Hindi word', 'समाचार पत्र'],
  ['a Hindi word being typed', 'हिन्'],
];

/** Searches that find the excerpts on SQLite, so the comparisons compare something. */
const FINDING = new Set(['हिन्दी', 'समाचार पत्र', 'हिन्']);

describe('stored words split and bounded alike, SQLite against PostgreSQL', () => {
  const { db } = freshDatabase();
  let schema: TestSchema;
  let engines: { sqlite: Sql; postgres: Sql };
  beforeAll(async () => {
    const source = db.prepare('SELECT min(id) FROM sources').pluck().get() as number;
    const statements = db
      .prepare('SELECT id FROM statements ORDER BY id LIMIT ?')
      .pluck()
      .all(EXCERPTS.length);
    const add = db.prepare(
      `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt) VALUES ('Statement', ?, 90, ?, ?)`,
    );
    db.transaction(() => EXCERPTS.forEach((excerpt, i) => add.run(statements[i], source, excerpt)))();
    schema = await createTestSchema();
    await migrate(schema.pool);
    await transferToPostgres(db, schema.pool);
    engines = { sqlite: sqliteSql(db), postgres: postgresSql(schema.pool) };
  }, 60_000);
  afterAll(async () => {
    await schema?.drop();
  });

  it.each(SEARCHES)('search: %s', async (_label, text) => {
    const [sqlite, postgres] = await Promise.all(
      [engines.sqlite, engines.postgres].map(async (sql) =>
        (await searchRecords(sql, text, 20)).map((hit) => `${hit.kind}:${hit.id}`),
      ),
    );
    expect(sqlite!.length > 0, 'found on SQLite').toBe(FINDING.has(text));
    expect(postgres).toEqual(sqlite);
  });

  it.each(SEARCHES)('the statements text filter: %s', async (_label, text) => {
    const [sqlite, postgres] = await Promise.all(
      [engines.sqlite, engines.postgres].map((sql) => statementRepository(sql).count({ text })),
    );
    expect(sqlite! > 0, 'found on SQLite').toBe(FINDING.has(text));
    expect(postgres).toEqual(sqlite);
  });
});
