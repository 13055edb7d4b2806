// Renders the pane over the fake Excel with a fixture workbook, for the component tests.

import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import type { Lang } from "../../src/core/messages";
import { defaultSettings } from "../../src/core/settings";
import { App } from "../../src/taskpane/App";
import { FakeExcel } from "../fake-excel";
import { FIXTURES } from "../helpers/fixtures";
import { fakeService, type FakeService } from "./fakeService";

// jsdom has no ResizeObserver (Fluent's MessageBar and the finding list observe their size).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window))
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;

// The fake Excel measures payloads with TextEncoder, which jsdom's globals lack.
Object.assign(globalThis, { TextEncoder, TextDecoder });

export const AS_OF = "2014-03-31";

/** The pane over a fixture, with the review date saved in its settings (as a person would). */
export async function renderPane(file = "kumamoto-progress.xlsx", lang: Lang = "ja") {
  const fake = await FakeExcel.fromFile(join(FIXTURES, file));
  const service = fakeService(fake, lang);
  await service.saveSettings({ ...defaultSettings(), asOf: AS_OF });
  service.calls.length = 0;
  const view = render(<App service={service} lang={lang} theme={webLightTheme} />);
  return { ...view, service };
}

export type { FakeService };
