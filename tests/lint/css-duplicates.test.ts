/**
 * No copied CSS: every stylesheet in app/ (globals and component modules) is read together, and
 * a declaration block found twice, or a selector written twice in one file, fails with both places.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCssDuplicates } from '../../lint/css-duplicates';

function stylesheets(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

describe('CSS duplicates', () => {
  it("the app's stylesheets hold no copied block and no selector written twice", () => {
    const files = stylesheets(path.join(process.cwd(), 'app')).map((file) => ({
      name: path.relative(process.cwd(), file),
      text: fs.readFileSync(file, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(1);
    expect(findCssDuplicates(files)).toEqual([]);
  });

  it('finds the same declarations under two selectors, across files', () => {
    const problems = findCssDuplicates([
      { name: 'a.module.css', text: '.card { padding: 1rem; border: 1px solid red; }' },
      { name: 'b.module.css', text: '.box {\n  padding: 1rem;\n  border: 1px  solid red;\n}' },
    ]);
    expect(problems).toEqual([
      'declaration block copied: b.module.css:1 (.box) has the same declarations as a.module.css:1 (.card)',
    ]);
  });

  it('finds a selector written twice in one file, also inside a repeated at-rule', () => {
    const text = [
      '@media (scripting: none) { .x { display: none; } }',
      '.y { color: red; }',
      '@media (scripting: none) { .x { display: none; } }',
    ].join('\n');
    expect(findCssDuplicates([{ name: 'g.css', text }])).toEqual([
      'selector written twice: g.css:3 (.x) repeats g.css:1 (.x)',
    ]);
  });

  it('lets one-declaration blocks, keyframe steps and the same class name in two modules be', () => {
    const problems = findCssDuplicates([
      { name: 'a.module.css', text: '.title { margin: 0; } @keyframes p { 50% { opacity: 0.5; } }' },
      {
        name: 'b.module.css',
        text: '.title { margin: 0; font-weight: 600; } @keyframes q { 50% { opacity: 0.5; } }',
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('tells apart the same block under different media queries', () => {
    const text = '.a { padding: 0; margin: 0; } @media (min-width: 60rem) { .b { padding: 0; margin: 0; } }';
    expect(findCssDuplicates([{ name: 'g.css', text }])).toEqual([]);
  });
});
