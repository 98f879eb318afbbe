/**
 * One schema reads the lists' URLs (app/lib/list-params.ts): the statements screen and the
 * statements download must find the same records for the same URL, and a value at fault must
 * get the same message from both, naming the parameter and the value. The screen carries on
 * without that value; the download refuses with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { errorText, ok, testServer } from '../helpers/graphql';
import { MAX_SEARCH_TEXT_LENGTH } from '../../data/search-text';
import { MAX_TEXT_LENGTH } from '../../app/lib/list-params';
import type { StatementsFeedPanelQuery } from '../../graphql/__generated__/client/graphql';
import { parseEventParams, parseStatementParams, pageVariables } from '../../app/lib/search-params';

let server: typeof import('../../graphql/server');
let datasets: typeof import('../../app/api/export/datasets');
let documents: typeof import('../../graphql/__generated__/client/graphql');
beforeAll(async () => {
  const { db, file } = freshDatabase();
  db.close();
  process.env.FAULTLINE_DB = file;
  server = await import('../../graphql/server');
  datasets = await import('../../app/api/export/datasets');
  documents = await import('../../graphql/__generated__/client/graphql');
});

/** The keys the screen lists for a URL, every page of it. */
async function screenKeys(query: string): Promise<string[]> {
  const parsed = parseStatementParams(new URLSearchParams(query));
  expect(parsed.problems).toEqual([]);
  const keys: string[] = [];
  let after: string | null = null;
  do {
    const { statements }: StatementsFeedPanelQuery = await server.runOperation(
      documents.StatementsFeedPanelDocument,
      {
        filter: parsed.filter,
        ...pageVariables({ ...parsed, first: 100, after: after ?? undefined }),
      },
    );
    keys.push(...statements.nodes.map((s) => s.key));
    after = statements.pageInfo.hasNextPage ? (statements.pageInfo.endCursor ?? null) : null;
  } while (after);
  return keys;
}

/** The keys the download holds for the same URL, or the message it refuses it with. */
async function exportKeys(query: string): Promise<string[]> {
  const { records } = await datasets.statements.select(new URLSearchParams(query));
  return records.map((r) => String(r.key));
}

async function exportRefusal(list: 'statements' | 'events', query: string): Promise<string> {
  const error = await datasets[list].select(new URLSearchParams(query)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(datasets.FilterError);
  return (error as Error).message;
}

describe('the same URL means the same records on the screen and in the download', () => {
  it.each([
    '',
    'stance=HOSTILE',
    'stance=hostile,critical&stance=neutral',
    'speaker=Nikolay-Nozdrev',
    'speaker=russia&include=affiliates',
    'target=japan&from=2025-04&to=2025-12',
    'topic=sanctions&text=unfriendly',
    'from=2025',
  ])('?%s', async (query) => {
    const shown = await screenKeys(query);
    expect(await exportKeys(query)).toEqual(shown);
  });

  it('finds something for the filters that should (the comparison is not between two empty lists)', async () => {
    expect((await screenKeys('stance=HOSTILE')).length).toBeGreaterThan(0);
    expect((await screenKeys('speaker=nikolay-nozdrev')).length).toBeGreaterThan(0);
    expect((await screenKeys('')).length).toBeGreaterThan((await screenKeys('stance=HOSTILE')).length);
  });
});

describe('a value at fault is named, with the same words on the screen and in the download', () => {
  it.each([
    ['stance=ANGRY', '“stance”: “ANGRY” is not known; expected one of HOSTILE, CRITICAL'],
    ['speaker=ja%20pan', '“speaker”: “ja pan” is not a key (keys look like “japan”)'],
    // Longer than any key: refused here, never sent to the API; the message quotes it cut short.
    [
      `target=${'q'.repeat(10_001)}`,
      `“target”: “${'q'.repeat(60)}…” is not a key (keys are at most 200 characters)`,
    ],
    [`stance=${'X'.repeat(61)}`, `“stance”: “${'X'.repeat(60)}…” is not known`],
    ['from=2025-13', '“from”: "2025-13" has month 13; months run 01 to 12'],
    ['to=May', '“to”: "May" is not a partial date'],
    ['from=2024&from=2025', '“from” takes one value; got 2'],
    [`text=${'a'.repeat(201)}`, '“text” is limited to 200 characters; got 201'],
    ['text=%21%3F%E2%80%A6', '“text” has no words to search for'],
    [
      'colour=red',
      'Unknown filter “colour”. This list takes: speaker, include, target, topic, stance, from, to, text',
    ],
  ])('?%s', async (query, message) => {
    const screen = parseStatementParams(new URLSearchParams(`${query}&stance=CRITICAL`));
    expect(screen.problems).toHaveLength(1);
    expect(screen.problems[0]).toContain(message);
    // The screen keeps what was right and leaves out only what was wrong.
    expect(screen.filter.stances).toEqual(query.startsWith('stance=') ? undefined : ['CRITICAL']);
    expect(await exportRefusal('statements', query)).toContain(message);
  });

  it('gives every message at once, and the screen drops each value at fault', async () => {
    const query = 'stance=ANGRY&from=2025-13&speaker=japan';
    const screen = parseStatementParams(new URLSearchParams(query));
    expect(screen.problems).toHaveLength(2);
    expect(screen.filter).toEqual({ speakers: ['japan'] });
    const refusal = await exportRefusal('statements', query);
    for (const problem of screen.problems) expect(refusal).toContain(problem);
  });

  it('says From after To in the same words, and the screen keeps both dates to offer the swap', async () => {
    const screen = parseEventParams(new URLSearchParams('from=2026&to=2025-12'));
    expect(screen.reversedRange).toMatchObject({ from: '2026', to: '2025-12' });
    expect(screen.problems).toEqual([]);
    expect(await exportRefusal('events', 'from=2026&to=2025-12')).toBe(screen.reversedRange!.message);
  });

  it('takes the page on the screen only: a download holds every record', async () => {
    const screen = parseStatementParams(new URLSearchParams('first=50&after=abc&page=3'));
    expect(screen).toMatchObject({ first: 50, after: 'abc', page: 3, problems: [] });
    expect(parseStatementParams(new URLSearchParams('first=500')).problems).toEqual([
      '“first”: “500” is not a page size from 1 to 100',
    ]);
    expect(await exportRefusal('statements', 'first=50')).toContain('Unknown filter “first”');
  });
});

describe('search text: one bound and one message, on the screen, in the download and in the API', () => {
  const api = testServer(freshDatabase().db);
  afterAll(() => api.stop());
  const SEARCH = 'query($t: String!) { search(text: $t) { __typename } }';
  const FEED = 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }';

  it.each([
    [
      'a'.repeat(MAX_SEARCH_TEXT_LENGTH + 1),
      `is limited to ${MAX_SEARCH_TEXT_LENGTH} characters; got ${MAX_SEARCH_TEXT_LENGTH + 1}`,
    ],
    ['!?…', 'has no words to search for'],
    ['" * ^', 'has no words to search for'],
    ['ja\u0000pan', 'holds a NUL character (U+0000), which no stored text contains'],
  ])('%j', async (text, why) => {
    const screen = parseStatementParams(new URLSearchParams({ text }));
    expect(screen.faults.text).toBe(`“text” ${why}`);
    expect(screen.filter.text).toBeUndefined();
    expect(await exportRefusal('statements', new URLSearchParams({ text }).toString())).toContain(
      `“text” ${why}`,
    );
    expect(errorText(await api.query(FEED, { f: { text } }))).toBe(`Argument "filter.text" ${why}`);
    expect(errorText(await api.query(SEARCH, { t: text }))).toBe(`Argument "text" ${why}`);
  });

  it(`takes ${MAX_SEARCH_TEXT_LENGTH} characters and a word`, async () => {
    const text = `${'a'.repeat(MAX_SEARCH_TEXT_LENGTH - 2)} b`;
    expect(parseStatementParams(new URLSearchParams({ text })).filter.text).toBe(text);
    expect(ok(await api.query(FEED, { f: { text } })).statements.totalCount).toBe(0);
    expect(MAX_TEXT_LENGTH).toBe(MAX_SEARCH_TEXT_LENGTH);
  });
});
