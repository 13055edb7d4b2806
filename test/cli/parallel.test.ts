// plan-review check over several files in worker threads: the built command prints exactly what
// the one-file-after-another run prints, in input order, bad files included; the pool keeps input
// order and stops on a worker's failure.

import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkInWorkers, split, workerScript } from "../../src/cli/pool";
import { FIXTURES } from "../helpers/fixtures";
import { generateTableSheet } from "../helpers/generate";
import { planBook } from "../xlsx/planBook";
import { oleFile } from "./oleFile";

const ROOT = join(__dirname, "..", "..");

let build: string;
let dir: string;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command (bin/plan-review.js beside its bundle) in a fresh node process. Node loads
 * the preload into each worker thread as well; it notes them in the file `threads`.
 */
function cli(...argv: string[]): Promise<Ran> {
  return node([join(dir, "count-threads.js")], argv);
}

function node(preloads: string[], argv: string[]): Promise<Ran> {
  return new Promise((done, failed) => {
    const child = spawn(
      process.execPath,
      [...preloads.flatMap((p) => ["-r", p]), join(build, "bin", "plan-review.js"), ...argv],
      {
        cwd: dir,
        // The bundle leaves exceljs out; it is found in the project's node_modules.
        env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", failed);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** A workbook of `items` generated plan rows (a table sheet with merged headers). */
async function generatedBook(path: string, items: number): Promise<void> {
  const sheet = generateTableSheet(items);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.values) ws.addRow(row);
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  build = await mkdtemp(join(tmpdir(), "plan-review-build-"));
  const built = await new Promise<number | null>((done) =>
    spawn(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), "--outdir", join(build, "dist")], {
      cwd: ROOT,
      stdio: "inherit",
    }).on("close", done),
  );
  expect(built).toBe(0);
  await mkdir(join(build, "bin"));
  await copyFile(join(ROOT, "bin", "plan-review.js"), join(build, "bin", "plan-review.js"));
});
afterAll(async () => {
  await rm(build, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "plan-review-parallel-"));
  await writeFile(
    join(dir, "count-threads.js"),
    `const fs = require("node:fs"), Module = require("node:module"), log = ${JSON.stringify(join(dir, "threads"))};
const thread = require("node:worker_threads").isMainThread ? "main" : "worker";
if (thread === "worker") fs.appendFileSync(log, "worker\\n");
const load = Module._load;
let noted = false;
Module._load = function (request, ...rest) {
  if (request === "exceljs" && !noted) fs.appendFileSync(log, thread + " exceljs\\n");
  noted ||= request === "exceljs";
  return load.call(this, request, ...rest);
};`,
  );
});

/** Worker threads started since the last call, and which threads loaded ExcelJS, sorted. */
async function threads(): Promise<string[]> {
  const text = await readFile(join(dir, "threads"), "utf8").catch(() => "");
  await rm(join(dir, "threads"), { force: true });
  return text.split("\n").filter(Boolean).sort();
}

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A folder of good and bad inputs; returns the arguments naming them (folder and files). */
async function inputs(): Promise<string[]> {
  const books = join(dir, "books");
  await mkdir(join(books, "sub"), { recursive: true });
  await generatedBook(join(books, "a-small.xlsx"), 12);
  await generatedBook(join(books, "b-large.xlsx"), 60);
  await writeFile(join(books, "c-plan.xlsx"), await planBook());
  await copyFile(join(FIXTURES, "kumamoto-progress.xlsx"), join(books, "d-kumamoto.xlsx"));
  await writeFile(
    join(books, "e-broken.xlsx"),
    (await readFile(join(books, "c-plan.xlsx"))).subarray(0, 3000),
  );
  await writeFile(join(books, "f-locked.xlsx"), oleFile(["EncryptionInfo", "EncryptedPackage"]));
  await generatedBook(join(books, "sub", "a-small.xlsx"), 5);
  await writeFile(join(dir, "old.xls"), oleFile(["Workbook"]));
  await writeFile(join(dir, "notes.txt"), "取組一覧\n");
  return ["missing.xlsx", "old.xls", "books", "notes.txt", join("books", "c-plan.xlsx")];
}

describe("check in worker threads (the built command)", () => {
  it("prints the same output, messages and exit code as --jobs 1, in input order", async () => {
    const args = await inputs();
    for (const extra of [
      ["--format", "json"],
      ["--lang", "en"],
    ]) {
      const common = ["check", ...args, "--as-of", "2014-03-31", ...extra];
      const one = await cli(...common, "--jobs", "1");
      // Every readable file here is read by the fast reader: no thread loads ExcelJS.
      expect(await threads()).toEqual([]);
      const many = await cli(...common, "--jobs", "3");
      // Two open workers and one check worker; the main thread hands out files and prints.
      expect(await threads()).toEqual(["worker", "worker", "worker"]);
      expect(many).toEqual(one);
      expect(one.code).toBe(2);
    }
    const json = JSON.parse(
      (await cli("check", ...args, "--as-of", "2014-03-31", "--format", "json")).stdout,
    ) as {
      files: { file: string; error?: string; sheets: { findings: unknown[] }[] }[];
    };
    expect(json.files.map((f) => [f.file, Boolean(f.error)])).toEqual([
      ["missing.xlsx", true],
      ["old.xls", true],
      [join("books", "a-small.xlsx"), false],
      [join("books", "b-large.xlsx"), false],
      [join("books", "c-plan.xlsx"), false],
      [join("books", "d-kumamoto.xlsx"), false],
      [join("books", "e-broken.xlsx"), true],
      [join("books", "f-locked.xlsx"), true],
      [join("books", "sub", "a-small.xlsx"), false],
      ["notes.txt", true],
      [join("books", "c-plan.xlsx"), false],
    ]);
    expect(json.files[3].sheets[0].findings.length).toBeGreaterThan(json.files[2].sheets[0].findings.length);
  });

  it("writes the same annotated copies with --out, named in input order, and exits 1 on error findings", async () => {
    const books = join(dir, "books");
    await mkdir(books);
    await generatedBook(join(books, "a.xlsx"), 8);
    await mkdir(join(books, "z"));
    await writeFile(join(books, "z", "a.xlsx"), await planBook());
    await writeFile(join(books, "b.xlsx"), await planBook());
    const common = ["check", "books", "--as-of", "2014-03-31", "--out", "out"];
    const one = await cli(...common, "--jobs", "1");
    const names = (await readdir(join(dir, "out"))).sort();
    await rm(join(dir, "out"), { recursive: true });
    await threads();
    const many = await cli(...common, "--jobs", "2");
    // With --out each worker takes whole files (opens, checks, writes).
    expect(await threads()).toEqual(["worker", "worker", "worker exceljs", "worker exceljs"]);
    expect(many).toEqual(one);
    expect(one.code).toBe(1);
    expect(names).toEqual(["a-2.checked.xlsx", "a.checked.xlsx", "b.checked.xlsx"]);
    expect((await readdir(join(dir, "out"))).sort()).toEqual(names);
    // z/a.xlsx is the plan book: its copy is the second of that name and carries the highlights.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out", "a-2.checked.xlsx"));
    expect(JSON.stringify(wb.getWorksheet("取組計画")!.getCell("G5").note)).toContain(
      "実績が未実施・未着手・中止",
    );
  });

  it("refuses --jobs that is not a whole number from 1, and --jobs for summary", async () => {
    const r = await cli("check", "x.xlsx", "--jobs", "0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jobs には 1 以上の整数を指定してください（「0」は使えません）");
    const summary = await cli("summary", "x.xlsx", "--out", "s.xlsx", "--jobs", "2", "--lang", "en");
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain("unknown option --jobs");
  });
});

describe("the command's own failures", () => {
  it("exit 2 with a message, not 1 (which means error findings)", async () => {
    const failing = join(dir, "failing-readdir.js");
    await writeFile(
      failing,
      `require("node:fs/promises").readdir = async () => { throw new Error("disk gone"); };`,
    );
    await mkdir(join(dir, "books"));
    const r = await node([failing], ["check", "books"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plan-review: 予期しないエラーです");
    expect(r.stderr).toContain("disk gone");
  });
});

describe("checkInWorkers", () => {
  const settings = { lang: "ja" as const };
  const format = { format: "table" as const, asOf: "2014-03-31", lang: "ja" as const, color: false };

  /** A worker script of plain JavaScript, written into the test folder. */
  async function script(body: string): Promise<string> {
    const file = join(dir, "worker.js");
    await writeFile(file, `const { parentPort, workerData } = require("node:worker_threads");\n${body}`);
    return file;
  }

  it("splits the workers into open and check workers, a third of them checking", () => {
    expect([2, 3, 4, 6, 8].map(split)).toEqual([
      { open: 1, check: 1 },
      { open: 2, check: 1 },
      { open: 3, check: 1 },
      { open: 4, check: 2 },
      { open: 5, check: 3 },
    ]);
  });

  it("gives the outputs in input order whatever order the files finish in, each file once", async () => {
    // Open workers hand files on after a delay that makes later files finish first; a file whose
    // name ends in "!" cannot be read; check workers answer at once.
    const file = await script(`
if (workerData.role === "open")
  parentPort.on("message", (job) => setTimeout(() => {
    if (job.path.endsWith("!"))
      return parentPort.postMessage({ index: job.index, error: "bad " + job.path,
        rendered: { text: job.path, counts: { error: 0, warning: 0, info: 0 }, failed: true } });
    workerData.next.postMessage({ ...job, opened: { sheets: [] } });
    parentPort.postMessage({ index: job.index, opened: true });
  }, 60 - job.index * 10));
else
  for (const port of workerData.from)
    port.on("message", (job) => parentPort.postMessage({ index: job.index,
      rendered: { text: job.path, counts: { error: job.index, warning: 0, info: 0 }, failed: false } }));
`);
    const jobs = ["a", "b!", "c", "d", "e"].map((path) => ({ path }));
    const done: string[] = [];
    const results = await checkInWorkers(file, settings, format, jobs, 4, (job) => done.push(job.path));
    expect(results.map((r) => r.rendered.text)).toEqual(["a", "b!", "c", "d", "e"]);
    expect(results.map((r) => r.rendered.counts.error)).toEqual([0, 0, 2, 3, 4]);
    expect(results.map((r) => r.error)).toEqual([undefined, "bad b!", undefined, undefined, undefined]);
    expect(done).not.toEqual(["a", "b!", "c", "d", "e"]);
    expect([...done].sort()).toEqual(["a", "b!", "c", "d", "e"]);
  });

  it("rejects with the worker's error, naming the file, when checking a file throws", async () => {
    const file = await script(`
if (workerData.role === "open")
  parentPort.on("message", (job) => { workerData.next.postMessage(job); parentPort.postMessage({ index: job.index, opened: true }); });
else
  for (const port of workerData.from)
    port.on("message", (job) => parentPort.postMessage({ index: job.index, crash: { message: "engine failed on " + job.path } }));
`);
    const failure = checkInWorkers(file, settings, format, [{ path: "a.xlsx" }, { path: "b.xlsx" }], 2);
    await expect(failure).rejects.toThrow(/^a\.xlsx: engine failed on a\.xlsx$/);
  });

  it("rejects when a worker stops before every file is checked", async () => {
    const file = await script(`parentPort.on("message", () => process.exit(3));`);
    await expect(checkInWorkers(file, settings, format, [{ path: "a" }], 2)).rejects.toThrow("exit code 3");
  });

  it("finds no worker bundle beside the TypeScript sources, so the command runs in-process there", () => {
    expect(workerScript(join(ROOT, "src", "cli"))).toBeNull();
    expect(workerScript(join(build, "dist"))).toBe(join(build, "dist", "cli-worker.js"));
  });
});
