// The task pane's entry: once Office is ready, render the pane over Excel in Office's language and theme.

import { createRoot } from "react-dom/client";
import { createExcelService } from "./excelService";
import { App } from "./App";
import { langOf } from "./i18n";
import { themeFrom } from "./theme";

Office.onReady(() => {
  const lang = langOf(Office.context.displayLanguage);
  // officeTheme is missing in some hosts (and in older API sets); Windows' high-contrast mode shows as
  // forced colours.
  const forced = typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
  const theme = themeFrom(Office.context.officeTheme ?? undefined, forced);
  const service = createExcelService({
    run: (options, batch) => Excel.run(options, batch),
    lang,
  });
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App service={service} lang={lang} theme={theme} />);
});
