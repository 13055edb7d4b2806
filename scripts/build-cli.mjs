// Bundles the command-line tool into dist/cli.js and its worker thread into dist/cli-worker.js (run
// by `npm ci` through "prepare"). `--outdir DIR` bundles into another folder (the CLI tests do, so
// that they never race a build of dist/).
import { build } from "esbuild";

const at = process.argv.indexOf("--outdir");
const outdir = at > 0 ? process.argv[at + 1] : "dist";

await build({
  entryPoints: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  external: ["exceljs"],
  logLevel: "warning",
});
