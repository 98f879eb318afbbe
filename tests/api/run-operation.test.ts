/**
 * runOperation, the server components' and exports' way to the API, keeps each error's
 * extensions.code: the export route tells bad user input (a 400) from a fault without reading
 * messages. The pool runs each test file in its own process, so the database set here is the
 * one graphql/server opens.
 */
import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';

let server: typeof import('../../graphql/server');
beforeAll(async () => {
  const { db, file } = freshDatabase();
  db.close();
  process.env.FAULTLINE_DB = file;
  server = await import('../../graphql/server');
});

describe('runOperation', () => {
  it('returns the data of an operation that succeeds', async () => {
    const data = await server.runOperation(parse('query { actor(key: "japan") { key name } }'));
    expect(data).toEqual({ actor: { key: 'japan', name: 'Japan' } });
  });

  it('throws an OperationError that keeps BAD_USER_INPUT for a refused argument', async () => {
    const failure = server
      .runOperation(parse('query Page($first: Int!) { statements(first: $first) { totalCount } }'), {
        first: 0,
      })
      .catch((error: unknown) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(server.OperationError);
    const typed = error as InstanceType<typeof server.OperationError>;
    expect(typed.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(typed.allHaveCode('BAD_USER_INPUT')).toBe(true);
    expect(typed.message).toContain('Argument "first"');
  });

  it('keeps a different code for a document the schema refuses', async () => {
    const error = await server.runOperation(parse('query { nothingHere }')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(server.OperationError);
    const typed = error as InstanceType<typeof server.OperationError>;
    expect(typed.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typed.allHaveCode('BAD_USER_INPUT')).toBe(false);
  });
});
