// Checks the files of a run in worker threads, one file at a time per worker, and hands back each
// file's rendered output in input order. A worker sends back text and counts, never the report:
// structured clone would drop the report's getters, and the text is all the command prints.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckSettings } from "./checkFile";
import type { OutputFormat, RenderedFile } from "./output";

/** What every worker starts with. */
export interface WorkerInit {
  settings: CheckSettings;
  format: OutputFormat;
}

/** One file for a worker to check. */
export interface WorkerJob {
  index: number;
  path: string;
  asOf?: string;
  /** The annotated copy to write (check --out). */
  out?: string;
}

/** A worker's answer: the file's output, or the error that stopped it (as the in-process run would throw). */
export type WorkerReply =
  | { index: number; rendered: RenderedFile; error?: string }
  | { index: number; crash: { message: string; stack?: string } };

/**
 * The young generation each worker gets. ExcelJS and the engine make many short-lived objects per
 * cell and item; with V8's default the scavenger ran so often that garbage collection was about a
 * tenth of a run's CPU. Over 200 workbooks of 500 items, 192 MB and more cost the least (48 and
 * 96 MB about 10 % more instructions); the peak memory of the process did not change.
 */
export const YOUNG_GENERATION_MB = 256;

/** The worker bundle beside the command's bundle; absent when running from the TypeScript sources. */
export function workerScript(dir: string = __dirname): string | null {
  const file = join(dir, "cli-worker.js");
  return existsSync(file) ? file : null;
}

/**
 * Runs the jobs on `size` workers. `onDone` is called as each file completes (in completion order,
 * for the progress bar); the result holds every file's reply in input order.
 */
export async function checkInWorkers(
  script: string,
  init: WorkerInit,
  jobs: Omit<WorkerJob, "index">[],
  size: number,
  onDone: (job: Omit<WorkerJob, "index">) => void = () => {},
  youngGenerationMb: number = YOUNG_GENERATION_MB,
): Promise<{ rendered: RenderedFile; error?: string }[]> {
  const results: { rendered: RenderedFile; error?: string }[] = new Array(jobs.length);
  const workers: Worker[] = [];
  let next = 0;
  let left = jobs.length;
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        rejectAll(e);
      };
      const give = (worker: Worker) => {
        if (next < jobs.length) {
          const job: WorkerJob = { index: next, ...jobs[next] };
          next++;
          worker.postMessage(job);
        }
      };
      for (let i = 0; i < Math.min(size, jobs.length); i++) {
        const worker = new Worker(script, {
          workerData: init,
          resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
        });
        workers.push(worker);
        worker.on("message", (reply: WorkerReply) => {
          if ("crash" in reply) {
            const e = new Error(reply.crash.message);
            if (reply.crash.stack) e.stack = reply.crash.stack;
            fail(e);
            return;
          }
          results[reply.index] = { rendered: reply.rendered, ...(reply.error ? { error: reply.error } : {}) };
          onDone(jobs[reply.index]);
          if (--left === 0) resolveAll();
          else give(worker);
        });
        worker.on("error", fail);
        worker.on("exit", (code) => {
          if (left > 0) fail(new Error(`a worker stopped (exit code ${code}) before every file was checked`));
        });
        give(worker);
      }
      if (jobs.length === 0) resolveAll();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
