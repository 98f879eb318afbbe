/**
 * Worker thread of a synthetic load: makes the batches of the plan it is given
 * (batches.ts), one for each request, and answers null once they are all made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { synthBatches, type BatchPlan } from './batches';

const port = parentPort;
if (!port) throw new Error('batch-worker.ts runs only as a worker thread');
const batches = synthBatches(workerData as BatchPlan);
port.on('message', () => {
  const next = batches.next();
  port.postMessage(next.done ? null : next.value);
});
