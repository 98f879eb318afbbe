/**
 * A downloaded record keeps what it rests on: a statement names its source by title, outlet,
 * date and address, not by a key only the API knows; an event keeps its figures with their
 * bounds and the source's own words, and the excerpts that back it. Read from the seed through
 * the export route, in-process over the app's own database, as `next start` runs it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../app/api/export/csv';
import { freshDatabase } from '../helpers/db';

let GET: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;

interface Figure {
  label: string;
  value: number;
  bound: string;
  unit: string;
  text: string | null;
}
let bombings: { figures: Figure[]; excerpts: { source: string; excerpt: string }[] };
let nozdrevSource: {
  key: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  reliability: string;
  credibility: string;
};

beforeAll(async () => {
  const { db, file } = freshDatabase();
  const event = db.prepare('SELECT id FROM events WHERE key = ?').get('atomic-bombings-1945') as {
    id: number;
  };
  bombings = {
    figures: db
      .prepare(
        'SELECT label, value, bound, unit, text FROM measurements WHERE event_id = ? ORDER BY position',
      )
      .all(event.id) as Figure[],
    excerpts: db
      .prepare(
        `SELECT so.key AS source, ev.excerpt FROM evidence ev JOIN sources so ON so.id = ev.source_id
         WHERE ev.record_type = 'Event' AND ev.record_id = ? AND ev.excerpt IS NOT NULL ORDER BY ev.position`,
      )
      .all(event.id) as { source: string; excerpt: string }[],
  };
  nozdrevSource = db
    .prepare(
      `SELECT so.key, so.title, so.outlet, so.published_at AS published, so.url, so.reliability,
         ev.credibility FROM statements s
       JOIN evidence ev ON ev.record_type = 'Statement' AND ev.record_id = s.id AND ev.position = 0
       JOIN sources so ON so.id = ev.source_id WHERE s.key = 'nozdrev-foip-isolation'`,
    )
    .get() as typeof nozdrevSource;
  db.close();
  process.env.FAULTLINE_DB = file;
  ({ GET } = await import('../../app/api/export/[file]/route'));
});

const download = (file: string, query: string) =>
  GET(new Request(`http://localhost/api/export/${file}?${query}`), { params: Promise.resolve({ file }) });

const BOUND_WORDS: Record<string, string> = {
  EXACT: 'exactly',
  ABOUT: 'about',
  MORE_THAN: 'more than',
  AT_LEAST: 'at least',
};

describe('what an export keeps of the record', () => {
  it('gives each event its figures with their bounds and the source’s words, and its excerpts', async () => {
    expect(bombings.figures.length).toBeGreaterThan(1);
    const response = await download('events.json', 'from=1945&to=1945');
    expect(response.status).toBe(200);
    const { records } = (await response.json()) as {
      records: { key: string; figures: string[]; excerpts: string[] }[];
    };
    const record = records.find((r) => r.key === 'atomic-bombings-1945')!;
    expect(record.figures).toEqual(
      bombings.figures.map(
        (f) =>
          `${f.label}: ${BOUND_WORDS[f.bound]} ${f.value.toLocaleString('en-US')} ${f.unit}` +
          (f.text ? ` (the source: “${f.text}”)` : ''),
      ),
    );
    // "over 210,000" stays more than 210,000, never 210,000.
    expect(record.figures.join('\n')).toMatch(/more than 210,000 people \(the source: “over 210,000”\)/);
    expect(record.excerpts).toEqual(bombings.excerpts.map((e) => `${e.source}: ${e.excerpt}`));
  });

  it('writes the same figures in the CSV, one field with the list', async () => {
    const [header, ...rows] = parseCsv(await (await download('events.csv', 'from=1945&to=1945')).text());
    const row = rows.find((r) => r[header!.indexOf('key')] === 'atomic-bombings-1945')!;
    expect(row[header!.indexOf('figures')]!.split('; ')).toHaveLength(bombings.figures.length);
  });

  it('names a statement’s source by title, outlet, date, address and grade', async () => {
    const { records } = (await (await download('statements.json', 'speaker=nikolay-nozdrev')).json()) as {
      records: Record<string, string | null>[];
    };
    const record = records.find((r) => r.key === 'nozdrev-foip-isolation')!;
    expect(record.source).toBe(nozdrevSource.key);
    expect(record.source_title).toBe(nozdrevSource.title);
    expect(record.source_outlet).toBe(nozdrevSource.outlet);
    expect(record.source_published).toBe(nozdrevSource.published);
    expect(record.source_url).toBe(nozdrevSource.url);
    expect(record.source_title).not.toBe('');
    // The grade beside it, as the dashboard shows it.
    expect([record.source_reliability, record.credibility]).toEqual([
      nozdrevSource.reliability,
      nozdrevSource.credibility,
    ]);
    expect(record.credibility).toBe('POSSIBLY_TRUE');
  });
});
