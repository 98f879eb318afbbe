/**
 * The desk's forms write in-process as the signed-in analyst (runOperationAs), with no HTTP
 * request: those writes still draw from that analyst's write bucket, so a desk session cannot
 * write, or run the intake, past the limit the API holds the same analyst to. Another analyst's
 * bucket stays full.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { DeskAddActorDocument } from '../../graphql/__generated__/client/graphql';
import { freshDatabase } from '../helpers/db';

const { db, file } = freshDatabase();
let runOperationAs: typeof import('../../graphql/server').runOperationAs;
let OperationError: typeof import('../../graphql/server').OperationError;

beforeAll(async () => {
  process.env.FAULTLINE_DB = file;
  process.env.FAULTLINE_WRITE_RATE = '3/min';
  ({ runOperationAs, OperationError } = await import('../../graphql/server'));
});

const analystNamed = async (name: string) => ({ ...(await addAnalyst(sqliteAccounts(db), name)).analyst });
const actorInput = (name: string) => ({ name, kind: 'PERSON' as const });
const actors = () => db.prepare('SELECT count(*) FROM actors').pluck().get() as number;

describe('the write limit at the desk', () => {
  it('refuses a signed-in analyst’s fourth write in a minute, writing nothing, and leaves another’s bucket full', async () => {
    const first = await analystNamed('Desk Limit One');
    for (let i = 1; i <= 3; i += 1) {
      const { addActor } = await runOperationAs(first, DeskAddActorDocument, {
        input: actorInput(`Limit Person ${i}`),
      });
      expect(addActor.userErrors).toEqual([]);
    }
    const before = actors();
    const refused = await runOperationAs(first, DeskAddActorDocument, {
      input: actorInput('Limit Person 4'),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OperationError);
    expect((refused as Error).message).toMatch(
      /^Too many writes from this client: the limit is 3\/min\. Retry after \d+ s\.$/,
    );
    expect(actors()).toBe(before);

    const second = await analystNamed('Desk Limit Two');
    const { addActor } = await runOperationAs(second, DeskAddActorDocument, {
      input: actorInput('Limit Person 5'),
    });
    expect(addActor.actor?.name).toBe('Limit Person 5');
  });
});
