// Errors as sentences for people: the Excel layer's own message, else a plain one naming what failed.

import type { Lang } from "../core/messages";
import type { Strings } from "./i18n";

export function errorText(e: unknown, lang: Lang, t: Strings): string {
  if (e && typeof e === "object" && "messages" in e) {
    const m = (e as { messages: unknown }).messages;
    if (m && typeof m === "object" && lang in m) return String((m as Record<string, unknown>)[lang]);
  }
  const what = e instanceof Error ? e.message : String(e);
  return t.unexpected(what);
}
