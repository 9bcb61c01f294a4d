import { parentPort } from 'node:worker_threads';
import { caseLines, type CaseSpec } from './copy-events';

/** A seeding thread: simulates the chunks of cases it is sent (bench/inbox/seed-events, copy-events). */
parentPort!.on('message', (m: { id: number; specs: CaseSpec[] }) => {
  parentPort!.postMessage({ id: m.id, lines: m.specs.flatMap(caseLines) });
});
