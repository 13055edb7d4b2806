/** @jest-environment jsdom */
// The findings list: cell text stays text, errors come first, ten thousand findings render page by page,
// and the row of the selected cell is marked.

import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { WorkbookReport } from "../../src/core/check";
import type { Finding } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
import { groupFindings, orderFindings, PAGE } from "../../src/taskpane/FindingList";
import { dataService } from "./fakeService";
import "./render";

function finding(row: number, value: string): Finding {
  return {
    sheet: "計画",
    cell: `C${row}`,
    row,
    col: 3,
    rule: "status-unknown",
    severity: "error",
    messageId: "unknown",
    data: {},
    message: `語彙にない語「${value}」`,
    messageEn: `Unknown word "${value}"`,
    value,
  };
}

function report(findings: Finding[]): WorkbookReport {
  return {
    asOf: "2024-03-31",
    fiscalYear: 2023,
    departmentsFrom: null,
    sheets: [
      {
        name: "計画",
        layout: "table",
        items: [],
        findings,
        policies: [],
        columns: [],
        states: [],
        planYears: [],
        actualYears: [],
      },
    ],
  };
}

async function check(service: ReturnType<typeof dataService>) {
  render(<App service={service} lang="ja" theme={webLightTheme} />);
  fireEvent.click(await screen.findByRole("button", { name: "検証" }));
  await screen.findByText(/指摘 [\d,]+ 件/);
}

test("a value holding HTML is shown as text and never becomes an element", async () => {
  const evil = "<img src=x onerror=alert(1)>";
  await check(dataService(report([finding(5, evil)])));
  expect(screen.getByText(`語彙にない語「${evil}」`)).toBeTruthy();
  expect(screen.getByText((_, el) => el?.textContent === `値: ${evil}`)).toBeTruthy();
  expect(document.querySelector("img")).toBeNull();
});

test("10,000 findings: the first page is rendered and the next comes on demand", async () => {
  const many = Array.from({ length: 10000 }, (_, i) => finding(i + 2, `語${i}`));
  const service = dataService(report(many));
  await check(service);
  expect(screen.getByText("指摘 10,000 件")).toBeTruthy();
  const rendered = () => document.querySelectorAll("button[data-finding]").length;
  expect(rendered()).toBe(PAGE);
  // jsdom has no IntersectionObserver: the "show more" button is the way (and the keyboard's way).
  // (Queried by text: getByRole computes every row's accessible name, slow in jsdom.)
  fireEvent.click(screen.getByText(`続きを表示（残り ${(10000 - PAGE).toLocaleString()} 件）`));
  expect(rendered()).toBe(2 * PAGE);
});

test("a list a few pages long is reached to its last finding", async () => {
  const n = 2 * PAGE + 7;
  const service = dataService(report(Array.from({ length: n }, (_, i) => finding(i + 2, `語${i}`))));
  await check(service);
  const rendered = () => document.querySelectorAll("button[data-finding]").length;
  while (rendered() < n) fireEvent.click(screen.getByText(/^続きを表示（残り [\d,]+ 件）$/));
  expect(rendered()).toBe(n);
  expect(screen.queryByText(/^続きを表示/)).toBeNull();
  fireEvent.click(document.querySelector(`button[data-finding="C${n + 1}"]`)!);
  await waitFor(() => expect(service.selected).toEqual([`計画!C${n + 1}`]));
});

test("errors first, then warnings, then info; each rule's findings in sheet order", () => {
  const mk = (
    row: number,
    col: number,
    sheet: string,
    severity: Finding["severity"],
    rule: Finding["rule"],
  ) => ({
    ...finding(row, "x"),
    col,
    cell: `${"ABCDEFGH"[col - 1]}${row}`,
    sheet,
    severity,
    rule,
  });
  const findings = [
    mk(3, 2, "A", "info", "item-due"),
    mk(9, 1, "B", "error", "status-unknown"),
    mk(2, 5, "A", "warning", "status-notation"),
    mk(7, 3, "A", "error", "status-unknown"),
    mk(7, 1, "A", "error", "department-missing"),
  ];
  const ordered = orderFindings(findings, ["A", "B"]);
  expect(ordered.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
    "error A!A7",
    "error A!C7",
    "error B!A9",
    "warning A!E2",
    "info A!B3",
  ]);
  const groups = groupFindings(findings, ["A", "B"]);
  expect(groups.map((g) => [g.rule, g.findings.length])).toEqual([
    ["department-missing", 1],
    ["status-unknown", 2],
    ["status-notation", 1],
    ["item-due", 1],
  ]);
});

test("the row of the cell Excel selects is marked, whether chosen in the pane or in Excel", async () => {
  const service = dataService(report([finding(5, "a"), finding(6, "b"), finding(7, "c")]));
  await check(service);
  const row = (cell: string) => document.querySelector(`button[data-finding="${cell}"]`)!;
  fireEvent.click(row("C6"));
  await waitFor(() => expect(row("C6").getAttribute("aria-current")).toBe("true"));
  expect(row("C5").getAttribute("aria-current")).toBeNull();
  // The person moves the selection in Excel itself.
  act(() => service.excelSelects("計画", "C7"));
  await waitFor(() => expect(row("C7").getAttribute("aria-current")).toBe("true"));
  expect(row("C6").getAttribute("aria-current")).toBeNull();
});
