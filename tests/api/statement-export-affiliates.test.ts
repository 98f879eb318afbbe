/**
 * The statements export honours `include=affiliates` as the screen does: a speaker takes in
 * those who speak for it (Russia its ambassador). The route runs in-process over the app's
 * own database (FAULTLINE_DB), as `next start` runs it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../app/api/export/csv';
import { freshDatabase } from '../helpers/db';

let GET: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
let nozdrevCount: number;

beforeAll(async () => {
  const { db, file } = freshDatabase();
  nozdrevCount = db
    .prepare('SELECT count(*) FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE a.key = ?')
    .pluck()
    .get('nikolay-nozdrev') as number;
  db.close();
  process.env.FAULTLINE_DB = file;
  ({ GET } = await import('../../app/api/export/[file]/route'));
});

const download = (file: string, query: string) =>
  GET(new Request(`http://localhost/api/export/${file}?${query}`), { params: Promise.resolve({ file }) });

interface ExportDocument {
  filter: Record<string, string | string[]>;
  count: number;
  records: { speaker: string }[];
}

describe('the statements export with affiliated speakers', () => {
  it('holds Russia’s ambassador’s statements under Russia only when asked to', async () => {
    expect(nozdrevCount).toBeGreaterThan(0);
    const own = (await (await download('statements.json', 'speaker=russia')).json()) as ExportDocument;
    expect(own.count).toBe(0);

    const response = await download('statements.json', 'speaker=russia&include=affiliates');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="statements-russia-include-affiliates-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const document = (await response.json()) as ExportDocument;
    expect(document.filter).toEqual({ speaker: ['russia'], include: 'affiliates' });
    expect(document.count).toBe(nozdrevCount);
    expect(new Set(document.records.map((r) => r.speaker))).toEqual(new Set(['nikolay-nozdrev']));
  });

  it('writes the same selection as CSV', async () => {
    const response = await download('statements.csv', 'speaker=russia&include=affiliates');
    expect(response.status).toBe(200);
    const [header, ...records] = parseCsv(await response.text());
    expect(records).toHaveLength(nozdrevCount);
    const speaker = header!.indexOf('speaker');
    expect(new Set(records.map((r) => r[speaker]))).toEqual(new Set(['nikolay-nozdrev']));
  });

  it('refuses an include it does not know, naming it', async () => {
    const response = await download('statements.csv', 'speaker=russia&include=everyone');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('“include”: “everyone” is not known; expected “affiliates”');
  });
});
