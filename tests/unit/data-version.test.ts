/**
 * Answers kept per data version are only as fresh as the version: it must move when this
 * connection writes and when another connection (a seed or an import in its own process)
 * commits, and never be shared by two databases.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/store/open';
import { createStore } from '../../data/store/store';
import { dataVersion, noteWrite, requestVersion } from '../../data/store/version';
import { freshDatabase } from '../helpers/db';

describe('the data version', () => {
  it('moves on this connection’s writes and on another connection’s commits', () => {
    const { db, file } = freshDatabase();
    const first = dataVersion(db);
    expect(dataVersion(db)).toBe(first);

    noteWrite(db);
    const afterOwnWrite = dataVersion(db);
    expect(afterOwnWrite).not.toBe(first);

    const other = openDatabase(file);
    other.prepare("UPDATE actors SET description = 'changed elsewhere' WHERE key = 'japan'").run();
    expect(dataVersion(db)).not.toBe(afterOwnWrite);
    other.close();
  });

  it('differs between two databases', () => {
    expect(dataVersion(freshDatabase().db)).not.toBe(dataVersion(freshDatabase().db));
  });

  it('lets a kept list of affiliates see an actor another connection adds', async () => {
    const { db, file } = freshDatabase();
    const store = createStore(db);
    const russia = db.prepare("SELECT id FROM actors WHERE key = 'russia'").pluck().get() as number;
    const before = (await store.actors.affiliatesOf([russia]))[0]!.map((a) => a.key);
    expect(before).toContain('nikolay-nozdrev');

    const other = openDatabase(file);
    other
      .prepare(
        `INSERT INTO actors (key, kind, name, affiliation_id, origin, content_hash)
         VALUES ('andrei-rudenko', 'PERSON', 'Andrei Rudenko', ?, 'test', 'test')`,
      )
      .run(russia);
    other.close();

    expect((await store.actors.affiliatesOf([russia]))[0]!.map((a) => a.key)).toEqual([
      ...before,
      'andrei-rudenko',
    ]);
  });

  it('reads other connections’ commits once per request, and this connection’s writes at every call', async () => {
    const { db, file } = freshDatabase();
    const version = requestVersion(db);
    const first = await version();
    expect(first).toBe(dataVersion(db));
    // One answer serves the request's every read until it writes.
    expect(version()).toBe(version());

    const other = openDatabase(file);
    other.prepare("UPDATE actors SET description = 'changed elsewhere' WHERE key = 'japan'").run();
    other.close();
    expect(await version()).toBe(first);
    expect(dataVersion(db)).not.toBe(first);

    noteWrite(db);
    expect(await version()).not.toBe(first);
    expect(await requestVersion(db)()).toBe(dataVersion(db));
    expect(await createStore(db).version()).toBe(dataVersion(db));
  });
});
