/**
 * Finds copied CSS: a declaration block that appears twice (under any selectors, in any of the
 * stylesheets), and a selector written twice in one stylesheet under the same at-rules. Either
 * means one edit can miss its twin; the fix is one rule with a selector list, or one place.
 */
import postcss, { type Container, type Rule } from 'postcss';

export interface CssFile {
  /** Where the text came from, for the messages. */
  name: string;
  text: string;
}

/** Blocks this small ("margin: 0") recur by nature; copying starts at two declarations. */
const MIN_COPIED_DECLARATIONS = 2;

/** The at-rules around a rule, outermost first: "@media (scripting: none)". */
function context(rule: Rule): string {
  const parts: string[] = [];
  for (let parent: Container | undefined = rule.parent; parent && parent.type !== 'root';) {
    if (parent.type === 'atrule') {
      const at = parent as unknown as { name: string; params: string };
      parts.unshift(`@${at.name} ${at.params}`);
    }
    parent = parent.parent as Container | undefined;
  }
  return parts.join(' ');
}

/** The block's declarations, whitespace normalised and sorted, so a reordered copy is still a copy. */
function blockKey(rule: Rule): { key: string; count: number } {
  const decls: string[] = [];
  rule.each((node) => {
    if (node.type === 'decl') {
      decls.push(
        `${node.prop.toLowerCase()}:${node.value.replace(/\s+/g, ' ').trim()}${node.important ? '!' : ''}`,
      );
    }
  });
  return { key: decls.sort().join(';'), count: decls.length };
}

function where(file: CssFile, rule: Rule): string {
  return `${file.name}:${rule.source?.start?.line ?? '?'} (${rule.selector.replace(/\s+/g, ' ')})`;
}

/** One message per copy found, naming both places; empty when there are none. */
export function findCssDuplicates(files: CssFile[]): string[] {
  const problems: string[] = [];
  const blocks = new Map<string, string>();
  for (const file of files) {
    const root = postcss.parse(file.text, { from: file.name });
    const selectors = new Map<string, string>();
    root.walkRules((rule) => {
      // Keyframe steps ("50%") are not selectors.
      if (
        rule.parent?.type === 'atrule' &&
        /keyframes$/i.test((rule.parent as unknown as { name: string }).name)
      )
        return;
      const ctx = context(rule);
      const here = where(file, rule);
      // A whole selector written again; a list's member restyled alone after the list
      // (`.empty, .error {…} .error {…}`) is a variant, not a copy.
      const selectorKey = `${ctx}|${rule.selectors.map((s) => s.replace(/\s+/g, ' ').trim()).join(',')}`;
      const firstSelector = selectors.get(selectorKey);
      if (firstSelector) problems.push(`selector written twice: ${here} repeats ${firstSelector}`);
      else selectors.set(selectorKey, here);
      const block = blockKey(rule);
      if (block.count < MIN_COPIED_DECLARATIONS) return;
      const key = `${ctx}|${block.key}`;
      const first = blocks.get(key);
      if (first) problems.push(`declaration block copied: ${here} has the same declarations as ${first}`);
      else blocks.set(key, here);
    });
  }
  return problems;
}
