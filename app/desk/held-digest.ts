import 'server-only';
import { createHash } from 'node:crypto';
import { heldValues, type HeldStatement } from './correction-input';

/**
 * A fingerprint of a statement as a correction form was filled with it: the form carries it, and
 * a correction is made only while the statement is still held so. Otherwise a form opened before
 * another analyst's correction would send its old values back as changes and undo that
 * correction, under the wrong name and reason; and a form whose hidden id was changed would
 * write its values over another statement.
 */
export function heldDigest(held: HeldStatement): string {
  return createHash('sha256')
    .update(JSON.stringify([held.id, heldValues(held)]))
    .digest('base64url');
}
