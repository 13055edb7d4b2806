// Bundles the command-line tool into dist/cli.js (run by `npm ci` through "prepare").
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  external: ["exceljs"],
  logLevel: "warning",
});
