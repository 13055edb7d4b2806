// A worker thread of `plan-review check` (see pool.ts). An open worker reads the files the main
// thread sends, one at a time, and hands their snapshots to its check worker; a check worker checks
// what its open workers hand it, one file at a time, and sends each file's rendered output to the
// main thread; each loads only the half it runs (a check worker never loads ExcelJS, an open
// worker only for a file the fast reader leaves to it). With --out, a whole worker does both and
// writes the annotated copy.

import { parentPort, workerData } from "node:worker_threads";
import { renderFile } from "./output";
import type { OpenedJob, WorkerInit, WorkerJob, WorkerReply } from "./pool";

const init = workerData as WorkerInit;
const main = parentPort!;

function crash(index: number, e: unknown): WorkerReply {
  const error = e instanceof Error ? e : new Error(String(e));
  return { index, crash: { message: error.message, stack: error.stack } };
}

if (init.role === "open") {
  const { lang, format, next } = init;
  const stage = import("./checkFile");
  const openOne = async (job: WorkerJob): Promise<WorkerReply> => {
    try {
      const opened = await (await stage).openFile(job.path, lang, false);
      if ("error" in opened)
        return {
          index: job.index,
          error: opened.error,
          rendered: renderFile({ file: job.path, ...opened }, format),
        };
      const handed: OpenedJob = { ...job, opened };
      next.postMessage(handed);
      return { index: job.index, opened: true };
    } catch (e) {
      return crash(job.index, e);
    }
  };
  // The main thread sends the next file before this one is done; one file at a time all the same.
  let queue = Promise.resolve();
  main.on("message", (job: WorkerJob) => {
    queue = queue.then(() => openOne(job).then((reply) => main.postMessage(reply)));
  });
} else if (init.role === "whole") {
  const { settings, format } = init;
  const stage = import("./checkFile");
  const checkOne = async (job: WorkerJob): Promise<WorkerReply> => {
    try {
      const result = await (await stage).checkFile(job.path, job.asOf, settings, job.out);
      const rendered = renderFile(result, format);
      return { index: job.index, rendered, ...(result.error ? { error: result.error } : {}) };
    } catch (e) {
      return crash(job.index, e);
    }
  };
  let queue = Promise.resolve();
  main.on("message", (job: WorkerJob) => {
    queue = queue.then(() => checkOne(job).then((reply) => main.postMessage(reply)));
  });
} else {
  const { settings, format, from } = init;
  const stage = import("./checkOpened");
  // One file at a time, in the order handed over.
  let queue = Promise.resolve();
  const checkOne = async (job: OpenedJob): Promise<WorkerReply> => {
    try {
      const result = await (await stage).checkOpened(job.path, job.asOf, job.opened, settings, job.out);
      const rendered = renderFile(result, format);
      return { index: job.index, rendered, ...(result.error ? { error: result.error } : {}) };
    } catch (e) {
      return crash(job.index, e);
    }
  };
  for (const port of from)
    port.on("message", (job: OpenedJob) => {
      queue = queue.then(() => checkOne(job).then((reply) => main.postMessage(reply)));
    });
}
