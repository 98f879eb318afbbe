/**
 * Starts a worker thread on one of this folder's TypeScript files. The file loads through tsx's
 * API, whatever loaded this thread's code: on Node 20, a worker given
 * `execArgv: ['--import', 'tsx']` still refused its .ts entry file.
 */
import { Worker } from 'node:worker_threads';

export function startTsWorker(file: string, workerData: unknown): Worker {
  const entry = new URL(file, import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ tsImport }) =>
    tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}
