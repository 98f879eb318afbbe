/**
 * The largest form post the desk takes, in bytes: Next's limit on a Server Action's body
 * (next.config.ts) and the server's own, checked from Content-Length before Next reads the body
 * (scripts/request-guards.ts). The largest legitimate form is the intake's: its text (100,000
 * characters, at most 300 KB as UTF-8), each proposal's quote (a part of that text) and the
 * analyst's summaries, with the keys and dates around them, well under 1 MB; 2 MB leaves room.
 */
export const FORM_BODY_LIMIT = '2mb';
export const FORM_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Said when a form could not be sent whole (too large, or the server did not answer it): nothing
 * was written. With JavaScript the form keeps what was typed; without, the browser's Back does.
 */
export const FORM_NOT_SENT =
  'The form could not be sent: it may be too large (the desk takes up to 2 MB at once, the intake’s text up to 100,000 characters). Nothing was saved; shorten the longest field and send it again.';
