/**
 * A path whose id or key, once decoded, reads as malformed percent-encoding (%25E0%25A4 is the
 * id "%E0%A4", which a second decoding fails on) gets the route's not-found page with a 404,
 * never a blank error page.
 */
import { expect, test } from './fixtures';

// The last is longer than any id can be, and than the API takes as text.
const MALFORMED = ['%25E0%25A4', '%25', '%25FF', 'A'.repeat(11_000)];

test('a malformed record id gets "No record has this id" with a 404', async ({ page }) => {
  for (const id of MALFORMED) {
    const answer = await page.request.get(`/records/${id}`);
    expect(answer.status(), id.slice(0, 12)).toBe(404);
    const html = await answer.text();
    expect(html, id.slice(0, 12)).toContain('No record has this id');
    expect(html, id.slice(0, 12)).toContain('Record not found');
  }
});

test('a malformed actor, source or relation key gets its not-found page with a 404', async ({ page }) => {
  for (const key of MALFORMED) {
    for (const path of [
      `/actors/${key}`,
      `/sources/${key}`,
      `/relations/${key}/japan`,
      `/relations/russia/${key}`,
    ]) {
      const answer = await page.request.get(path);
      expect(answer.status(), path.slice(0, 40)).toBe(404);
      expect(await answer.text(), path.slice(0, 40)).toMatch(/(Actor|Source) not found|No such relation/);
    }
  }
});

test('a list filter naming a key longer than any key is refused in words, and the page completes', async ({
  page,
}) => {
  const long = 'q'.repeat(10_001);
  for (const path of [`/statements?speaker=${long}`, `/statements?target=${long}`, `/events?actor=${long}`]) {
    const answer = await page.request.get(path, { timeout: 20_000 });
    expect(answer.status(), path.slice(0, 24)).toBe(200);
    const html = await answer.text();
    expect(html, path.slice(0, 24)).toContain('is not a key (keys are at most 200 characters)');
    expect(html, path.slice(0, 24)).toContain('</html>');
  }
});
