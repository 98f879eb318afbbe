/**
 * A source's panel names it by what is known of it: one held with neither title nor date is
 * named by its outlet alone, never "by its outlet and date" beside "Date not recorded".
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';

let undated = '';
let dated = '';

beforeAll(async () => {
  const { db, file } = freshDatabase();
  const keys = (where: string) =>
    db
      .prepare(`SELECT key FROM sources WHERE (title IS NULL OR title = '') AND ${where} LIMIT 1`)
      .pluck()
      .get() as string | undefined;
  const [undatedKey, datedKey] = [keys('published_at IS NULL'), keys('published_at IS NOT NULL')];
  db.close();
  expect(undatedKey && datedKey).toBeTruthy();
  process.env.FAULTLINE_DB = file;
  const { SourcePanel } = await import('../../app/sources/[key]/source-panel');
  undated = renderToStaticMarkup(await SourcePanel({ sourceKey: undatedKey! }));
  dated = renderToStaticMarkup(await SourcePanel({ sourceKey: datedKey! }));
});

describe('a source without a title', () => {
  it('is named by its outlet when no date is held, and by outlet and date when one is', () => {
    expect(undated).toContain('Not known: the source is named by its outlet<');
    expect(undated).toContain('Date not recorded');
    expect(dated).toContain('Not known: the source is named by its outlet and date');
  });
});
