/**
 * The seed dataset against the seed article's full text (FAULTLINE_SEED_ARTICLE, given to
 * `npm run test:sources -- --seed-article <file>`): every excerpt and quote that cites the article
 * is its own words, verbatim, and the source record carries its title.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEvidence, ARTICLE_SOURCE, seed } from '../helpers/seed-data';
import { sourcePath } from './paths';

const article = fs.readFileSync(sourcePath('seedArticle'), 'utf8');

describe('the seed article', () => {
  it('gives the source record its title, its first line', () => {
    expect(seed.sources.find((s) => s.key === ARTICLE_SOURCE)?.title).toBe(article.split('\n')[0]);
  });

  it('holds every excerpt cited from it, verbatim', () => {
    const fromArticle = allEvidence().filter(({ evidence }) => evidence.source === ARTICLE_SOURCE);
    expect(fromArticle.length).toBeGreaterThan(20);
    const notInArticle = fromArticle
      .filter(({ evidence }) => evidence.excerpt !== undefined && !article.includes(evidence.excerpt))
      .map(({ at }) => at);
    expect(notInArticle).toEqual([]);
  });

  it('holds every statement quote and excerpt, verbatim', () => {
    const notInArticle: string[] = [];
    for (const s of seed.statements) {
      if (s.evidence.source !== ARTICLE_SOURCE) continue;
      if (!article.includes(s.evidence.excerpt ?? '')) notInArticle.push(`${s.key} excerpt`);
      if (s.quote !== undefined && !article.includes(s.quote)) notInArticle.push(`${s.key} quote`);
    }
    expect(notInArticle).toEqual([]);
  });
});
