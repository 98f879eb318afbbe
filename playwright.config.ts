import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Debian's chromium (Playwright's own download cannot reach the internet here).
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
if (!chromium) {
  throw new Error(
    'No chromium found: set CHROMIUM_PATH, or install it with `apt-get update && apt-get install -y chromium fonts-liberation`.',
  );
}

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// A fresh database per run. Workers load this file too (with their own pid), so only the
// main process deletes anything.
const db = path.join(os.tmpdir(), `faultline-e2e-${process.pid}.db`);
if (!process.env.TEST_WORKER_INDEX) {
  const remove = () => ['', '-wal', '-shm'].forEach((s) => fs.rmSync(db + s, { force: true }));
  remove();
  process.on('exit', remove);
}

export default defineConfig({
  testDir: 'e2e',
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Accessibility scans and full-page screenshots of the larger screens take tens of seconds on
  // a busy two-core machine.
  timeout: 60_000,
  // A client-side navigation streams its page from a server shared by two browsers; on a loaded
  // two-core machine that has taken longer than the default 5 s before the list appeared.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Build once per run so the tests never see a stale build; `npm start` seeds the new database.
    command: process.env.E2E_SKIP_BUILD ? 'npm start' : 'npm run build && npm start',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // The build runs inside this wait: on a busy two-core machine it alone has taken over five minutes.
    timeout: 900_000,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      FAULTLINE_DB: db,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
