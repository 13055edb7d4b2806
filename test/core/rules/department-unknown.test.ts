import { masterFromNames } from "../../../src/core/departments";
import type { CellInput } from "../../helpers/workbook";
import { ruleTester } from "./ruleTester";

const MASTER = {
  name: "課一覧",
  rows: [
    ["課名"],
    ["協働推進課"],
    ["広報課"],
    ["人事課(人材育成センター)"],
    ["総務企画課"],
    ["区役所"],
    ["市民課・国保年金課"],
    ["市政課"],
    ["市税課"],
  ],
};

function plan(...departments: CellInput[]): CellInput[][] {
  return [["取組", "担当課", "H24", "H25"], ...departments.map((d, i) => [`取組${i + 1}`, d, "実施", "⇒"])];
}

/** Without a master: 市民協働課 ×12 and one 市民共働課. */
const frequent = plan(...Array<CellInput>(12).fill("市民協働課"), "市民共働課");

/** A master kept as people keep it: a title, a date, empty rows and columns around the list. */
const MASTER_WITH_TITLE = {
  name: "課一覧",
  rows: [
    ["課一覧（令和5年4月1日現在）"],
    [],
    [null, "No.", "課名", "旧課名"],
    [null, 1, "市民環境課", null],
    [null, 2, "総務部危機管理課", "防災課"],
  ],
};

ruleTester("department-unknown", {
  valid: [
    {
      name: "部 and 課 written together or not, either way round",
      rows: plan("市民生活部市民環境課", "危機管理課", "総務部危機管理課", "市民環境課"),
      sheets: [MASTER_WITH_TITLE],
    },
    {
      name: "names of the master",
      rows: plan(
        "協働推進課",
        "広報課・協働推進課",
        "広報課、協働推進課",
        "広報課 協働推進課",
        "広報課\n協働推進課",
        "広報課及び協働推進課",
        "広報課／協働推進課",
      ),
      sheets: [MASTER],
    },
    {
      name: "a parenthesised unit with a space before it",
      rows: plan("人事課 (人材育成センター)", "人事課（人材育成センター）"),
      sheets: [MASTER],
    },
    {
      name: "a master name holding a separator is matched first",
      rows: plan("市民課・国保年金課", "広報課・市民課・国保年金課"),
      sheets: [MASTER],
    },
    { name: "ward patterns of a listed name", rows: plan("各区総務企画課", "各区役所"), sheets: [MASTER] },
    {
      name: "generic words are another rule's business",
      rows: plan("関係課", "全所属・広報課"),
      sheets: [MASTER],
    },
    {
      name: "the master from settings when the workbook has none",
      rows: plan("広報課"),
      options: { master: masterFromNames(["広報課"], {}, "settings") },
    },
    {
      name: "without a master, equally frequent names are not judged",
      rows: plan("市民協働課", "市民共働課"),
    },
    {
      name: "without a master, names two characters apart are not judged",
      rows: plan(...Array<CellInput>(5).fill("市民協働課"), "市民活動課"),
    },
  ],
  invalid: [
    {
      name: "a master below its title: its names, never its title or header, are the list",
      rows: plan("課一覧（令和5年4月1日現在）", "No.", "市民環境課"),
      sheets: [MASTER_WITH_TITLE],
      findings: [
        { cell: "B2", value: "課一覧（令和5年4月1日現在）" },
        { cell: "B3", value: "No." },
      ],
    },
    {
      name: "an unknown 課 written with its 部 is unknown",
      rows: plan("経済部未来創造課"),
      sheets: [MASTER_WITH_TITLE],
      findings: [{ cell: "B2", value: "経済部未来創造課" }],
    },
    {
      name: "one character off one master name: a fix",
      rows: plan("協同推進課"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "協同推進課", fix: "協働推進課", messageId: "unknownFix" }],
    },
    {
      name: "the fix is the whole cell with the name replaced",
      rows: plan("広報課・協同推進課"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "広報課・協同推進課", fix: "広報課・協働推進課" }],
    },
    {
      name: "two master names one character away: suggestions, no fix",
      rows: plan("市長課"),
      sheets: [MASTER],
      findings: [
        { cell: "B2", value: "市長課", suggestions: ["市政課", "市税課", "広報課"], messageId: "unknown" },
      ],
    },
    {
      name: "a name far from every master name",
      rows: plan("未来創造課"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "未来創造課", suggestions: [] }],
    },
    {
      name: "a ward pattern of an unlisted name",
      rows: plan("各区福祉課"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "各区福祉課" }],
    },
    {
      name: "a unit that is not listed",
      rows: plan("人事課(研修室)"),
      sheets: [MASTER],
      findings: [{ cell: "B2", value: "人事課(研修室)" }],
    },
    {
      name: "without a master: a rare name one character from a frequent one is a warning",
      rows: frequent,
      findings: [
        {
          cell: "B14",
          value: "市民共働課",
          fix: "市民協働課",
          severity: "warning",
          messageId: "nearDuplicate",
        },
      ],
    },
  ],
});
