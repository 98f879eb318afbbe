/**
 * Downloads: /api/export/{statements,events,designations}.{csv,json}, filtered by the same query
 * parameters as the screens (see ../datasets.ts). A filter the export cannot use is a 400 with a
 * message that says why. The file is named after the list, its filter and the day it was taken
 * (../export-file.ts).
 */
import { toCsv } from '../csv';
import { DATASETS, FilterError, type Dataset, type DatasetName } from '../datasets';
import { exportDocument, exportFileName, toCsvRows } from '../export-file';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const FILE = /^(statements|events|designations)\.(csv|json)$/;

function problem(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = FILE.exec(file);
  if (!match) {
    return problem(
      404,
      `No export "${file}". Available: statements, events and designations, as .csv or .json.`,
    );
  }
  const name = match[1] as DatasetName;
  const format = match[2] as 'csv' | 'json';
  const dataset: Dataset = DATASETS[name];

  let selection;
  try {
    selection = await dataset.select(new URL(request.url).searchParams);
  } catch (error) {
    if (error instanceof FilterError) return problem(400, error.message);
    throw error;
  }
  const { filter, records } = selection;
  const exportedAt = new Date();

  // The name is built from slugs (a-z, 0-9, '-'), so it needs no quoting beyond the quotes.
  const headers = {
    'Content-Disposition': `attachment; filename="${exportFileName(name, filter, exportedAt, format, dataset.subject)}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (format === 'json') {
    return new Response(JSON.stringify(exportDocument(name, filter, exportedAt, records), null, 2), {
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(toCsv(dataset.columns, toCsvRows(records)), {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
