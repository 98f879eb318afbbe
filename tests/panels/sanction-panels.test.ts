/**
 * The sanctions figures as the panels render them from the seed, through the API as the pages
 * read it: links into /sanctions land on an element the page has, every reported figure shown
 * keeps who gave it, when, and its graded source, and a regime with no listings held says so
 * rather than counting 0. The pool runs each test file in its own process, so the database set
 * here is the one graphql/server opens.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { packageHref, regimeAnchor, regimeHref } from '../../app/sanctions/anchors';
import { heldListingsWords, NO_LISTINGS_HELD } from '../../app/sanctions/held-listings';

/** Each panel's HTML, rendered once from the seed. */
const html: Record<'home' | 'relation' | 'actor' | 'sanctions', string> = {
  home: '',
  relation: '',
  actor: '',
  sanctions: '',
};

beforeAll(async () => {
  const { db, file } = freshDatabase();
  db.close();
  process.env.FAULTLINE_DB = file;
  const render = async (panel: Promise<ReactNode>) => renderToStaticMarkup(await panel);
  const { HeadlinePanel } = await import('../../app/headline-panel');
  const { RelationSanctionsPanel } = await import('../../app/relations/relation-sanctions-panel');
  const { SanctionsPanel } = await import('../../app/actors/[key]/sanctions-panel');
  const { RegimesPanel } = await import('../../app/sanctions/regimes-panel');
  const { PackagesPanel } = await import('../../app/sanctions/packages-panel');
  const { ResponsesPanel } = await import('../../app/sanctions/responses-panel');
  html.home = await render(HeadlinePanel());
  html.relation = await render(RelationSanctionsPanel({ a: 'russia', b: 'japan' }));
  html.actor = await render(SanctionsPanel({ actorKey: 'russia' }));
  const sanctionsPage = [RegimesPanel(), PackagesPanel(), ResponsesPanel()];
  html.sanctions = (await Promise.all(sanctionsPage.map(render))).join('');
});

/** The text a reader sees in a piece of HTML. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([:.,;)])/g, '$1')
    .trim();
}

/** The ids of the elements in a piece of HTML. */
function idsIn(markup: string): Set<string> {
  return new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The targets (decoded) of the links into /sanctions in a piece of HTML. */
function sanctionsTargets(markup: string): string[] {
  return [...markup.matchAll(/href="\/sanctions#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
}

/** Each reported figure's block (app/components/figure-claim.tsx) as text. */
function figureClaims(markup: string): string[] {
  return markup
    .split('data-part="figure-claim"')
    .slice(1)
    .map((chunk) => textOf(`<x ${chunk}`));
}

describe('links into /sanctions', () => {
  it('name a regime by the id its figures have on the page, and a package by its key', () => {
    expect(regimeAnchor('japan-on-russia')).toBe('regime-japan-on-russia');
    expect(regimeHref('japan-on-russia')).toBe('/sanctions#regime-japan-on-russia');
    expect(packageHref('japan-on-russia-2025-01-10')).toBe('/sanctions#japan-on-russia-2025-01-10');
    expect(regimeHref('a b')).toBe('/sanctions#regime-a%20b');
  });

  it('from the home page, the relation page and an actor land on an element /sanctions has', () => {
    const ids = idsIn(html.sanctions);
    expect(ids).toContain('regime-japan-on-russia');
    expect(ids).toContain('regime-russia-on-japan');
    expect(html.home).toContain('href="/sanctions#regime-japan-on-russia"');
    expect(sanctionsTargets(html.relation)).toEqual(
      expect.arrayContaining(['regime-japan-on-russia', 'regime-russia-on-japan']),
    );
    for (const page of ['home', 'relation', 'actor'] as const) {
      const targets = sanctionsTargets(html[page]);
      expect(targets.length, page).toBeGreaterThan(0);
      for (const target of targets) expect(ids, `${page} links to #${target}`).toContain(target);
    }
  });
});

describe('a reported figure', () => {
  it('on the home page keeps its claimant, date, wording and graded source', () => {
    const claims = figureClaims(html.home);
    // Under the card's large figure, which is not said a second time.
    expect(textOf(html.home)).toMatch(
      /25\+ sanctions packages 5 May 2025 · Nikolay Nozdrev \(as worded: “over 25”\) Source: C3 Russia-Japan diplomatic rift/,
    );
    expect(textOf(html.home).match(/25\+ sanctions packages/g)).toHaveLength(1);
    // The other reported figures too, not only the headline one.
    expect(claims).toContainEqual(
      expect.stringMatching(/^7 Feb 2025 · Nikolay Nozdrev: 800\+ legal entities .* Source: C3 Izvestia/),
    );
  });

  it('on the relation page and an actor’s page is attributed as on the home page', () => {
    expect(figureClaims(html.relation)).toContainEqual(
      expect.stringMatching(
        /^5 May 2025 · Nikolay Nozdrev: 25\+ sanctions packages \(as worded: “over 25”\) Source: C3/,
      ),
    );
    expect(figureClaims(html.actor)).toContainEqual(
      expect.stringMatching(
        /^5 May 2025 · Nikolay Nozdrev: 25\+ sanctions packages \(as worded: “over 25”\) Source: C3/,
      ),
    );
  });

  it('wherever shown, names its claimant or says none is named, its date and its graded source', () => {
    for (const page of ['home', 'relation', 'actor'] as const) {
      const claims = figureClaims(html[page]);
      expect(claims.length, page).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(claim, page).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} · (Claimant not named|[A-Z][^:]+): /);
        expect(claim, page).toMatch(/ Source: [A-F][1-6] /);
      }
    }
    // The bare figure with its wording alone, as the panels showed it, is gone.
    expect(textOf(html.home)).not.toContain('Source: “over 25”');
    expect(textOf(html.relation)).not.toMatch(/packages \(“over 25”\)/);
    expect(textOf(html.actor)).not.toContain('sanctions packages reported');
  });
});

describe('listings held', () => {
  it('are said to be none, not counted as 0, on the home page, the relation page and an actor', () => {
    expect(heldListingsWords({ designations: 0, individuals: 0, entities: 0 })).toBe(NO_LISTINGS_HELD);
    expect(heldListingsWords({ designations: 3, individuals: 1, entities: 2 })).toBe(
      '3 listings held here (1 individual, 2 entities).',
    );
    for (const page of ['home', 'relation', 'actor'] as const) {
      const text = textOf(html[page]);
      expect(text, page).toContain(NO_LISTINGS_HELD);
      expect(text, page).not.toMatch(/\b0 (listings|designations|individuals|entities)\b/);
    }
    expect(textOf(html.relation)).toContain(`Held here: 15 dated packages. ${NO_LISTINGS_HELD}`);
  });
});
