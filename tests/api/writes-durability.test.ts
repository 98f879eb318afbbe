/**
 * A record written through the API is in the SQLite file: closed and opened again, the database
 * holds the same rows and serves the record by its id.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../data/store/open';
import { contentFingerprint, freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';
import { useWriteToken } from '../helpers/write-token';

const TOKEN = 'durability-test-token';
useWriteToken(TOKEN);

const ADD_STATEMENT = `mutation AddStatement($i: AddStatementInput!) {
  addStatement(input: $i) { statement { id key } userErrors { message } }
}`;

describe('durability', () => {
  it('keeps a written record after the database file is closed and reopened', async () => {
    const { db, file } = freshDatabase();
    const api = testServer(db);
    const payload = ok(
      await api.query(
        ADD_STATEMENT,
        {
          i: {
            speakerKey: 'nikolay-nozdrev',
            targetKeys: ['japan'],
            date: '2025-12-01',
            quote: 'A durable quote.',
            summary: 'Durable test record.',
            stance: 'HOSTILE',
            intensity: -6,
            cameoCode: '13',
            topicKeys: ['sanctions'],
            evidence: {
              sourceKey: 'almayadeen-2025-russia-japan-rift',
              excerpt: 'Test excerpt: "A durable quote."',
            },
          },
        },
        { authorization: `Bearer ${TOKEN}` },
      ),
    ).addStatement;
    expect(payload.userErrors).toEqual([]);
    const { id, key } = payload.statement;
    const fingerprint = contentFingerprint(db);
    await api.stop();
    db.close();
    const reopened = openDatabase(file);
    const again = testServer(reopened);
    try {
      expect(contentFingerprint(reopened)).toEqual(fingerprint);
      const read = ok(
        await again.query('query($id: ID!) { node(id: $id) { ... on Statement { key summary } } }', { id }),
      );
      expect(read.node).toEqual({ key, summary: 'Durable test record.' });
    } finally {
      await again.stop();
      reopened.close();
    }
  });
});
