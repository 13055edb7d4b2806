// What every panel needs: the service, the language and its words, and the shared report.

import { createContext, useContext } from "react";
import type { Lang } from "../core/messages";
import type { Strings } from "./i18n";
import type { PlanReviewService } from "./service";

export interface PaneContext {
  service: PlanReviewService;
  lang: Lang;
  t: Strings;
}

export const Pane = createContext<PaneContext | null>(null);

export function usePane(): PaneContext {
  const ctx = useContext(Pane);
  if (!ctx) throw new Error("usePane outside <Pane.Provider>");
  return ctx;
}
