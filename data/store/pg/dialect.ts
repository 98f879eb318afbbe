/**
 * SQLite's spellings that PostgreSQL writes otherwise, rewritten where the rewrite is exact, so
 * most of a repository's SQL serves both engines:
 * - `?` placeholders become `$1`, `$2`, ... in order;
 * - camelCase names (`AS dateStart`, `ORDER BY dateStart`) are quoted, since PostgreSQL folds
 *   unquoted names to lower case and the rows would come back keyed `datestart`;
 * - `x COLLATE NOCASE` becomes `lower(x)`: the text columns are COLLATE "C", under which
 *   lower() folds ASCII only, as NOCASE (and SQLite's lower()) does; parameters lowered are
 *   read as "C" text to fold alike;
 * - `instr(haystack, needle)` becomes `strpos(haystack, needle)`, its equal.
 * Quoted literals ('...') and quoted names ("...") are left as they are. Anything else that
 * differs (JSON functions, full-text search, two-argument min and max) each repository writes
 * per dialect.
 */
const CAMEL_CASE = /^[a-z][a-z0-9_]*[A-Z][A-Za-z0-9_]*$/;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;

function rewriteCode(code: string, next: () => string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    if (ch === '?') {
      // SQLite's lower() folds ASCII only; a parameter's own collation is the database's, so it
      // is read as "C" text to fold as the columns do.
      out += /lower\(\s*$/i.test(out) ? `${next()}::text COLLATE "C"` : next();
      i += 1;
      continue;
    }
    WORD.lastIndex = i;
    const word = /[A-Za-z_]/.test(ch) ? WORD.exec(code) : null;
    if (!word) {
      out += ch;
      i += 1;
      continue;
    }
    const name = word[0];
    i += name.length;
    if (name === 'instr' && code[i] === '(') out += 'strpos';
    else if (CAMEL_CASE.test(name)) out += `"${name}"`;
    else out += name;
  }
  const text = out.replace(
    /(\$\d+|(?:[A-Za-z_]\w*\.)?(?:"[^"]+"|[A-Za-z_]\w*)) COLLATE NOCASE\b/g,
    (_, x: string) => (x.startsWith('$') ? `lower(${x}::text COLLATE "C")` : `lower(${x})`),
  );
  if (text.includes('COLLATE NOCASE')) throw unreadable('a COLLATE NOCASE after an expression', code);
  return text;
}

/** SQL the rewriter cannot rewrite exactly: refused loudly, so a test meets it, not a user. */
const unreadable = (what: string, sql: string) =>
  new Error(
    `SQL for PostgreSQL holds ${what}, which data/store/pg/dialect.ts cannot rewrite exactly: ${sql.trim().slice(0, 120)}`,
  );

const rewritten = new Map<string, string>();

/** `sql` as PostgreSQL spells it (kept per text: the code's statements are few and fixed). */
export function toPostgres(sql: string): string {
  const known = rewritten.get(sql);
  if (known !== undefined) return known;
  let n = 0;
  const next = () => `$${(n += 1)}`;
  // Comments and dollar quotes would hide quotes and placeholders from the split below.
  if (/--|\/\*|\$\$/.test(sql)) throw unreadable('a comment or a dollar quote', sql);
  // Split into quoted parts, kept as they are, and code, rewritten.
  const parts = sql.split(/('(?:[^']|'')*'|"[^"]*")/);
  const text = parts.map((part, index) => (index % 2 === 1 ? part : rewriteCode(part, next))).join('');
  if (rewritten.size < 4096) rewritten.set(sql, text);
  return text;
}
