/**
 * Stored words that SQLite's tokenizer and PostgreSQL's parser could split or keep differently,
 * found alike on both engines by search and by the statements' text filter: words of a script
 * whose vowel signs are marks, and words longer than PostgreSQL indexes (2,047 bytes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresSql } from '../../data/store/pg/sql';
import { searchRecords } from '../../data/store/repositories/search';
import { statementRepository } from '../../data/store/repositories/statements';
import { sqliteSql, type Sql } from '../../data/store/sql';
import { freshDatabase } from '../helpers/db';
import { type TestSchema, createMigratedSchema } from './test-schema';

/** 2,400 letters, 7,200 bytes: one word to SQLite, past PostgreSQL's limit. */
const KATAKANA_WORD = 'キロメートル'.repeat(400);
const LATIN_WORD = 'q'.repeat(3_000);

/** Excerpts added to the seed's first statements, one a statement. */
const EXCERPTS = [
  'हिन्दी समाचार पत्र',
  `The marker read ${KATAKANA_WORD} in full.`,
  `A digest ${LATIN_WORD} ends here.`,
];

const SEARCHES: [label: string, text: string][] = [
  ['a Hindi word, vowel signs and all', 'हिन्दी'],
  ['another Hindi word', 'समाचार पत्र'],
  ['a Hindi word being typed', 'हिन्'],
  ['a long word being typed', 'キロメ'],
  ['a long word, its first 200 letters being typed', KATAKANA_WORD.slice(0, 200)],
  ['a long word, its first 199 letters whole, then another', `${KATAKANA_WORD.slice(0, 199)} marker`],
  ['a long word, its first 200 letters whole, then another', `${KATAKANA_WORD.slice(0, 200)} marker`],
  ['a long word, its first 201 letters', KATAKANA_WORD.slice(0, 201)],
  ['a long word as NFKC spells it, being typed', '\u3316'.repeat(33)],
  ['a long Latin word being typed', 'qqqq'],
  ['a long Latin word, 200 letters', LATIN_WORD.slice(0, 200)],
  ['a long Latin word, whole', `${LATIN_WORD.slice(0, 150)} digest`],
];

/** Searches that find the excerpts on SQLite, so the comparisons compare something. */
const FINDING = new Set([
  'हिन्दी',
  'समाचार पत्र',
  'हिन्',
  'キロメ',
  KATAKANA_WORD.slice(0, 200),
  '\u3316'.repeat(33),
  'qqqq',
  LATIN_WORD.slice(0, 200),
]);

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
    schema = await createMigratedSchema(db);
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
