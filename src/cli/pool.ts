// Checks the files of a run in worker threads as a pipeline: "open" workers read each file and take
// its sheets' snapshots (the fast reader, or ExcelJS for a file it leaves), and hand them to a
// "check" worker, which checks them and sends the file's rendered output to the main thread. Each
// half runs in its own threads so that V8 compiles its hot code once per half instead of once per
// worker: when every worker did both halves, the optimising compiler's work was paid again in each
// worker and took the time the second processor would have saved (docs/cli.md). With --out,
// writing the annotated copies costs many times the rest, so "whole" workers each take whole files
// and the copies are written in parallel. A worker sends back text and counts, never the report:
// structured clone would drop the report's getters, and the text is all the command prints.

import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { CheckSettings, OpenedFile } from "./checkFile";
import type { OutputFormat, RenderedFile } from "./output";

/** What each worker starts with. */
export type WorkerInit =
  | {
      role: "open";
      lang: CheckSettings["lang"];
      format: OutputFormat;
      next: MessagePort;
    }
  | { role: "check"; settings: CheckSettings; format: OutputFormat; from: MessagePort[] }
  | { role: "whole"; settings: CheckSettings; format: OutputFormat };

/** One file for an open worker. */
export interface WorkerJob {
  index: number;
  path: string;
  asOf?: string;
  /** The annotated copy to write (check --out). */
  out?: string;
}

/** What an open worker hands to its check worker. */
export interface OpenedJob extends WorkerJob {
  opened: OpenedFile;
}

/** A file's output; `error` is the one-line message when the file could not be checked. */
export interface FileOutput {
  rendered: RenderedFile;
  error?: string;
}

/**
 * What a worker tells the main thread: an open worker that it handed a file on (and is free), a
 * file's output (from a check worker, or from an open worker when the file could not be read), or
 * the error that stopped it (as the in-process run would throw it).
 */
export type WorkerReply =
  | { index: number; opened: true }
  | ({ index: number } & FileOutput)
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

/** The command runs from its bundle (dist/cli.js) but the worker bundle beside it is gone. */
export function workerMissing(dir: string = __dirname, file: string = __filename): boolean {
  return basename(file) === "cli.js" && workerScript(dir) === null;
}

/**
 * How many of `workers` check and how many open. Opening with ExcelJS (unzip, XML, its model) cost
 * about twice what checking and rendering cost, so about a third of the workers check; with the
 * fast reader opening costs about 60 % of checking (docs/cli.md), which favours more check
 * workers on machines with more than two processors (two: one of each either way).
 */
export function split(workers: number): { open: number; check: number } {
  const check = Math.max(1, Math.round(workers / 3));
  return { open: Math.max(1, workers - check), check };
}

/**
 * Checks the jobs on `workers` worker threads (at least two: one opens, one checks; with --out,
 * each takes whole files). `onDone` is called as each file completes (in completion order, for the
 * progress bar); the result holds every file's output in input order.
 */
export async function checkInWorkers(
  script: string,
  settings: CheckSettings,
  format: OutputFormat,
  jobs: Omit<WorkerJob, "index">[],
  workers: number,
  onDone: (job: Omit<WorkerJob, "index">) => void = () => {},
): Promise<FileOutput[]> {
  const results: FileOutput[] = new Array(jobs.length);
  const { open, check } = split(workers);
  // Files opened ahead of their check wait as snapshots; a few per worker keep every worker busy.
  const ahead = 4 * workers;
  const started: Worker[] = [];
  try {
    await new Promise<void>((resolveAll, rejectAll) => {
      let next = 0;
      let done = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (!failed) rejectAll(e);
        failed = true;
      };
      // Free places in the queues of the workers the main thread feeds: each holds the file it is
      // on and the next one, so that it need not wait for the main thread between files.
      const idle: Worker[] = [];
      const dispatch = () => {
        while (!failed && idle.length > 0 && next < jobs.length && next - done < ahead) {
          const job: WorkerJob = { index: next, ...jobs[next] };
          next++;
          idle.shift()!.postMessage(job);
        }
      };
      const start = (init: WorkerInit, transfer: MessagePort[]): Worker => {
        const worker = new Worker(script, {
          workerData: init,
          transferList: transfer,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        });
        started.push(worker);
        worker.on("message", (reply: WorkerReply) => {
          if ("crash" in reply) {
            // Which file it was: the in-process run's stack would show it, a worker's does not.
            const e = new Error(`${jobs[reply.index].path}: ${reply.crash.message}`);
            if (reply.crash.stack) e.stack = `${jobs[reply.index].path}: ${reply.crash.stack}`;
            return fail(e);
          }
          if ("rendered" in reply) {
            results[reply.index] = {
              rendered: reply.rendered,
              ...(reply.error ? { error: reply.error } : {}),
            };
            onDone(jobs[reply.index]);
            if (++done === jobs.length) return resolveAll();
          }
          // An open or whole worker answers once per file it was given: a place is free again.
          if (init.role !== "check") idle.push(worker);
          dispatch();
        });
        worker.on("error", fail);
        worker.on("exit", (code) => {
          if (done < jobs.length)
            fail(new Error(`a worker stopped (exit code ${code}) before every file was checked`));
        });
        return worker;
      };
      if (jobs.some((j) => j.out !== undefined)) {
        // Writing a copy (ExcelJS again) costs many times what opening and checking cost: every
        // worker takes whole files, so that the copies are written in parallel.
        for (let i = 0; i < workers; i++) {
          const whole = start({ role: "whole", settings, format }, []);
          idle.push(whole, whole);
        }
      } else {
        // Each open worker hands its files to one check worker through a channel of their own.
        const toCheck: MessagePort[][] = Array.from({ length: check }, () => []);
        for (let i = 0; i < open; i++) {
          const { port1, port2 } = new MessageChannel();
          toCheck[i % check].push(port2);
          const opener = start({ role: "open", lang: settings.lang, format, next: port1 }, [port1]);
          idle.push(opener, opener);
        }
        for (const from of toCheck) start({ role: "check", settings, format, from }, from);
      }
      if (jobs.length === 0) resolveAll();
      dispatch();
    });
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
  return results;
}
