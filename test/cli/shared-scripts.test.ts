// npm run conformance and npm run validate:offline use the shared folder beside the project
// (../shared); without it they say what they skipped and why, and do not fail.

import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

let dir: string;
beforeAll(async () => {
  // A project folder with nothing beside it.
  dir = await mkdtemp(join(tmpdir(), "plan-review-shared-"));
  await mkdir(join(dir, "project", "scripts"), { recursive: true });
  await copyFile(
    join(__dirname, "..", "..", "scripts", "shared.mjs"),
    join(dir, "project", "scripts", "shared.mjs"),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test.each([
  ["conformance", "../shared/tools/conformance.mjs not found"],
  ["validate:offline", "../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd not found"],
])("%s without ../shared says what it skipped and exits 0", async (task, missing) => {
  const r = await exec(process.execPath, [join("scripts", "shared.mjs"), task], {
    cwd: join(dir, "project"),
  });
  expect(r.stdout).toMatch(
    new RegExp(`^${task}: skipped — ${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(.+\\)\\n$`),
  );
});
