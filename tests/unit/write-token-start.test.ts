/**
 * FAULTLINE_WRITE_TOKEN shorter than 16 characters: `npm start` refuses to start, saying why and
 * what to do, before it builds, seeds or serves anything. Unset or long enough, it is accepted.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_WRITE_TOKEN_LENGTH, writeTokenProblem } from '../../data/ingest/analysts';
import { tempDir } from '../helpers/db';

describe('the write token’s length', () => {
  it('accepts no token and one of 16 characters or more; refuses a shorter one, naming the variable', () => {
    expect(MIN_WRITE_TOKEN_LENGTH).toBe(16);
    expect(writeTokenProblem(undefined)).toBeNull();
    expect(writeTokenProblem('')).toBeNull();
    expect(writeTokenProblem('a'.repeat(16))).toBeNull();
    expect(writeTokenProblem('a'.repeat(15))).toMatch(
      /^FAULTLINE_WRITE_TOKEN is 15 characters long; it must have at least 16/,
    );
  });

  it('stops `npm start` before it seeds a database', () => {
    const file = path.join(tempDir(), 'faultline.db');
    // node with tsx's loader, as `npm start` runs the script.
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts')], {
      env: { ...process.env, FAULTLINE_DB: file, FAULTLINE_WRITE_TOKEN: 'letmein', PORT: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'Not starting: FAULTLINE_WRITE_TOKEN is 7 characters long; it must have at least 16',
    );
    expect(fs.existsSync(file)).toBe(false);
  });
});
