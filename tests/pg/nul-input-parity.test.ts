/**
 * A NUL, which PostgreSQL refuses in any text, is answered alike on both engines: a NUL in an
 * argument or a variable, and an id whose key decodes to one, are BAD_USER_INPUT naming the
 * argument, never PostgreSQL's internal error.
 */
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import type { Answer } from '../helpers/graphql';
import { apiOnBothEngines } from './both-engines';

const { db } = freshDatabase();

/** An answer as a client reads it: the stack trace, which differs per call, left out. */
const asRead = ({ data, errors }: Answer) => ({
  data,
  errors: errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code })),
});

/** Each operation with a NUL somewhere in its arguments, and the argument or variable named. */
const OPERATIONS: [string, Record<string, unknown>, string][] = [
  ['{ actor(key: "\\u0000") { key } }', {}, 'Argument "key"'],
  ['{ source(key: "a\\u0000") { key } }', {}, 'Argument "key"'],
  ['{ alliance(key: "na\\u0000to") { key } }', {}, 'Argument "key"'],
  ['{ relation(a: "russia", b: "ja\\u0000pan") { __typename } }', {}, 'Argument "b"'],
  ['{ actors(filter: { text: "ja\\u0000pan" }) { totalCount } }', {}, 'Argument "filter"'],
  ['{ sources(text: "ria\\u0000") { key } }', {}, 'Argument "text"'],
  ['{ sanctionRegimes(filter: { imposer: "ja\\u0000pan" }) { key } }', {}, 'Argument "filter"'],
  ['{ events(filter: { actors: ["ja\\u0000pan"] }) { totalCount } }', {}, 'Argument "filter"'],
  [
    'query($f: StatementFilter) { statements(filter: $f) { totalCount } }',
    { f: { speakers: ['x\u0000'], targets: ['japan'] } },
    'Variable "$f".speakers[0]',
  ],
  ['query($k: String!) { actor(key: $k) { key } }', { k: 'ja\u0000pan' }, 'Variable "$k"'],
];

describe('a NUL in the input, on SQLite and PostgreSQL', () => {
  const engines = apiOnBothEngines(db);

  it.each(OPERATIONS)('%s: the same refusal, naming the input', async (query, variables, where) => {
    const fromSqlite = asRead(await engines.sqlite.query(query, variables));
    const fromPostgres = asRead(await engines.postgres.query(query, variables));
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromPostgres.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect(fromPostgres.errors?.[0]?.message).toBe(
      `${where} holds a NUL character (U+0000), which no stored text contains`,
    );
  });

  it.each(NODE_TYPES)('node(id) of a %s whose key holds a NUL: the same refusal', async (type) => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    const variables = { id: toGlobalId(type, 'x\u0000y') };
    const fromSqlite = asRead(await engines.sqlite.query(query, variables));
    const fromPostgres = asRead(await engines.postgres.query(query, variables));
    expect(fromPostgres).toEqual(fromSqlite);
    expect(fromPostgres.errors?.[0]?.code).toBe('BAD_USER_INPUT');
    expect(fromPostgres.errors?.[0]?.message).toMatch(
      /^Argument "id" decodes to a key holding a control character/,
    );
  });
});
