/** @jest-environment jsdom */
// レイアウト, 集計 and 設定 tabs over the fake Excel with a fixture workbook; English when asked.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { renderPane } from "./render";

async function checkThenTab(tab: string) {
  const view = await renderPane();
  fireEvent.click(await screen.findByRole("button", { name: "検証" }));
  await screen.findByText(/指摘 \d+ 件/);
  fireEvent.click(screen.getByRole("tab", { name: tab }));
  return view;
}

test("レイアウト before a check says how to get there", async () => {
  await renderPane();
  fireEvent.click(await screen.findByRole("tab", { name: "レイアウト" }));
  expect(screen.getByText(/まだ検証していません。「検証」タブで検証すると/)).toBeTruthy();
});

test("レイアウト shows the layout, columns and roles; a role override is saved in the workbook", async () => {
  const { service } = await checkThenTab("レイアウト");
  const sheet = screen.getByRole("region", { name: "H25進捗" });
  expect(within(sheet).getByText(/^様式: 表形式 ・ 取組 \d+ 件$/)).toBeTruthy();
  const select = within(sheet).getAllByRole("combobox")[0] as HTMLSelectElement;
  const letter = /^H25進捗 ([A-Z]+)列の役割$/.exec(select.getAttribute("aria-label")!)![1];
  // Columns are named as columns (列 C), not cells; each header is written out whole.
  expect(within(sheet).getByText(`列 ${letter}`)).toBeTruthy();
  fireEvent.change(select, { target: { value: "other" } });
  fireEvent.click(screen.getByRole("button", { name: "役割を保存" }));
  await screen.findByText(/列の役割を保存しました/);
  expect((await service.loadSettings()).roles).toEqual({ H25進捗: { [letter]: "other" } });
});

test("集計 builds the summary sheets and shows, per policy, its first figures, a bar and its values", async () => {
  const { service } = await checkThenTab("集計");
  expect(screen.getByText(/集計はまだありません/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "集計シートを作成・更新" }));
  await screen.findByText(/集計シートを作成しました: 集計_方針別/);
  expect(service.fake.data.byName("集計_方針別")).toBeTruthy();
  const cards = [...document.querySelectorAll<HTMLElement>("li[data-policy]")];
  expect(cards.length).toBeGreaterThan(1);
  for (const card of cards) {
    // 件数, 未実施, 期限超過, 実施率 first.
    const terms = [...card.querySelectorAll("dt")].map((d) => d.textContent);
    expect(terms).toEqual(["件数", "未実施", "期限超過", "実施率"]);
    // Every bar segment has its value written beside the bar, and no state without items is drawn.
    const values = [...card.querySelectorAll(":scope > ul li")].map((li) => li.textContent!);
    const segments = [...card.querySelectorAll("svg rect[data-state]")].map((r) =>
      r.getAttribute("data-state")!,
    );
    expect(values.length).toBe(segments.length);
    for (const v of values) expect(Number(/ (\d+)$/.exec(v)![1])).toBeGreaterThan(0);
  }
  // Coloured by meaning with the highlight colours: not done and overdue as errors, partly as warnings.
  const want: Record<string, string> = {
    notDone: SEVERITY_FILL.error,
    overdue: SEVERITY_FILL.error,
    partly: SEVERITY_FILL.warning,
    unclear: SEVERITY_FILL.warning,
  };
  const rects = [...document.querySelectorAll("rect[data-state]")];
  expect(rects.some((r) => r.getAttribute("data-state") === "notDone")).toBe(true);
  for (const r of rects) {
    const state = r.getAttribute("data-state")!;
    if (want[state])
      expect({ state, fill: r.getAttribute("data-fill") }).toEqual({ state, fill: want[state] });
    // The fill drawn is the state's pattern, laid on that colour.
    const pattern = document.getElementById(`state-${state}`)!;
    expect(pattern.querySelector("rect")!.getAttribute("fill")).toBe(r.getAttribute("data-fill"));
  }
  // The whole table is there on demand.
  const table = screen.getByRole("table");
  expect(within(table).getAllByRole("row").length).toBeGreaterThan(2);
});

test("設定 names the department list's sheet as people call it, not by an internal value", async () => {
  await checkThenTab("設定");
  expect(screen.getByText("シート「課一覧」")).toBeTruthy();
  expect(screen.queryByText(/sheet:/)).toBeNull();
});

test("設定 edits the department list, words, a rule and live mode, and saves them", async () => {
  const { service } = await renderPane();
  fireEvent.click(await screen.findByRole("tab", { name: "設定" }));
  expect(screen.getByText("検証すると表示されます")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "課を追加" }));
  fireEvent.change(screen.getByLabelText("課名"), { target: { value: "広報課" } });
  fireEvent.change(screen.getByLabelText("旧名称（読点またはカンマ区切り）"), {
    target: { value: "広報広聴課、広聴課" },
  });
  fireEvent.click(screen.getByRole("button", { name: "語を追加" }));
  fireEvent.change(screen.getByLabelText("語"), { target: { value: "済み" } });
  fireEvent.change(screen.getByLabelText("状況欄に語彙にない語が書かれている"), { target: { value: "off" } });
  fireEvent.click(screen.getByRole("switch"));
  fireEvent.click(screen.getByRole("button", { name: "設定を保存" }));
  await screen.findByText("設定を保存しました。");
  const saved = await service.loadSettings();
  expect(saved.departments).toEqual([{ name: "広報課", aliases: ["広報広聴課", "広聴課"] }]);
  expect(saved.words).toEqual([{ word: "済み", category: "done" }]);
  expect(saved.rules).toEqual({ "status-unknown": "off" });
  expect(saved.live).toBe(true);
  await waitFor(() => expect(service.calls).toContain("setLive"));
  await service.setLive(false);
});

test("English display language: the pane speaks English", async () => {
  await renderPane("kumamoto-progress.xlsx", "en");
  expect(await screen.findByText(/Review year: FY2013 \(平成25年度\)/)).toBeTruthy();
  expect((screen.getByLabelText("Review date") as HTMLInputElement).value).toBe("31 March 2014 (Heisei 26)");
  fireEvent.click(await screen.findByRole("button", { name: "Check" }));
  await screen.findByText(/\d+ findings/);
  expect(screen.getByRole("tab", { name: "Settings" })).toBeTruthy();
  // English brackets and plurals, never full-width ones.
  expect(document.body.textContent).not.toMatch(/[（）]/);
  expect(document.body.textContent).not.toMatch(/\b1 (cells|findings|items)\b/);
});

test("設定 saves the indicator grade thresholds as percents, and refuses B above A", async () => {
  const { service } = await renderPane();
  fireEvent.click(await screen.findByRole("tab", { name: "設定" }));
  expect((screen.getByLabelText("A の下限（%）") as HTMLInputElement).value).toBe("100");
  fireEvent.change(screen.getByLabelText("B の下限（%）"), { target: { value: "120" } });
  fireEvent.click(screen.getByRole("button", { name: "設定を保存" }));
  await screen.findByText(/A ≥ B ≥ C にしてください/);
  expect((await service.loadSettings()).grades).toEqual({ a: 1, b: 0.8, c: 0 });
  fireEvent.change(screen.getByLabelText("B の下限（%）"), { target: { value: "９０" } });
  fireEvent.click(screen.getByRole("button", { name: "設定を保存" }));
  await screen.findByText("設定を保存しました。");
  expect((await service.loadSettings()).grades).toEqual({ a: 1, b: 0.9, c: 0 });
});
