/**
 * The export's CSV encoder: RFC 4180 quoting, CRLF records, spreadsheet formula neutralisation,
 * and the reader the e2e checks lean on. The designations export with imported rows is checked
 * in tests/api/designation-export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, parseCsv, toCsv } from '../../app/api/export/csv';

describe('csvField', () => {
  it('leaves plain text and numbers unquoted', () => {
    expect(csvField('Nikolay Nozdrev')).toBe('Nikolay Nozdrev');
    expect(csvField(25)).toBe('25');
    expect(csvField(-6.5)).toBe('-6.5');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes a field holding a comma, a quote, CR or LF, doubling inner quotes', () => {
    expect(csvField('Russia, China and the DPRK')).toBe('"Russia, China and the DPRK"');
    expect(csvField('the “office” in "Tokyo"')).toBe('"the “office” in ""Tokyo"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(csvField('Tokyo’s 東京 Москва')).toBe('Tokyo’s 東京 Москва');
  });
});

describe('formula neutralisation', () => {
  it('prefixes an apostrophe to text starting with =, +, -, @, tab or CR', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormula('+1+cmd|/C calc')).toBe(`'+1+cmd|/C calc`);
    expect(neutraliseFormula('-2+3')).toBe(`'-2+3`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('\t=1')).toBe(`'\t=1`);
    expect(neutraliseFormula('\r=1')).toBe(`'\r=1`);
  });

  it('leaves numbers written as text and ordinary text alone', () => {
    expect(neutraliseFormula('-6')).toBe('-6');
    expect(neutraliseFormula('+1.5')).toBe('+1.5');
    expect(neutraliseFormula('-1e3')).toBe('-1e3');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('over 25')).toBe('over 25');
  });

  it('quotes a neutralised field when it also needs quoting', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('-"x"')).toBe(`"'-""x"""`);
  });
});

describe('toCsv', () => {
  const columns = ['key', 'summary', 'intensity', 'via'] as const;

  it('writes a header row and one CRLF-ended record per row', () => {
    const csv = toCsv(columns, [
      { key: 'a', summary: 'Plain', intensity: -6, via: null },
      { key: 'b', summary: 'With, comma', intensity: 0, via: 'ria-novosti' },
    ]);
    expect(csv).toBe('key,summary,intensity,via\r\na,Plain,-6,\r\nb,"With, comma",0,ria-novosti\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('key,summary,intensity,via\r\n');
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv writes, quotes, commas and newlines included', () => {
    const rows = [
      { key: 'a', summary: 'He said "no", twice,\r\nthen left.', intensity: -2, via: null },
      { key: 'b', summary: 'multi\nline', intensity: 3.5, via: 'x' },
      { key: 'c', summary: '', intensity: 0, via: '' },
    ];
    const parsed = parseCsv(toCsv(['key', 'summary', 'intensity', 'via'], rows));
    expect(parsed).toEqual([
      ['key', 'summary', 'intensity', 'via'],
      ['a', 'He said "no", twice,\r\nthen left.', '-2', ''],
      ['b', 'multi\nline', '3.5', 'x'],
      ['c', '', '0', ''],
    ]);
  });

  it('reads a last record without a line ending', () => {
    expect(parseCsv('a,b\r\n1,"2"')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
