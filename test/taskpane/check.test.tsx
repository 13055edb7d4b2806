/** @jest-environment jsdom */
// 検証 tab: check, counts, filters, select, fix with preview, fix all, undo, clear.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AS_OF, renderPane } from "./render";

async function validated(rule = "") {
  const view = await renderPane();
  const button = await screen.findByRole("button", { name: "検証" });
  fireEvent.click(button);
  await screen.findByText(/指摘 \d+ 件/);
  await waitFor(() => expect(screen.getByRole("button", { name: "もう一度検証" })).toBeTruthy());
  // The list renders only the rows in view: narrow it to the rule a test works on.
  if (rule) fireEvent.change(screen.getByLabelText("ルールで絞り込み"), { target: { value: rule } });
  return view;
}

// Fluent's dialog is briefly aria-hidden while tabster sets up its modal trap in jsdom: queries
// inside it pass hidden: true (the browser test checks the dialog's accessibility for real).
const findingRows = () => [...document.querySelectorAll<HTMLElement>("li[data-severity]")];

test("the review day from the settings is shown the Japanese way, with its review year in the era", async () => {
  await renderPane();
  const input = (await screen.findByLabelText("基準日")) as HTMLInputElement;
  expect(AS_OF).toBe("2014-03-31");
  expect(input.value).toBe("2014年3月31日（平成26年）");
  expect(screen.getByText("検証する年度: 平成25年度（2013年度）")).toBeTruthy();
  // Typed as people write it: the era form, then the ISO form.
  fireEvent.change(input, { target: { value: "令和6年4月1日" } });
  fireEvent.blur(input);
  await screen.findByText("検証する年度: 令和6年度（2024年度）");
  expect(input.value).toBe("2024年4月1日（令和6年）");
  fireEvent.change(input, { target: { value: "2014-03-31" } });
  fireEvent.blur(input);
  await screen.findByText("検証する年度: 平成25年度（2013年度）");
});

test("a day that cannot be read is refused where it was typed, and the check waits", async () => {
  await renderPane();
  const input = (await screen.findByLabelText("基準日")) as HTMLInputElement;
  fireEvent.change(input, { target: { value: "3/31/2014" } });
  fireEvent.blur(input);
  await screen.findByText(/基準日を 2024-03-31 や 2024年3月31日/);
  expect((screen.getByRole("button", { name: "検証" }) as HTMLButtonElement).disabled).toBe(true);
});

test("before a check the pane says what to do; 検証 shows the findings and their counts", async () => {
  const { service } = await renderPane();
  expect(await screen.findByText(/まだ検証していません/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "検証" }));
  const heading = await screen.findByText(/指摘 \d+ 件/);
  const total = Number(/指摘 (\d+) 件/.exec(heading.textContent!)![1]);
  expect(service.calls).toContain("validate");
  expect(total).toBeGreaterThan(0);
  const groups = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent!);
  const inGroups = groups.reduce((n, g) => n + Number(/（(\d+)）/.exec(g)![1]), 0);
  expect(inGroups).toBe(total);
  expect(screen.getByText("「広報広聴課」は旧課名です。現在は「広報課」です")).toBeTruthy();
  expect(findingRows().length).toBeGreaterThan(0);
  // Once checked, scope and day fold into one line and the button says what it does now.
  expect(screen.getByText("開いているシート・基準日 2014年3月31日（平成26年）")).toBeTruthy();
  expect(screen.queryByLabelText("基準日")).toBeNull();
  expect(screen.getByRole("button", { name: "もう一度検証" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "範囲と基準日を変更" }));
  expect(screen.getByLabelText("基準日")).toBeTruthy();
});

test("errors come first: every error row stands above every warning row, warnings above info", async () => {
  await validated();
  const order = { error: 0, warning: 1, info: 2 } as const;
  const ranks = findingRows().map((li) => order[li.getAttribute("data-severity") as keyof typeof order]);
  expect(new Set(ranks).size).toBeGreaterThan(1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});

test("filtering by severity shows only that severity's findings", async () => {
  await validated();
  const sheetCount = () => findingRows().length;
  const all = sheetCount();
  const errors = Number(/エラー (\d+)/.exec(screen.getByLabelText("件数").textContent!)![1]);
  fireEvent.change(screen.getByLabelText("重要度で絞り込み"), { target: { value: "error" } });
  expect(sheetCount()).toBe(errors);
  expect(errors).toBeLessThan(all);
  const rows = findingRows();
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.textContent).toContain("エラー");
  fireEvent.change(screen.getByLabelText("ルールで絞り込み"), { target: { value: "status-notation" } });
  expect(screen.getByText(/この絞り込みに当てはまる指摘はありません/)).toBeTruthy();
});

test("clicking a finding selects its cell in Excel", async () => {
  const { service } = await validated("status-unknown");
  const row = screen.getAllByRole("button").find((b) => b.getAttribute("data-finding") === "G17")!;
  fireEvent.click(row);
  await waitFor(() => expect(service.fake.data.selection?.address).toBe("G17"));
  expect(service.calls).toContain("select");
});

test("修正 shows old → new first; applying writes it; 元に戻す puts it back", async () => {
  const { service } = await validated("status-unknown");
  const value = () => service.fake.sheet("H25進捗").get(17, 7);
  fireEvent.click(screen.getByRole("button", { name: "修正 H25進捗!G17" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("継続実地")).toBeTruthy();
  expect(within(dialog).getByText("継続実施")).toBeTruthy();
  expect(value()).toBe("継続実地");
  fireEvent.click(within(dialog).getByRole("button", { name: "修正する", hidden: true }));
  await screen.findByText(/1 セルを修正しました/);
  expect(value()).toBe("継続実施");
  const revert = await screen.findByRole("button", { name: "修正を元に戻す（1 セル）" });
  fireEvent.click(revert);
  await screen.findByText(/直前の修正（1 セル）を元に戻しました/);
  expect(value()).toBe("継続実地");
  // Nothing left to revert: the button says so by being disabled.
  await waitFor(() =>
    expect((screen.getByRole("button", { name: "修正を元に戻す" }) as HTMLButtonElement).disabled).toBe(true),
  );
});

test("cancel in the preview changes nothing", async () => {
  const { service } = await validated("status-unknown");
  fireEvent.click(screen.getByRole("button", { name: "修正 H25進捗!G17" }));
  fireEvent.click(
    within(await screen.findByRole("dialog")).getByRole("button", { name: "キャンセル", hidden: true }),
  );
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(service.calls).not.toContain("fix");
  expect(service.fake.sheet("H25進捗").get(17, 7)).toBe("継続実地");
});

test("すべて修正 on a rule previews and fixes every fixable finding of that rule", async () => {
  const { service } = await validated();
  const button = screen
    .getAllByRole("button")
    .find((b) => /^すべて修正（\d+）: /.test(b.getAttribute("aria-label") ?? ""))!;
  // The accessible name starts with the visible label.
  expect(button.getAttribute("aria-label")!.startsWith(button.textContent!)).toBe(true);
  fireEvent.click(button);
  const dialog = await screen.findByRole("dialog");
  const n = within(dialog).getAllByRole("row", { hidden: true }).length - 1;
  expect(n).toBeGreaterThan(0);
  fireEvent.click(within(dialog).getByRole("button", { name: "修正する", hidden: true }));
  await screen.findByText(new RegExp(`${n} セルを修正しました`));
  expect(service.calls).toContain("fixAll");
});

test("色付けを解除 restores the fills and says how many", async () => {
  const { service } = await validated();
  fireEvent.click(screen.getByRole("button", { name: "色付けを解除" }));
  const msg = await screen.findByText(/セルの色を元に戻しました/);
  expect(Number(/(\d+) セル/.exec(msg.textContent!)![1])).toBeGreaterThan(0);
  expect(service.calls).toContain("clearHighlights");
});

test("修正を元に戻す is disabled while the workbook holds no fix to revert", async () => {
  const { service } = await validated();
  const button = screen.getByRole("button", { name: "修正を元に戻す" }) as HTMLButtonElement;
  expect(button.disabled).toBe(true);
  expect(service.calls).not.toContain("revertLastFix");
});

test("an error from Excel is shown as the layer's message", async () => {
  const { service } = await validated();
  // Excel refuses the selection of a sheet that has gone meanwhile.
  service.fake.data.sheets = service.fake.data.sheets.filter((s) => s.name !== "H25進捗");
  fireEvent.click(findingRows()[0].querySelector("button[data-finding]")!);
  expect(
    await screen.findByText(/H25進捗/, { selector: ".fui-MessageBarBody *, .fui-MessageBarBody" }),
  ).toBeTruthy();
  expect(service.calls).toContain("select");
});

test("the pane opened after a check from the ribbon shows that check's result", async () => {
  const first = await renderPane();
  fireEvent.click(await screen.findByRole("button", { name: "検証" }));
  await screen.findByText(/指摘 \d+ 件/);
  const fake = first.service.fake;
  first.unmount();
  // A new pane over the same workbook, as when the pane is opened after the ribbon's シートを検証.
  const { render } = await import("@testing-library/react");
  const { App } = await import("../../src/taskpane/App");
  const { webLightTheme } = await import("@fluentui/react-components");
  const { fakeService } = await import("./fakeService");
  render(<App service={fakeService(fake)} lang="ja" theme={webLightTheme} />);
  expect(await screen.findByText(/「H25進捗」の検証結果を表示しています/)).toBeTruthy();
  expect(screen.queryByText(/まだ検証していません/)).toBeNull();
  expect(findingRows().length).toBeGreaterThan(0);
});
