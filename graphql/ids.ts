/**
 * Global ids: opaque to clients, stable across restarts and re-seeds because they derive
 * from the type name and the record's dataset key, never from a rowid.
 */
export const NODE_TYPES = [
  'Actor',
  'Source',
  'Topic',
  'Statement',
  'Event',
  'SanctionRegime',
  'SanctionPackage',
  'SanctionDesignation',
  'Alliance',
  'Membership',
  'Office',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/**
 * Whether a text could be a global id at all: base64url, no longer than the longest key
 * (200 characters, each up to 4 bytes in UTF-8) and type name encode to. Pages ask this before
 * sending an id from their address to the API, whose text bound would refuse a longer one with
 * an error rather than a missing record.
 */
export function mayBeGlobalId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,1400}$/.test(id);
}

/** The first C0 or C1 control character in a key: no key holds one, and PostgreSQL refuses a NUL in any text. */
function controlCharacterIn(key: string): number | undefined {
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return code;
  }
  return undefined;
}

/**
 * Why an id that decodes can still name no record: its key holds a control character (an id
 * made by hand, "Actor:x\u0000y" encoded). Null for any other id, good or malformed.
 */
export function globalIdKeyProblem(id: string): string | null {
  const control = controlCharacterIn(decodedGlobalId(id)?.key ?? '');
  if (control === undefined) return null;
  const code = control.toString(16).toUpperCase().padStart(4, '0');
  return `decodes to a key holding a control character (U+${code}), which no record's key holds`;
}

/** The type and key an id names; null when it names none (malformed, or see globalIdKeyProblem). */
export function fromGlobalId(id: string): { type: NodeType; key: string } | null {
  const decoded = decodedGlobalId(id);
  return decoded && controlCharacterIn(decoded.key) === undefined ? decoded : null;
}

function decodedGlobalId(id: string): { type: NodeType; key: string } | null {
  if (!mayBeGlobalId(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const type = text.slice(0, colon) as NodeType;
  const key = text.slice(colon + 1);
  if (!NODE_TYPES.includes(type) || key.length === 0) return null;
  // Reject ids that decode but were not produced by toGlobalId (padding, stray bytes).
  return toGlobalId(type, key) === id ? { type, key } : null;
}
