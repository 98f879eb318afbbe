/**
 * The designations export with real rows: 130 imported listings, more than one page of the API
 * (100), so the export must follow the cursor to hold them all. The route runs in-process over
 * the app's own database (FAULTLINE_DB), as `next start` runs it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFtm } from '../../data/ingest/importers/ftm';
import { parseCsv } from '../../app/api/export/csv';
import { freshDatabase } from '../helpers/db';
import { regimeOf, writeListingsFile } from '../helpers/ftm';

const COUNT = 130;
const listings = writeListingsFile(COUNT);
let regimeKey: string;
let GET: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;

beforeAll(async () => {
  // The app's server opens FAULTLINE_DB on its first operation: point it at a database that
  // holds the seed and the imported listings (this test file runs in its own process).
  const { db, file } = freshDatabase();
  await importFtm(db, listings.file);
  regimeKey = regimeOf(db, listings.keys[0]!)!;
  db.close();
  process.env.FAULTLINE_DB = file;
  ({ GET } = await import('../../app/api/export/[file]/route'));
});

const download = (file: string, query: string) =>
  GET(new Request(`http://localhost/api/export/${file}?${query}`), { params: Promise.resolve({ file }) });

describe('the designations export', () => {
  it('holds every designation of the regime, past the first page, in the API order', async () => {
    const response = await download('designations.json', `regime=${regimeKey}`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      list: string;
      filter: Record<string, string>;
      count: number;
      records: Record<string, unknown>[];
    };
    expect(document).toMatchObject({ list: 'designations', filter: { regime: regimeKey }, count: COUNT });
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="designations-${regimeKey}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    const rows = document.records;
    expect(rows).toHaveLength(COUNT);
    expect(rows.map((r) => r.key)).toEqual(listings.keys);
    expect(new Set(rows.map((r) => r.regime))).toEqual(new Set([regimeKey]));
    expect(rows[0]).toMatchObject({
      designee_name: listings.designees.get(listings.keys[0]!),
      designee_kind: 'PERSON',
      authority: 'Fixture Sanctions Office',
      status: 'ACTIVE',
    });
  });

  it('writes the same rows as CSV, one record each', async () => {
    const response = await download('designations.csv', `regime=${regimeKey}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...records] = parseCsv(await response.text());
    expect(header?.slice(0, 3)).toEqual(['key', 'regime', 'designee']);
    expect(records.map((r) => r[0])).toEqual(listings.keys);
  });

  it('exports every regime when none is named, and names an unknown one', async () => {
    const all = (await (await download('designations.json', '')).json()) as { records: { key: string }[] };
    expect(all.records).toHaveLength(COUNT);
    const unknown = await download('designations.csv', 'regime=no-such-regime');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/no sanction regime has the key "no-such-regime"/);
  });
});
