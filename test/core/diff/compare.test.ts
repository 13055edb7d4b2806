// 前年度比較 over pairs of real workbooks: each kind of change reported once, and nothing else.

import type { CheckOptions } from "../../../src/core/check";
import { compareWorkbooks, type DiffFinding } from "../../../src/core/diff/compare";
import {
  cellOf,
  COL,
  item,
  LAST,
  LAST_AS_OF,
  planSheet,
  SAFE,
  THIS_AS_OF,
  thisYear,
  type ItemSpec,
  type Placement,
} from "../../helpers/diffBooks";
import { checkFixture, expectedFixtures } from "../../helpers/fixtures";
import { checkBuilt } from "../../helpers/workbook";

async function compare(
  last: ItemSpec[],
  now: ItemSpec[],
  at: { last?: Placement; now?: Placement } = {},
  rules?: CheckOptions["rules"],
) {
  const l = await checkBuilt([planSheet(last, at.last)], { asOf: LAST_AS_OF });
  const t = await checkBuilt([planSheet(now, at.now)], { asOf: THIS_AS_OF });
  return compareWorkbooks(l, t, { rules });
}

const brief = (f: DiffFinding) => ({
  rule: f.rule,
  messageId: f.messageId,
  book: f.book,
  cell: f.cell,
  last: f.last?.cell,
});

describe("compareWorkbooks", () => {
  test("each change is reported once, and nothing else", async () => {
    const out = await compare(LAST, thisYear());
    expect(out.findings.map(brief)).toEqual([
      {
        rule: "diff-plan-rewritten",
        messageId: "rewritten",
        book: "this",
        cell: cellOf(0, COL.plan[0]),
        last: cellOf(0, COL.plan[0]),
      },
      { rule: "diff-added", messageId: "added", book: "this", cell: cellOf(1, 1), last: undefined },
      {
        rule: "diff-regressed",
        messageId: "regressed",
        book: "this",
        cell: cellOf(3, COL.actual[1]),
        last: cellOf(1, COL.actual[1]),
      },
      { rule: "diff-added", messageId: "added", book: "this", cell: cellOf(5, 1), last: undefined },
      {
        rule: "diff-department",
        messageId: "changed",
        book: "this",
        cell: cellOf(7, COL.department),
        last: cellOf(8, COL.department),
      },
      {
        rule: "diff-result-changed",
        messageId: "changed",
        book: "this",
        cell: cellOf(8, COL.result),
        last: cellOf(9, COL.result),
      },
      { rule: "diff-dropped", messageId: "dropped", book: "last", cell: cellOf(3, 1), last: undefined },
      { rule: "diff-dropped", messageId: "dropped", book: "last", cell: cellOf(6, 1), last: undefined },
    ]);
    expect(out).toMatchObject({ paired: 7, dropped: 3, added: 2 });
    const text = out.findings.map((f) => [f.message, f.messageEn]);
    expect(text[0]).toEqual([
      "終わった年度（令和5年度）の計画が、前年度のブックの「実施」から「検討」に書き換えられています",
      'The plan for FY2023, a year already over, said "実施" in last year\'s workbook and now says "検討"',
    ]);
    expect(text[2][0]).toBe("令和6年度の実績が、前年度のブックの「完了」から「実施」に後戻りしています");
    expect(text[4][0]).toBe("担当課が前年度のブックの「子育て支援課」から「こども家庭課」に変わっています");
    expect(text[6][0]).toBe(
      "前年度の「空き家対策の推進」（1 安全・安心なまち）が今年度のブックにありません。前年度の実績に完了・中止の記録がありません",
    );
    for (const [ja, en] of text) {
      expect(ja).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
    }
  });

  test("a pair that is the same workbook gives no findings", async () => {
    const out = await compare(LAST, LAST);
    expect(out.findings).toEqual([]);
    expect(out).toMatchObject({ paired: LAST.length, dropped: 0, added: 0 });
  });

  test("rows above the table and columns shifted in this year's give the same findings, moved", async () => {
    const at = { above: 2, left: 3 };
    const plain = await compare(LAST, thisYear());
    const moved = await compare(LAST, thisYear(), { now: at });
    const shift = (cell: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return cellOf(Number(m[2]) - 3, col, at);
    };
    expect(moved.findings.map(brief)).toEqual(
      plain.findings.map((f) => ({ ...brief(f), cell: f.book === "this" ? shift(f.cell) : f.cell })),
    );
    expect(moved.findings.map((f) => f.message)).toEqual(plain.findings.map((f) => f.message));
  });

  test("titles that differ only by a number are different items", async () => {
    const pairs = [
      ["第一期計画の策定", "第二期計画の策定"],
      ["地域福祉計画Ⅰの推進", "地域福祉計画Ⅱの推進"],
      ["(1)啓発活動の実施", "(2)啓発活動の実施"],
      ["公園整備事業A", "公園整備事業B"],
    ];
    for (const [before, after] of pairs) {
      const out = await compare([item(SAFE, before, "公園課")], [item(SAFE, after, "公園課")]);
      expect([before, out.findings.map((f) => f.rule)]).toEqual([before, ["diff-added", "diff-dropped"]]);
    }
  });

  test("one number written two ways, widths and spaces are one item", async () => {
    const pairs = [
      ["第一期計画の策定", "第1期計画の策定"],
      ["ICTを活用した窓口サービス", "ＩＣＴを活用した 窓口サービス"],
      ["市民との協働の取り組み", "市民との協働の取組"],
    ];
    for (const [before, after] of pairs) {
      const out = await compare([item(SAFE, before, "公園課")], [item(SAFE, after, "公園課")]);
      expect([before, out.findings]).toEqual([before, []]);
    }
  });

  test("an item with two partners as good as each other is never paired by a guess", async () => {
    const last = [item(SAFE, "公園の維持管理の推進", "公園課"), item(SAFE, "公園の維持管理の充実", "公園課")];
    const now = [item(SAFE, "公園の維持管理の促進", "公園課")];
    const out = await compare(last, now);
    expect(out.findings.map((f) => [f.rule, f.book])).toEqual([
      ["diff-added", "this"],
      ["diff-dropped", "last"],
      ["diff-dropped", "last"],
    ]);
  });

  test("a rewritten title of another department or plan is another item", async () => {
    const last = [
      item(SAFE, "防災訓練", "危機管理課"),
      item(SAFE, "地域の見守り活動", "福祉課"),
      item(SAFE, "健康教室", "健康推進課"),
    ];
    const otherDept = [last[0], item(SAFE, "見守りネットワーク", "長寿課"), last[2]];
    const otherPlan = [
      last[0],
      item(SAFE, "見守りネットワーク", "福祉課", { plan: ["検討", "実施", "実施"] }),
      last[2],
    ];
    for (const now of [otherDept, otherPlan])
      expect((await compare(last, now)).findings.map((f) => f.rule)).toEqual(["diff-added", "diff-dropped"]);
  });

  test("an item gone after its actual said done or 中止 is not reported", async () => {
    const last = [
      item(SAFE, "防災訓練", "危機管理課", { actual: ["実施", "完了", null] }),
      item(SAFE, "防犯パトロール", "生活安全課", { actual: ["実施", "中止", null] }),
      item(SAFE, "防犯カメラ", "生活安全課", { actual: ["実施", "延期", null] }),
    ];
    const out = await compare(last, []);
    expect(out.findings.map((f) => [f.rule, f.value])).toEqual([["diff-dropped", "防犯カメラ"]]);
  });

  test("changes of a year not over when last year's workbook was reviewed are not rewrites", async () => {
    const last = [item(SAFE, "防災訓練", "危機管理課", { plan: ["実施", "実施", "実施"] })];
    const now = [item(SAFE, "防災訓練", "危機管理課", { plan: ["実施", "検討", "完了"] })];
    expect((await compare(last, now)).findings).toEqual([]);
  });

  test("an arrow and the word it continues are one plan", async () => {
    const last = [item(SAFE, "防災訓練", "危機管理課", { plan: ["実施", "実施", "実施"] })];
    const now = [item(SAFE, "防災訓練", "危機管理課", { plan: ["実施", "→", "→"] })];
    expect((await compare(last, now)).findings).toEqual([]);
  });

  test("rules are turned off and their severity set like the checker's", async () => {
    const out = await compare(LAST, thisYear(), {}, { "diff-added": "off", "diff-dropped": "error" });
    expect(out.findings.some((f) => f.rule === "diff-added")).toBe(false);
    expect(out.findings.filter((f) => f.rule === "diff-dropped").map((f) => f.severity)).toEqual([
      "error",
      "error",
    ]);
  });
});

describe("compareWorkbooks over the fixtures", () => {
  test.each(expectedFixtures().map((e) => [e.workbook, e] as const))(
    "%s compared with itself: every item paired, no findings",
    async (_name, e) => {
      const report = await checkFixture(e.workbook, { asOf: e.asOf });
      const out = compareWorkbooks(report, report);
      expect(out.findings).toEqual([]);
      expect(out.dropped + out.added).toBe(0);
      const items = report.sheets
        .filter((s) => !s.list && s.layout !== "none")
        .reduce((n, s) => n + s.items.length, 0);
      expect(out.paired).toBe(items);
    },
  );
});
