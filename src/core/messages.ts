// Renders message templates: "{name}" is replaced by the report's data.

import type { Message } from "./rules/rule";

export type Lang = "ja" | "en";

export function render(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in data ? String(data[k]) : ""));
}

export function renderMessage(m: Message, data: Record<string, string | number> | undefined): Message {
  return { ja: render(m.ja, data), en: render(m.en, data) };
}
