/**
 * A source's panels say what is known of it: one held with neither title nor date is named by its
 * outlet alone, never "by its outlet and date" beside "Date not recorded"; and its words include
 * the figures it gave as it wrote them.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';

let undated = '';
let dated = '';
let figuresOnly = '';

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
  const { ExcerptsPanel } = await import('../../app/sources/[key]/excerpts-panel');
  // Izvestia is cited by figure claims only, each with the figure as Izvestia wrote it.
  figuresOnly = renderToStaticMarkup(await ExcerptsPanel({ sourceKey: 'izvestia-1834812' }));
});

describe('a source without a title', () => {
  it('is named by its outlet when no date is held, and by outlet and date when one is', () => {
    expect(undated).toContain('Not known: the source is named by its outlet<');
    expect(undated).toContain('Date not recorded');
    expect(dated).toContain('Not known: the source is named by its outlet and date');
  });
});

describe("a source's words", () => {
  it('include the figures it gives, as it wrote them, when no excerpt is held beside them', () => {
    expect(figuresOnly).toContain('more than 1,000 individuals and 800 legal entities');
    expect(figuresOnly).not.toContain('No verbatim words from this source are held');
  });
});
