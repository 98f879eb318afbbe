import { describe, expect, it } from 'vitest';
import { prepared } from '../../data/store/prepared';
import { freshDatabase } from '../helpers/db';

describe('prepared statements kept per connection', () => {
  const { db } = freshDatabase({ seed: false });

  it('prepares a query once and answers with it again', () => {
    const sql = 'SELECT count(*) AS n FROM actors';
    expect(prepared(db, sql)).toBe(prepared(db, sql));
    expect(prepared(db, sql).get()).toEqual({ n: 0 });
  });

  it('keeps at most 256, dropping the least recently used', () => {
    const first = prepared(db, 'SELECT 0');
    for (let i = 1; i <= 256; i++) prepared(db, `SELECT ${i}`);
    expect(prepared(db, 'SELECT 256')).toBe(prepared(db, 'SELECT 256'));
    expect(prepared(db, 'SELECT 0')).not.toBe(first);
  });

  it('never hands one connection’s statement to another', () => {
    const other = freshDatabase({ seed: false }).db;
    expect(prepared(other, 'SELECT 1')).not.toBe(prepared(db, 'SELECT 1'));
  });
});
