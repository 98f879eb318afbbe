/**
 * A path whose id or key, once decoded, reads as malformed percent-encoding (%25E0%25A4 is the
 * id "%E0%A4", which a second decoding fails on) gets the route's not-found page with a 404,
 * never a blank error page.
 */
import { expect, test } from './fixtures';

const MALFORMED = ['%25E0%25A4', '%25', '%25FF'];

test('a malformed record id gets "No record has this id" with a 404', async ({ page }) => {
  for (const id of MALFORMED) {
    const answer = await page.request.get(`/records/${id}`);
    expect(answer.status(), id).toBe(404);
    const html = await answer.text();
    expect(html, id).toContain('No record has this id');
    expect(html, id).toContain('Record not found');
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
      expect(answer.status(), path).toBe(404);
      expect(await answer.text(), path).toMatch(/(Actor|Source) not found|No such relation/);
    }
  }
});
