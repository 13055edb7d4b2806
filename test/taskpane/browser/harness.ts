// Serves the task pane for the browser tests: a page carrying the add-in's own Content Security
// Policy, the pane bundled with the fake Excel behind Office, axe-core, and workbooks to load.

import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const ROOT = join(__dirname, "..", "..", "..");

/** The CSP of the add-in's task pane page (src/taskpane/taskpane.html), so the tests run under it. */
export function taskpaneCsp(): string {
  const html = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error("src/taskpane/taskpane.html has no Content-Security-Policy meta tag");
  return m[1];
}

/** Bundles the pane for the browser (the tests' entry by default; the benchmark passes its own). */
export async function bundlePane(entry = join(__dirname, "entry.ts")): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    target: "es2020",
    jsx: "automatic",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    logLevel: "error",
  });
  return out.outputFiles[0].text;
}

/** The ribbon dialog's page with its fake Office. */
export const bundleDialog = () => bundlePane(join(__dirname, "dialogEntry.ts"));

export interface PaneServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the page, the bundle and the named workbooks on 127.0.0.1. */
export async function servePane(
  bundle: string,
  books: Record<string, Buffer>,
  dialogBundle?: string,
): Promise<PaneServer> {
  const page = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${taskpaneCsp()}" />
    <title>計画レビュー</title>
  </head>
  <body>
    <div id="root"></div>
    <script src="pane.js"></script>
  </body>
</html>`;
  const dialogPage = page.replace("pane.js", "dialog.js");
  const axe = readFileSync(require.resolve("axe-core/axe.min.js"));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    };
    if (path === "/taskpane.html") return send("text/html; charset=utf-8", page);
    if (path === "/pane.js") return send("text/javascript; charset=utf-8", bundle);
    if (path === "/dialog.html" && dialogBundle) return send("text/html; charset=utf-8", dialogPage);
    if (path === "/dialog.js" && dialogBundle) return send("text/javascript; charset=utf-8", dialogBundle);
    if (path === "/axe.js") return send("text/javascript; charset=utf-8", axe);
    const book = /^\/book\/(.+)\.xlsx$/.exec(path);
    if (book && books[book[1]]) return send("application/octet-stream", books[book[1]]);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's chromium, headless, with a fresh profile. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "plan-review-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = join(ROOT, "test-artifacts");
