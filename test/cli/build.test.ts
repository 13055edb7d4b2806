// `npm run build` (the add-in, webpack) shares dist/ with the command's bundles and must leave them:
// without dist/cli-worker.js the command checks several files in one thread. Built into a folder of
// the test's own, so that it never races a build of dist/.

import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = join(__dirname, "..", "..");

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "plan-review-build-"));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Runs the bundled command with every worker thread it starts counted (printed on stderr at exit). */
async function checkSamples(
  jobs: string,
): Promise<{ code: number; stdout: string; stderr: string; workers: number }> {
  const hook = join(out, "count-workers.cjs");
  await writeFile(
    hook,
    `const wt = require("node:worker_threads");
let n = 0;
const Base = wt.Worker;
wt.Worker = class extends Base { constructor(...a) { super(...a); n++; } };
process.on("exit", () => process.stderr.write("workers started: " + n + "\\n"));
`,
  );
  const script = `require(${JSON.stringify(join(out, "cli.js"))}).main(["check", "samples", "--jobs", ${JSON.stringify(jobs)}]).then((c) => { process.exitCode = c; });`;
  try {
    const r = await exec(process.execPath, ["-r", hook, "-e", script], {
      cwd: ROOT,
      maxBuffer: 1 << 26,
      // The bundle leaves exceljs out; it is found in the project's node_modules.
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    return { code: 0, ...r, workers: Number(/workers started: (\d+)/.exec(r.stderr)![1]) };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return {
      code: r.code,
      stdout: r.stdout,
      stderr: r.stderr,
      workers: Number(/workers started: (\d+)/.exec(r.stderr)![1]),
    };
  }
}

test("npm run build keeps the command's bundles, and check samples still runs in worker threads", async () => {
  await exec(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), "--outdir", out], { cwd: ROOT });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  await exec(npm, ["run", "build", "--", "--output-path", out], { cwd: ROOT, maxBuffer: 1 << 26 });
  const files = await readdir(out);
  expect(files).toEqual(expect.arrayContaining(["cli.js", "cli-worker.js", "taskpane.html", "manifest.xml"]));

  const parallel = await checkSamples("2");
  expect(parallel.workers).toBeGreaterThanOrEqual(2);
  expect(parallel.stderr).not.toContain("cli-worker.js");
  // The same output as in one thread.
  const single = await checkSamples("1");
  expect(single.workers).toBe(0);
  expect(parallel.stdout).toBe(single.stdout);
  expect(parallel.code).toBe(single.code);

  // Without the worker bundle the command says so, and checks in its own thread.
  await rm(join(out, "cli-worker.js"));
  const alone = await checkSamples("2");
  expect(alone.workers).toBe(0);
  expect(alone.stderr).toContain("dist/cli-worker.js がないため");
  expect(alone.stdout).toBe(single.stdout);
}, 300_000);
