// The task pane benchmark's page: the real pane over a service that answers with a generated report
// of about 10,000 findings at once, so what is timed is the pane (render, filter), not the engine.

import { createRoot } from "react-dom/client";
import { checkWorkbook } from "../../src/core/check";
import { App } from "../../src/taskpane/App";
import { themeFrom } from "../../src/taskpane/theme";
import { generateTableSheet } from "../../test/helpers/generate";
import { dataService } from "../../test/taskpane/fakeService";

const report = checkWorkbook([generateTableSheet(11_250)], { asOf: "2014-03-31" });
const service = dataService(report);
const root = document.getElementById("root");
if (root) createRoot(root).render(<App service={service} lang="ja" theme={themeFrom(undefined)} />);
(window as unknown as { benchFindings: number }).benchFindings = report.sheets[0].findings.length;
