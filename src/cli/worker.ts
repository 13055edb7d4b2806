// A worker thread of `plan-review check`: checks the files the main thread sends, one at a time,
// and sends back each file's rendered output (see pool.ts).

import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./checkFile";
import { renderFile } from "./output";
import type { WorkerInit, WorkerJob, WorkerReply } from "./pool";

const init = workerData as WorkerInit;
const port = parentPort!;

port.on("message", (job: WorkerJob) => {
  void answer(job).then((reply) => port.postMessage(reply));
});

async function answer(job: WorkerJob): Promise<WorkerReply> {
  try {
    const result = await checkFile(job.path, job.asOf, init.settings, job.out);
    const rendered = renderFile(result, init.format);
    return { index: job.index, rendered, ...(result.error ? { error: result.error } : {}) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { index: job.index, crash: { message: error.message, stack: error.stack } };
  }
}
