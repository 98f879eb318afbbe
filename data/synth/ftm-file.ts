/**
 * The FollowTheMoney file of a synthetic load's designations, in a folder of its own, written
 * either by a worker thread while the main thread writes the statements and events, or in turn.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { synthFtmLines } from './generate';
import { startTsWorker } from './ts-worker';

export async function writeFtmFile(file: string, count: number): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const line of synthFtmLines(count)) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

export interface FtmFile {
  file: string;
  /** Resolves once the file is whole (writing it now if no worker does); rejects with the writer's error. */
  whenWritten: () => Promise<void>;
  /** Stops the worker if it still runs and deletes the file's folder. */
  discard: () => Promise<void>;
}

export function startFtmFile(count: number, inWorker: boolean): FtmFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-synth-'));
  const file = path.join(dir, 'designations.ftm.json');
  const worker = inWorker ? startTsWorker('./ftm-file-worker.ts', { file, count }) : null;
  let written: Promise<void> | null = worker ? once(worker, 'message').then(() => undefined) : null;
  // Awaited once the caller's other work is done; failing before then is not unhandled.
  written?.catch(() => {});
  return {
    file,
    whenWritten: () => (written ??= writeFtmFile(file, count)),
    discard: async () => {
      await worker?.terminate();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
