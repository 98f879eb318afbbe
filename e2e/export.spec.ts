import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * An RFC 4180 reader written for the test (not the app's own), so the export is checked
 * against the format rather than against itself.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
    i += 1;
  }
  expect(field === '' && record.length === 0, 'the file ends with CRLF').toBe(true);
  return records;
}

/** The UTC days a request made now may be dated with (two around midnight). */
function todays(): string[] {
  const now = Date.now();
  return [...new Set([now - 60_000, now, now + 60_000].map((t) => new Date(t).toISOString().slice(0, 10)))];
}

/** The file name from a Content-Disposition header, with its date checked against today. */
function fileName(disposition: string | undefined): string {
  const match = /^attachment; filename="([a-z0-9-]+)-(\d{4}-\d{2}-\d{2})\.(csv|json)"$/.exec(
    disposition ?? '',
  );
  expect(match, `a dated file name in ${disposition}`).not.toBeNull();
  expect(todays()).toContain(match![2]);
  return `${match![1]}.${match![3]}`;
}

const STATEMENT_HEADER =
  'key,date,speaker,speaker_name,targets,stance,intensity,cameo_code,topics,verification,quote,summary,source,source_title,source_outlet,source_published,source_url,source_reliability,excerpt,note,credibility,via';

interface ApiStatement {
  key: string;
  summary: string;
  quote: string | null;
  intensity: number;
}

/** What the API itself answers for the same filter, through /api/graphql. */
async function apiStatements(request: APIRequestContext, speaker: string) {
  const response = await request.post('/api/graphql', {
    headers: { 'Content-Type': 'application/json' },
    data: {
      query: `query ($speaker: String!) {
        statements(filter: { speakers: [$speaker] }, first: 100) {
          totalCount
          nodes { key summary quote intensity }
        }
      }`,
      variables: { speaker },
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    data: { statements: { totalCount: number; nodes: ApiStatement[] } };
  };
  return body.data.statements;
}

test('statements.csv for a speaker: header, every statement, quoting, row count', async ({ page }) => {
  const response = await page.request.get('/api/export/statements.csv?speaker=nikolay-nozdrev');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(fileName(response.headers()['content-disposition'])).toBe('statements-nikolay-nozdrev.csv');
  const text = await response.text();

  const lines = text.split('\r\n');
  expect(lines[0]).toBe(STATEMENT_HEADER);
  expect(lines.at(-1), 'the last record ends with CRLF').toBe('');

  const [header, ...rows] = readCsv(text);
  const columns = header!;
  expect(columns.join(',')).toBe(STATEMENT_HEADER);
  for (const row of rows) expect(row).toHaveLength(columns.length);
  const byKey = new Map(
    rows.map((row) => [row[0]!, Object.fromEntries(columns.map((c, i) => [c, row[i]!]))]),
  );

  const api = await apiStatements(page.request, 'nikolay-nozdrev');
  expect(rows).toHaveLength(api.totalCount);
  expect(new Set(byKey.keys())).toEqual(new Set(api.nodes.map((s) => s.key)));

  let withComma = 0;
  for (const statement of api.nodes) {
    const row = byKey.get(statement.key)!;
    expect(row.speaker).toBe('nikolay-nozdrev');
    expect(row.speaker_name).toBe('Nikolay Nozdrev');
    expect(row.summary).toBe(statement.summary);
    expect(row.quote).toBe(statement.quote ?? '');
    expect(Number(row.intensity)).toBe(statement.intensity);
    if (statement.summary.includes(',')) withComma += 1;
  }
  // A summary with a comma is quoted in the file and read back whole.
  expect(withComma).toBeGreaterThan(0);
  const foip = api.nodes.find((s) => s.key === 'nozdrev-foip-isolation')!;
  expect(foip.summary).toContain(',');
  expect(text).toContain(`"${foip.summary.replace(/"/g, '""')}"`);
  expect(byKey.get('nozdrev-foip-isolation')!.summary).toBe(foip.summary);
});

test('statements.json is the same table as the CSV', async ({ page }) => {
  const csv = readCsv(
    await (await page.request.get('/api/export/statements.csv?speaker=nikolay-nozdrev')).text(),
  );
  const response = await page.request.get('/api/export/statements.json?speaker=nikolay-nozdrev');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(fileName(response.headers()['content-disposition'])).toBe('statements-nikolay-nozdrev.json');
  const before = Date.now();
  const document = (await response.json()) as {
    list: string;
    filter: Record<string, string | string[]>;
    exportedAt: string;
    count: number;
    records: Record<string, string | string[] | number | null>[];
  };
  expect(document.list).toBe('statements');
  expect(document.filter).toEqual({ speaker: ['nikolay-nozdrev'] });
  expect(Math.abs(Date.parse(document.exportedAt) - before)).toBeLessThan(10 * 60_000);
  const json = document.records;

  const [columns, ...rows] = csv;
  expect(document.count).toBe(rows.length);
  expect(json).toHaveLength(rows.length);
  json.forEach((object, i) => {
    expect(Object.keys(object)).toEqual(columns);
    // Lists stay lists in JSON; the CSV joins them with "; ".
    expect(Array.isArray(object.targets) && Array.isArray(object.topics)).toBe(true);
    // The CSV writes null as an empty field, and a text starting with = + - @ with a leading '.
    const asCsv = columns!.map((c) => {
      const value = object[c];
      if (value === null || value === undefined) return '';
      if (Array.isArray(value)) return value.join('; ');
      if (typeof value === 'number') return String(value);
      return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
    });
    expect(asCsv).toEqual(rows[i]);
  });
});

test('filters mean what they mean in the API; bad filters are a 400 that says why', async ({ page }) => {
  const hostile = readCsv(await (await page.request.get('/api/export/statements.csv?stance=HOSTILE')).text());
  expect(hostile.length - 1).toBeGreaterThan(0);
  for (const row of hostile.slice(1)) expect(row[5]).toBe('HOSTILE');
  const both = readCsv(
    await (
      await page.request.get('/api/export/statements.csv?stance=hostile,critical&stance=neutral')
    ).text(),
  );
  const all = readCsv(await (await page.request.get('/api/export/statements.csv')).text());
  expect(both.length).toBe(all.length);

  const events = readCsv(
    await (await page.request.get('/api/export/events.csv?actor=japan&from=2025')).text(),
  );
  expect(events[0]!.join(',')).toBe(
    'key,date,end_date,kind,title,summary,actors,location,figures,intensity,cameo_code,verification,sources,excerpts',
  );
  expect(events.length - 1).toBeGreaterThan(0);
  for (const row of events.slice(1)) {
    expect(row[6]!.split('; ')).toContain('japan');
    expect((row[2] || row[1])! >= '2025').toBe(true);
  }

  const bad = await page.request.get('/api/export/statements.csv?from=2025-13');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain('"2025-13" has month 13');
  const badStance = await page.request.get('/api/export/statements.json?stance=ANGRY');
  expect(badStance.status()).toBe(400);
  expect(await badStance.text()).toContain('expected one of HOSTILE');
  const unknown = await page.request.get('/api/export/events.csv?colour=red');
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toContain('Unknown filter “colour”');
  const regime = await page.request.get('/api/export/designations.csv?regime=nowhere');
  expect(regime.status()).toBe(400);
  expect(await regime.text()).toContain('no sanction regime has the key "nowhere"');
  expect((await page.request.get('/api/export/everything.csv')).status()).toBe(404);
});

test('designations export: a header and no rows for the seed', async ({ page }) => {
  const csv = await page.request.get('/api/export/designations.csv?regime=japan-on-russia');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toBe(
    'key,regime,designee,designee_name,designee_kind,authority,program,listed_on,start_date,end_date,status,source_url,origin\r\n',
  );
  const json = await page.request.get('/api/export/designations.json');
  expect(fileName(json.headers()['content-disposition'])).toBe('designations.json');
  expect(await json.json()).toMatchObject({ list: 'designations', filter: {}, count: 0, records: [] });
});

test('the sanctions page links its downloads', async ({ page }) => {
  await page.goto('/sanctions');
  const link = page.getByRole('region', { name: 'Designations' }).getByRole('link', { name: 'Download CSV' });
  const href = await link.getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toContain('attachment');
});

test('downloads from a filtered feed are named after the list, the filter and today', async ({ page }) => {
  await page.goto('/statements?speaker=nikolay-nozdrev');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(todays().map((day) => `statements-nikolay-nozdrev-${day}.csv`)).toContain(csv.suggestedFilename());

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download JSON' }).click(),
  ]);
  expect(todays().map((day) => `statements-nikolay-nozdrev-${day}.json`)).toContain(json.suggestedFilename());
  const document = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
    records: { key: string; targets: string[]; topics: string[] }[];
  };
  // The statement aimed at Japan and NATO keeps both as a list, not "japan; nato".
  const both = document.records.filter((r) => r.targets.includes('japan') && r.targets.includes('nato'));
  expect(both.length).toBeGreaterThan(0);
  for (const record of document.records) expect(Array.isArray(record.topics)).toBe(true);
});
