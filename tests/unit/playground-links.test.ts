import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { playgroundHref } from '@/app/components/open-in-playground';
import { panelOperation } from '@/app/playground/panel-operations';
import {
  DeskAddStatementDocument,
  RecentEventsPanelDocument,
  TensionPanelDocument,
} from '@/graphql/__generated__/client/graphql';

const params = (href: string) => new URL(href, 'http://faultline.test').searchParams;

describe("a panel's playground link", () => {
  it('names its query, and the playground finds the whole text, fragments included', () => {
    const href = playgroundHref(RecentEventsPanelDocument, { first: 5 });
    expect(params(href).get('operation')).toBe('RecentEventsPanel');
    expect(params(href).get('query')).toBeNull();
    expect(JSON.parse(params(href).get('variables') ?? '')).toEqual({ first: 5 });
    expect(panelOperation('RecentEventsPanel')).toBe(print(RecentEventsPanelDocument));
    expect(panelOperation('TensionPanel')).toContain('query TensionPanel(');
  });

  it('is a fraction of the length of a link carrying the query', () => {
    const variables = { a: 'russia', b: 'japan', period: 'MONTH', asOf: null };
    const byName = playgroundHref(TensionPanelDocument, variables);
    const byText = playgroundHref(print(TensionPanelDocument), variables);
    expect(byName.length * 4).toBeLessThan(byText.length);
  });

  it('carries text that is not a dashboard query whole', () => {
    expect(params(playgroundHref('{ stats { actors } }')).get('query')).toBe('{ stats { actors } }');
  });

  it('offers no mutation and no unknown name', () => {
    expect(panelOperation('DeskAddStatement')).toBeNull();
    expect(params(playgroundHref(DeskAddStatementDocument)).get('query')).toContain(
      'mutation DeskAddStatement',
    );
    expect(panelOperation('NoSuchPanel')).toBeNull();
    expect(panelOperation('constructor')).toBeNull();
  });
});
