/** How downloads are named and what the JSON download holds beside its records. */
import { describe, expect, it } from 'vitest';
import { exportDocument, exportFileName, slug, toCsvRows } from '../../app/api/export/export-file';

const NOV_30 = new Date('2026-11-30T23:59:59Z');

describe('exportFileName', () => {
  it('names the list, its subject bare, and the UTC day', () => {
    expect(exportFileName('statements', { speaker: ['nikolay-nozdrev'] }, NOV_30, 'csv', 'speaker')).toBe(
      'statements-nikolay-nozdrev-2026-11-30.csv',
    );
    // Just after midnight UTC is the next day, whatever the server's time zone.
    expect(exportFileName('events', {}, new Date('2026-12-01T00:00:01Z'), 'json', 'actor')).toBe(
      'events-2026-12-01.json',
    );
  });

  it('names every other filter before its values, in the order applied', () => {
    const filter = { speaker: ['nikolay-nozdrev', 'maria-zakharova'], stance: ['HOSTILE'], from: '2025-04' };
    expect(exportFileName('statements', filter, NOV_30, 'json', 'speaker')).toBe(
      'statements-nikolay-nozdrev-maria-zakharova-stance-hostile-from-2025-04-2026-11-30.json',
    );
    expect(exportFileName('designations', { regime: 'japan-on-russia' }, NOV_30, 'csv', 'regime')).toBe(
      'designations-japan-on-russia-2026-11-30.csv',
    );
  });

  it('makes free text safe for a file name and keeps it short', () => {
    expect(slug('“Unfriendly” course, São Paulo / ../etc')).toBe('unfriendly-course-sao-paulo-etc');
    expect(exportFileName('statements', { text: '"; rm -rf /' }, NOV_30, 'csv', 'speaker')).toBe(
      'statements-text-rm-rf-2026-11-30.csv',
    );
    const long = exportFileName('statements', { text: 'word '.repeat(40) }, NOV_30, 'csv', 'speaker');
    expect(long).toMatch(/^statements-text(-word)+-2026-11-30\.csv$/);
    expect(long.length).toBeLessThanOrEqual('statements-'.length + 80 + '-2026-11-30.csv'.length);
    // A filter whose value has no letters or digits leaves no trace.
    expect(exportFileName('statements', { text: '“…”' }, NOV_30, 'csv', 'speaker')).toBe(
      'statements-2026-11-30.csv',
    );
  });
});

describe('exportDocument and toCsvRows', () => {
  const records = [{ key: 'a', targets: ['japan', 'nato'], intensity: -2, quote: null }];

  it('keeps lists as arrays in JSON and records the filter and the moment', () => {
    const document = exportDocument('statements', { stance: ['HOSTILE'] }, NOV_30, records);
    expect(JSON.parse(JSON.stringify(document))).toEqual({
      list: 'statements',
      filter: { stance: ['HOSTILE'] },
      exportedAt: '2026-11-30T23:59:59.000Z',
      count: 1,
      records: [{ key: 'a', targets: ['japan', 'nato'], intensity: -2, quote: null }],
    });
  });

  it('joins lists with "; " for CSV and leaves other values alone', () => {
    expect(toCsvRows(records)).toEqual([{ key: 'a', targets: 'japan; nato', intensity: -2, quote: null }]);
  });
});
