// The state sheet's rows: round trip, hand edits, and settings turned into check options.

import { checkWorkbook } from "../../src/core/check";
import { checkOptionsFromSettings, defaultSettings } from "../../src/core/settings";
import { emptyState, stateFromRows, stateToRows, STATE_FORMAT, type AddinState } from "../../src/core/state";
import { snapshotsOf } from "../helpers/fixtures";

function sample(): AddinState {
  const state = emptyState();
  state.settings = {
    asOf: "2014-03-31",
    departments: [{ name: "市民協働課", aliases: ["市民共働課", "旧協働課"] }],
    words: [{ word: "実地", category: "doing" }],
    rules: { "item-due": "off", "status-notation": "error" },
    roles: { 取組計画: { E: "department" } },
    live: true,
    grades: { a: 1.1, b: 0.9, c: 0.05 },
  };
  state.highlights = [
    { sheet: "取組計画", cell: "H11", original: { pattern: "None", color: "#FFFFFF" }, applied: "#FFC7CE" },
    {
      sheet: "'quoted' sheet",
      cell: "B2",
      original: { pattern: "Gray25", color: "#D9E1F2", patternColor: "#000000" },
      applied: "#FFEB9C",
    },
  ];
  state.lastFix = [
    { sheet: "取組計画", cell: "H11", oldValue: "実地", newValue: "実施" },
    { sheet: "S", cell: "C3", oldValue: 12, newValue: "=text", oldNumberFormat: "General" },
    { sheet: "S", cell: "C4", oldValue: null, newValue: "x" },
  ];
  state.createdSheets = ["集計_方針別"];
  return state;
}

test("state → rows → state is the same, with no problems", () => {
  const rows = stateToRows(sample());
  expect(rows[0]).toEqual([STATE_FORMAT, "1"]);
  expect(rows.every((r) => r.every((c) => typeof c === "string"))).toBe(true);
  expect(stateFromRows(rows)).toEqual({ state: sample(), problems: [] });
});

test("hand-edited rows that do not parse are skipped with a reason, the rest is kept", () => {
  const rows = [
    ...stateToRows(sample()),
    ["asOf", "2014-02-30"],
    ["word", "新語", "maybe"],
    ["rule", "no-such-rule", "off"],
    ["rule", "item-due", "loud"],
    ["role", "S", "E", "boss"],
    ["grades", "80", "100", "0"],
    ["grades", "100", "80"],
    ["fill", "S", "not-a-cell", "None", "#FFFFFF", "", "#FFC7CE"],
    ["fill", "S", "A1", "Solid", "red", "", "#FFC7CE"],
    ["fix", "S", "A1", "x", "number", "y", ""],
    ["something", "else"],
    [null, null],
  ];
  const { state, problems } = stateFromRows(rows);
  expect(state).toEqual(sample());
  expect(problems.map((p) => p.row)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
  for (const p of problems) expect(p.reason.ja.length * p.reason.en.length).toBeGreaterThan(0);
  expect(problems[0].reason.en).toContain("2014-02-30");
});

test("numbers typed into the sheet by hand read as text", () => {
  const { state } = stateFromRows([
    [STATE_FORMAT, 1],
    ["rule", "item-due", "off"],
    ["word", 123, "plan"],
  ]);
  expect(state.settings.words).toEqual([{ word: "123", category: "plan" }]);
  expect(state.settings.rules).toEqual({ "item-due": "off" });
});

test("settings become check options: vocabulary, master, rules, role overrides, as-of", async () => {
  expect(checkOptionsFromSettings(defaultSettings())).toEqual({
    rules: {},
    roleOverrides: {},
    gradeThresholds: { a: 1, b: 0.8, c: 0 },
  });
  const sheets = (await snapshotsOf("kumamoto-plan.xlsx")).filter((s) => s.name !== "課一覧");
  const before = checkWorkbook(sheets, { asOf: "2014-03-31" });
  const rulesOf = (r: typeof before) => r.sheets[0].findings.map((f) => `${f.cell} ${f.rule} ${f.severity}`);
  expect(rulesOf(before)).toContain("H11 status-unknown error");
  const opts = checkOptionsFromSettings(sample().settings);
  expect(opts.asOf).toBe("2014-03-31");
  expect(opts.master?.source).toBe("settings");
  const after = checkWorkbook(sheets, { asOf: "2014-03-31", ...opts });
  expect(rulesOf(after)).not.toContain("H11 status-unknown error");
  expect(rulesOf(after)).toContain("H27 status-notation error");
  expect(rulesOf(after).some((r) => r.startsWith("E24 department-renamed"))).toBe(true);
});

test("grade thresholds are saved as whole percents, and only when they are not the defaults", () => {
  const state = emptyState();
  expect(stateToRows(state).some((r) => r[0] === "grades")).toBe(false);
  state.settings.grades = { a: 1.1, b: 0.9, c: 0.05 };
  expect(stateToRows(state).find((r) => r[0] === "grades")).toEqual(["grades", "110", "90", "5"]);
  expect(stateFromRows([["grades", "120", "85", "-10"]]).state.settings.grades).toEqual({
    a: 1.2,
    b: 0.85,
    c: -0.1,
  });
});
