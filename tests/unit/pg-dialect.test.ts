/**
 * SQLite's spellings that the PostgreSQL runner rewrites (data/store/pg/dialect.ts), and what
 * it must leave alone: quoted literals and names.
 */
import { describe, expect, it } from 'vitest';
import { toPostgres } from '../../data/store/pg/dialect';

describe('toPostgres', () => {
  it('numbers placeholders in order', () => {
    expect(toPostgres('SELECT 1 FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?')).toBe(
      'SELECT 1 FROM t WHERE a = $1 AND b IN ($2, $3) LIMIT $4',
    );
  });

  it('quotes camelCase names so rows keep their keys', () => {
    expect(toPostgres('SELECT s.date_start AS dateStart FROM s ORDER BY dateStart, x.countryCode')).toBe(
      'SELECT s.date_start AS "dateStart" FROM s ORDER BY "dateStart", x."countryCode"',
    );
  });

  it('folds case-blind orders and comparisons to ASCII lower case', () => {
    expect(toPostgres('ORDER BY a.name COLLATE NOCASE, a.id')).toBe('ORDER BY lower(a.name), a.id');
    expect(toPostgres('(a.name COLLATE NOCASE, a.id) > (? COLLATE NOCASE, ?)')).toBe(
      '(lower(a.name), a.id) > (lower($1::text COLLATE "C"), $2)',
    );
    expect(toPostgres('instr(lower(a.name), lower(?)) > 0')).toBe(
      'strpos(lower(a.name), lower($1::text COLLATE "C")) > 0',
    );
  });

  it('leaves quoted literals and names alone', () => {
    expect(toPostgres(`SELECT '?', 'it''s camelCase ?', "quotedName" FROM t WHERE a = ?`)).toBe(
      `SELECT '?', 'it''s camelCase ?', "quotedName" FROM t WHERE a = $1`,
    );
  });

  it('leaves snake_case, keywords and instr as a column alone', () => {
    expect(toPostgres('SELECT instr, COUNT(*) FROM record_counts WHERE kind_name = ?')).toBe(
      'SELECT instr, COUNT(*) FROM record_counts WHERE kind_name = $1',
    );
  });

  it('folds a parameter lowered in any spelling', () => {
    expect(toPostgres('LOWER( ?)')).toBe('LOWER( $1::text COLLATE "C")');
  });

  it('refuses what it cannot rewrite exactly, naming it', () => {
    expect(() => toPostgres("SELECT 1 -- a pair's ?\nWHERE a = ?")).toThrow(/a comment or a dollar quote/);
    expect(() => toPostgres('SELECT 1 /* ? */')).toThrow(/a comment or a dollar quote/);
    expect(() => toPostgres('SELECT $$?$$')).toThrow(/a comment or a dollar quote/);
    expect(() => toPostgres('ORDER BY (a || b) COLLATE NOCASE')).toThrow(
      /COLLATE NOCASE after an expression/,
    );
  });
});
