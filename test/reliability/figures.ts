// The reliability figures a test run measured, written to test-artifacts/reliability/NAME.json so that
// docs/reliability.md quotes a real run. Each test also asserts the figures it writes.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ARTIFACTS = join(__dirname, "..", "..", "test-artifacts", "reliability");

export function writeFigures(name: string, figures: Record<string, unknown>): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.json`), JSON.stringify(figures, null, 2) + "\n");
}

/** An error our code did not mean to throw: a crash, as opposed to a message for a person. */
export function crashText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
}
