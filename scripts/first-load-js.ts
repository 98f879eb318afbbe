/**
 * The JavaScript a page makes the browser load before it is interactive, as served: every
 * `<script src>` in the page's HTML, fetched and gzipped. Run against a production server:
 *
 *   tsx scripts/first-load-js.ts http://127.0.0.1:3000 / /statements
 *
 * Prints, per page, the files, their raw and gzip sizes, and the totals.
 */
import { gzipSync } from 'node:zlib';

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error('usage: tsx scripts/first-load-js.ts <base URL> <path> [<path> ...]');
  process.exit(2);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

for (const path of paths) {
  const html = await text(new URL(path, base).href);
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  console.log(`${path}`);
  for (const src of sources) {
    const body = Buffer.from(await text(new URL(src.replace(/&amp;/g, '&'), base).href));
    const zipped = gzipSync(body).length;
    raw += body.length;
    gzip += zipped;
    console.log(`  ${kib(zipped).padStart(10)} gzip  ${kib(body.length).padStart(10)} raw  ${src}`);
  }
  console.log(`  total: ${sources.length} files, ${kib(gzip)} gzip, ${kib(raw)} raw\n`);
}
