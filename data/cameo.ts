/**
 * The CAMEO codebook: every event code with its label and Goldstein value, read from the
 * project's copy of GDELT's lookup tables in data/reference/cameo/ (see its README for
 * where they come from). A code's value is its own, not its root's: 130 is -4.4, 13 is -6.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CameoCode {
  /** As the codebook writes it, leading zero kept: "042". */
  code: string;
  label: string;
  /** The Goldstein conflict-cooperation value, -10 to +10. */
  goldstein: number;
}

export type Codebook = ReadonlyMap<string, CameoCode>;

const CAMEO_DIR = path.join(process.cwd(), 'data', 'reference', 'cameo');

/** Rows of a two-column TSV with a header line, as [first, second] pairs. */
function readPairs(file: string): [string, string][] {
  const text = fs.readFileSync(path.join(/*turbopackIgnore: true*/ CAMEO_DIR, file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [code, value, ...extra] = line.split('\t');
      if (!code || value === undefined || extra.length)
        throw new Error(`${file}: line ${i + 2} is not "code<TAB>value"`);
      return [code.trim(), value.trim()];
    });
}

function readCodebook(): Codebook {
  const labels = new Map(readPairs('eventcodes.tsv'));
  const book = new Map<string, CameoCode>();
  for (const [code, raw] of readPairs('goldstein.tsv')) {
    const goldstein = Number(raw);
    const label = labels.get(code);
    if (!Number.isFinite(goldstein)) throw new Error(`goldstein.tsv: code ${code} has no number`);
    if (label === undefined) throw new Error(`goldstein.tsv: code ${code} is not in eventcodes.tsv`);
    book.set(code, { code, label, goldstein });
  }
  return book;
}

let cached: Codebook | null = null;

/** The codebook, read once per process. */
export function cameoCodebook(): Codebook {
  cached ??= readCodebook();
  return cached;
}

/** The Goldstein value of `code`, or undefined when the codebook has no such code. */
export function goldsteinOf(code: string): number | undefined {
  return cameoCodebook().get(code)?.goldstein;
}
