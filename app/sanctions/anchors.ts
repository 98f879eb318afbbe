/**
 * Where on /sanctions a regime or a package stands. Every link into the page and every id on it
 * takes its name from here, so a link cannot name an element the page no longer has.
 */

/** The id of a regime's figures on /sanctions: "regime-japan-on-russia". */
export function regimeAnchor(regimeKey: string): string {
  return `regime-${regimeKey}`;
}

/** The id of a package in its regime's list on /sanctions: the package's own key. */
export function packageAnchor(packageKey: string): string {
  return packageKey;
}

/** "/sanctions#regime-japan-on-russia" */
export function regimeHref(regimeKey: string): string {
  return `/sanctions#${encodeURIComponent(regimeAnchor(regimeKey))}`;
}

/** "/sanctions#japan-on-russia-2025-01-10" */
export function packageHref(packageKey: string): string {
  return `/sanctions#${encodeURIComponent(packageAnchor(packageKey))}`;
}
