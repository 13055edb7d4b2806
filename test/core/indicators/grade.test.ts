// Indicator grades on workbooks the test builds: direction, 達成率 and grade A–D (docs/indicators.md).
// Every expected rate is worked out by hand in the comment beside it.

import type { SheetReport } from "../../../src/core/check";
import type { CellInput } from "../../helpers/workbook";
import { checkOne } from "../../helpers/workbook";

/** One indicator table: 検証指標 | 単位 | then the given value columns; one row per indicator. */
async function graded(
  headers: string[],
  rows: CellInput[][],
  asOf: string,
  gradeThresholds?: { a: number; b: number; c: number },
): Promise<SheetReport> {
  return checkOne(
    { name: "指標", rows: [["検証指標", "単位", ...headers], ...rows] },
    { asOf, ...(gradeThresholds ? { gradeThresholds } : {}) },
  );
}

/** Name, direction, and the headline's actual, rate (4 decimals) and grade of each indicator. */
function headlines(report: SheetReport) {
  return (report.indicators ?? []).map((g) => ({
    name: g.indicator.name,
    direction: g.direction,
    actual: g.headline?.actual?.cell.address ?? null,
    rate: g.headline?.rate == null ? null : Math.round(g.headline.rate * 10000) / 10000,
    grade: g.headline?.grade ?? null,
  }));
}

// FY2021 (令和3年度) closed: as of its year-end.
const R3_END = "2022-03-31";
const YEARLY = ["基準値(H30)", "目標値(R5)", "実績値(R1)", "実績値(R2)", "実績値(R3)"];

describe("direction and 達成率", () => {
  test("increasing and decreasing indicators, graded A to D with the latest actual", async () => {
    const report = await graded(
      YEARLY,
      [
        // (50 − 40) / (60 − 40) = 0.5 → C; the latest actual up to R3 is R2's (R3 is empty).
        ["参加者の割合", "%", 40, 60, 42, 50, null],
        // (18.5 − 10) / (20 − 10) = 0.85 → B
        ["協働事業数", "件", 10, 20, 12, 15, 18.5],
        // (60 − 40) / (60 − 40) = 1 → A
        ["登録団体数", "団体", 40, 60, 50, 55, 60],
        // lower is better: (150 − 177) / (100 − 177) = −27 / −77 = 0.3506 → C
        ["事務処理ミス件数", "件", 177, 100, 170, 160, 150],
        // (90 − 177) / (100 − 177) = −87 / −77 = 1.1299 → A
        ["苦情件数", "件", 177, 100, 170, 120, 90],
        // (190 − 177) / (100 − 177) = 13 / −77 = −0.1688 → D (worse than the baseline)
        ["事故件数", "件", 177, 100, 180, 185, 190],
      ],
      R3_END,
    );
    expect(headlines(report)).toEqual([
      { name: "参加者の割合", direction: "up", actual: "F2", rate: 0.5, grade: "C" },
      { name: "協働事業数", direction: "up", actual: "G3", rate: 0.85, grade: "B" },
      { name: "登録団体数", direction: "up", actual: "G4", rate: 1, grade: "A" },
      { name: "事務処理ミス件数", direction: "down", actual: "G5", rate: 0.3506, grade: "C" },
      { name: "苦情件数", direction: "down", actual: "G6", rate: 1.1299, grade: "A" },
      { name: "事故件数", direction: "down", actual: "G7", rate: -0.1688, grade: "D" },
    ]);
  });

  test("only actuals at or before the review year count", async () => {
    // As of FY2020 (R2) the R3 column is the future: (15 − 10) / (20 − 10) = 0.5 → C.
    const report = await graded(YEARLY, [["協働事業数", "件", 10, 20, 12, 15, 20]], "2020-06-01");
    expect(headlines(report)).toEqual([
      { name: "協働事業数", direction: "up", actual: "F2", rate: 0.5, grade: "C" },
    ]);
  });

  test("no actual yet: no rate, no grade", async () => {
    const report = await graded(YEARLY, [["協働事業数", "件", 10, 20, null, null, null]], R3_END);
    expect(headlines(report)).toEqual([
      { name: "協働事業数", direction: "up", actual: null, rate: null, grade: null },
    ]);
  });

  test("numbers written as text with units are read as numbers", async () => {
    const report = await graded(
      YEARLY,
      [
        // (1234 − 1000) / (1500 − 1000) = 234 / 500 = 0.468 → C
        ["相談件数", "件", "1,000件", 1500, null, null, "1,234件"],
        // (50 − 40) / (60 − 40) = 0.5 → C
        ["満足度", "%", 40, 60, null, "約50%", null],
        // (50 − 40) / (55 − 40) = 10 / 15 = 0.6667 → C
        ["認知度", "%", 40, "５５％", null, null, "５０％"],
      ],
      R3_END,
    );
    expect(headlines(report).map((h) => [h.rate, h.grade])).toEqual([
      [0.468, "C"],
      [0.5, "C"],
      [0.6667, "C"],
    ]);
  });

  test("a target equal to the baseline: no rate, reached (A) or worse (D)", async () => {
    const report = await graded(
      [...YEARLY, "方向"],
      [
        // keep at least 5 (no word: higher is better): 5 reached → A
        ["維持する指標", "件", 5, 5, null, null, 5, null],
        // 4 < 5 → not reached, worse than the baseline → D
        ["下回った指標", "件", 5, 5, null, null, 4, null],
        // the direction column says lower is better: 4 ≤ 5 reached → A
        ["減らす指標", "件", 5, 5, null, null, 4, "↓"],
      ],
      R3_END,
    );
    expect(headlines(report)).toEqual([
      { name: "維持する指標", direction: "up", actual: "G2", rate: null, grade: "A" },
      { name: "下回った指標", direction: "up", actual: "G3", rate: null, grade: "D" },
      { name: "減らす指標", direction: "down", actual: "G4", rate: null, grade: "A" },
    ]);
    expect(report.indicators!.map((g) => g.headline!.reached)).toEqual([true, false, true]);
  });

  test("a target written as a direction word (減少) grades reached or not against the baseline", async () => {
    const report = await graded(
      YEARLY,
      [
        ["事務処理ミス件数", "件", 177, "減少", null, null, 150], // 150 < 177: reached → A
        ["不祥事件数", "件", 10, "減少", null, null, 10], // 10 = 10: not reached, not worse → C
        ["苦情件数", "件", 50, "減少", null, null, 60], // 60 > 50: worse → D
      ],
      R3_END,
    );
    expect(headlines(report).map((h) => [h.direction, h.rate, h.grade])).toEqual([
      ["down", null, "A"],
      ["down", null, "C"],
      ["down", null, "D"],
    ]);
  });

  test("a direction word in the target header wins over the numbers", async () => {
    // 目標値（↓） with the target above the baseline: the word says lower is better.
    const report = await graded(
      ["基準値(H30)", "目標値（↓）(R5)", "実績値(R3)"],
      [["待機児童数", "人", 10, 10, 8]],
      R3_END,
    );
    // target = baseline, lower is better: 8 ≤ 10 → reached → A
    expect(headlines(report)).toEqual([
      { name: "待機児童数", direction: "down", actual: "E2", rate: null, grade: "A" },
    ]);
  });
});

describe("mid-term targets", () => {
  const headers = ["基準値(H30)", "中間目標(R2)", "目標値(R5)", "実績値(R1)", "実績値(R2)", "実績値(R3)"];
  const row: CellInput[] = ["市民活動団体数", "団体", 0, 50, 100, 20, 40, 70];

  test("graded against the year they name; the target in force is the next one due", async () => {
    const report = await graded(headers, [row], R3_END);
    const g = report.indicators![0];
    // Mid-term R2 with R2's actual: (40 − 0) / (50 − 0) = 0.8 → B.
    // Final R5 with R3's actual (the latest up to FY2021): (70 − 0) / (100 − 0) = 0.7 → C.
    expect(
      g.assessments.map((a) => [a.target.mid, a.target.year, a.actual?.cell.address, a.rate, a.grade]),
    ).toEqual([
      [true, 2020, "G2", 0.8, "B"],
      [false, 2023, "H2", 0.7, "C"],
    ]);
    expect(g.headline).toBe(g.assessments[1]);
  });

  test("before its year has passed the mid-term target is the one in force", async () => {
    // As of FY2020 (R2): the mid-term target R2 is due, with R2's actual: 40 / 50 = 0.8 → B.
    const report = await graded(headers, [row], "2021-03-31");
    expect(report.indicators![0].headline).toMatchObject({ rate: 0.8, grade: "B", target: { mid: true } });
  });
});

describe("thresholds", () => {
  test("the settings' thresholds decide the grades", async () => {
    // (18.5 − 10) / (20 − 10) = 0.85: B by default, C when B needs 90%; (19.5 − 10) / 10 = 0.95 → B.
    const rows: CellInput[][] = [
      ["協働事業数", "件", 10, 20, null, null, 18.5],
      ["登録団体数", "件", 10, 20, null, null, 19.5],
    ];
    expect(headlines(await graded(YEARLY, rows, R3_END)).map((h) => h.grade)).toEqual(["B", "B"]);
    const strict = await graded(YEARLY, rows, R3_END, { a: 1, b: 0.9, c: 0 });
    expect(headlines(strict).map((h) => h.grade)).toEqual(["C", "B"]);
  });
});

describe("percentages stored as fractions", () => {
  test("a whole number among fractions is read as a percentage", async () => {
    // Unit %, values 0.4 and 0.6 as Excel stores 40% and 60%; 55 means 0.55: (0.55 − 0.4) / (0.6 − 0.4) = 0.75 → C.
    const report = await graded(YEARLY, [["参加率", "%", 0.4, 0.6, 0.45, null, 55]], R3_END);
    expect(headlines(report)).toEqual([
      { name: "参加率", direction: "up", actual: "G2", rate: 0.75, grade: "C" },
    ]);
  });
});

describe("headers", () => {
  test("a target column titled only 目標 and an actual titled 実績 are read by their words", async () => {
    const report = await graded(
      ["基準値", "目標(R5)", "実績(R3)"],
      [
        ["相談件数", "件", 10, 20, 15], // (15 − 10) / (20 − 10) = 0.5 → C
        ["講座数", "回", 10, 20, 19], // (19 − 10) / (20 − 10) = 0.9 → B
        ["登録数", "件", 10, 20, 21], // (21 − 10) / (20 − 10) = 1.1 → A
      ],
      R3_END,
    );
    expect(report.items.map((i) => i.path)).toEqual([[], [], []]);
    expect(headlines(report).map((h) => [h.rate, h.grade])).toEqual([
      [0.5, "C"],
      [0.9, "B"],
      [1.1, "A"],
    ]);
  });
});
