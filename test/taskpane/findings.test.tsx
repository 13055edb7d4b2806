/** @jest-environment jsdom */
// The findings list: cell text stays text, and ten thousand findings put only the rows in view in the DOM.

import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { WorkbookReport } from "../../src/core/check";
import type { Finding } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
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

test("10,000 findings: only the rows in view are rendered, and every one is reachable by scrolling", async () => {
  const many = Array.from({ length: 10000 }, (_, i) => finding(i + 2, `語${i}`));
  const service = dataService(report(many));
  await check(service);
  expect(screen.getByText("指摘 10,000 件")).toBeTruthy();
  const rendered = () => document.querySelectorAll("button[data-finding]");
  expect(rendered().length).toBeGreaterThan(0);
  expect(rendered().length).toBeLessThan(30);
  // Scroll to the end: the last finding comes into the DOM.
  const list = screen.getByRole("list", { name: "指摘の一覧" }).parentElement!;
  const height = parseFloat((screen.getByRole("list", { name: "指摘の一覧" }) as HTMLElement).style.height);
  list.scrollTop = height - 400;
  fireEvent.scroll(list);
  await waitFor(() => expect(document.querySelector('button[data-finding="C10001"]')).not.toBeNull());
  expect(rendered().length).toBeLessThan(30);
  fireEvent.click(document.querySelector('button[data-finding="C10001"]')!);
  await waitFor(() => expect(service.selected).toEqual(["計画!C10001"]));
});
