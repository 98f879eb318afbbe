/** Worker thread of a synthetic load: writes its designations' FollowTheMoney file (ftm-file.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFtmFile } from './ftm-file';

const { file, count } = workerData as { file: string; count: number };
await writeFtmFile(file, count);
parentPort?.postMessage('written');
