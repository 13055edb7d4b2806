/** @jest-environment jsdom */
// 検証 tab: check, counts, filters, select, fix with preview, fix all, undo, clear.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AS_OF, renderPane } from "./render";

async function validated(rule = "") {
  const view = await renderPane();
  const button = await screen.findByRole("button", { name: "検証" });
  fireEvent.click(button);
  await screen.findByText(/指摘 \d+ 件/);
  // The list renders only the rows in view: narrow it to the rule a test works on.
  if (rule) fireEvent.change(screen.getByLabelText("ルールで絞り込み"), { target: { value: rule } });
  return view;
}

// Fluent's dialog is briefly aria-hidden while tabster sets up its modal trap in jsdom: queries
// inside it pass hidden: true (the browser test checks the dialog's accessibility for real).
const findingRows = () =>
  screen.getAllByRole("listitem").filter((li) => li.querySelector("button[data-finding]"));

test("the as-of date from the settings shows its review year in the Japanese era", async () => {
  await renderPane();
  const input = (await screen.findByLabelText("基準日")) as HTMLInputElement;
  expect(input.value).toBe(AS_OF);
  expect(screen.getByText("検証する年度: 平成25年度（2013年度）")).toBeTruthy();
  fireEvent.change(input, { target: { value: "2024-04-01" } });
  expect(screen.getByText("検証する年度: 令和6年度（2024年度）")).toBeTruthy();
});

test("before a check the pane says what to do; 検証 shows the findings and their counts", async () => {
  const { service } = await renderPane();
  expect(await screen.findByText(/まだ検証していません/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "検証" }));
  const heading = await screen.findByText(/指摘 \d+ 件/);
  const total = Number(/指摘 (\d+) 件/.exec(heading.textContent!)![1]);
  expect(service.calls).toContain("validate");
  expect(total).toBeGreaterThan(0);
  expect(screen.getByText("H25進捗（" + total + "）")).toBeTruthy();
  expect(screen.getByText("「広報広聴課」は旧課名です。現在は「広報課」です")).toBeTruthy();
  expect(findingRows().length).toBeGreaterThan(0);
});

test("filtering by severity shows only that severity's findings", async () => {
  await validated();
  const sheetCount = () => Number(/（(\d+)）/.exec(screen.getByText(/^H25進捗（/).textContent!)![1]);
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
  fireEvent.click(screen.getByRole("button", { name: "元に戻す" }));
  await screen.findByText(/直前の修正（1 セル）を元に戻しました/);
  expect(value()).toBe("継続実地");
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
    .find((b) => /^「.*」をすべて修正$/.test(b.getAttribute("aria-label") ?? ""))!;
  fireEvent.click(button);
  const dialog = await screen.findByRole("dialog");
  const n = within(dialog).getAllByRole("row", { hidden: true }).length - 1;
  expect(n).toBeGreaterThan(0);
  fireEvent.click(within(dialog).getByRole("button", { name: "修正する", hidden: true }));
  await screen.findByText(new RegExp(`${n} セルを修正しました`));
  expect(service.calls).toContain("fixAll");
});

test("ハイライト解除 restores the fills and says how many", async () => {
  const { service } = await validated();
  fireEvent.click(screen.getByRole("button", { name: "ハイライト解除" }));
  const msg = await screen.findByText(/セルの色を元に戻しました/);
  expect(Number(/(\d+) セル/.exec(msg.textContent!)![1])).toBeGreaterThan(0);
  expect(service.calls).toContain("clearHighlights");
});

test("an error from Excel is shown as the layer's message", async () => {
  const { service } = await validated();
  fireEvent.click(screen.getByRole("button", { name: "元に戻す" }));
  expect(await screen.findByText(/元に戻せる修正がありません/)).toBeTruthy();
  expect(service.calls).toContain("revertLastFix");
});
