// The command's help, per command and language (`plan-review --help`, `plan-review check --help`,
// `plan-review help summary`), with the exit codes each command gives.

import type { Lang } from "../core/messages";

export type HelpTopic = "main" | "check" | "summary" | "collect" | "diff";

type Text = Record<Lang, string>;

/** One option as the help shows it: its flag with the value it takes, and what it does. */
interface OptionHelp {
  flag: Text;
  text: Text;
}

const OPTIONS: Record<string, OptionHelp> = {
  asOf: {
    flag: { ja: "--as-of YYYY-MM-DD", en: "--as-of YYYY-MM-DD" },
    text: {
      ja: "基準日（既定: ブックに保存された基準日、なければ今日）。その年度（4月〜翌3月）が検証年度",
      en: "the review day (default: the day saved in the workbook, else today); its fiscal year (April–March) is the review year",
    },
  },
  format: {
    flag: { ja: "--format table|json", en: "--format table|json" },
    text: { ja: "出力の形式（既定: table）", en: "output format (default: table)" },
  },
  checkOut: {
    flag: { ja: "--out フォルダ", en: "--out FOLDER" },
    text: {
      ja: "注釈付きコピー（NAME.checked.xlsx）を書き出すフォルダ",
      en: "the folder to write the annotated copies (NAME.checked.xlsx) into",
    },
  },
  summaryOut: {
    flag: { ja: "--out ファイル.xlsx", en: "--out FILE.xlsx" },
    text: {
      ja: "書き出す集計ブック（必須）。入力ファイルや、plan-review の集計ブックでない既存のファイルには書き出しません",
      en: "the summary workbook to write (required); never an input, nor an existing file that is not a plan-review summary",
    },
  },
  collectOut: {
    flag: { ja: "--out ファイル.xlsx", en: "--out FILE.xlsx" },
    text: {
      ja: "書き出す取りまとめブック（必須）。入力ファイルや、plan-review が書き出したのでない既存のファイルには書き出しません",
      en: "the collected workbook to write (required); never an input, nor an existing file plan-review did not write",
    },
  },
  diffOut: {
    flag: { ja: "--out ファイル.xlsx", en: "--out FILE.xlsx" },
    text: {
      ja: "今年度のブックに前年度比較シートを加えたコピーを書き出す。入力ファイルや既存のファイルには書き出しません",
      en: 'write a copy of this year\'s workbook with the "前年度比較" sheet added; never over an input or an existing file',
    },
  },
  diffAsOf: {
    flag: { ja: "--as-of YYYY-MM-DD", en: "--as-of YYYY-MM-DD" },
    text: {
      ja: "今年度のブックの基準日（既定: ブックに保存された基準日、なければ今日）。前年度のブックは、保存された基準日、なければその1年前",
      en: "this year's review day (default: the day saved in the workbook, else today); last year's is the day saved in it, else a year before",
    },
  },
  departments: {
    flag: { ja: "--departments ファイル", en: "--departments FILE" },
    text: {
      ja: "課一覧（.txt・.csv・.xlsx）。ブックの課一覧シートや保存された設定があればそちらを使います",
      en: "the department master (.txt, .csv, .xlsx); a master sheet or saved settings in the workbook win",
    },
  },
  vocabulary: {
    flag: { ja: "--vocabulary ファイル", en: "--vocabulary FILE" },
    text: {
      ja: "状況の語を追加する（語 | 区分 の2列、.csv・.txt・.xlsx）",
      en: "more status words (word | category, .csv, .txt, .xlsx)",
    },
  },
  sheet: {
    flag: { ja: "--sheet シート名", en: "--sheet NAME" },
    text: { ja: "そのシートだけを読む", en: "read only that sheet of each workbook" },
  },
  rule: {
    flag: { ja: "--rule ルール:設定", en: "--rule RULE:SETTING" },
    text: {
      ja: "ルールを off・error・warning・info にする（例: item-due:off。繰り返し指定できます）",
      en: "turn a rule off or set its severity: off, error, warning, info (e.g. item-due:off; may be repeated)",
    },
  },
  guard: {
    flag: { ja: "--guard", en: "--guard" },
    text: {
      ja: "--out のコピーに入力規則（状況の語・記号、課一覧の課名のドロップダウンリスト）を設定する",
      en: "give the --out copies input rules (drop-down lists of the status words and marks, and of the master's departments)",
    },
  },
  jobs: {
    flag: { ja: "--jobs N", en: "--jobs N" },
    text: {
      ja: "同時に検証するファイルの数（既定: プロセッサの数。1 で1つずつ）",
      en: "how many files are checked at once (default: one per processor; 1: one after another)",
    },
  },
  lang: {
    flag: { ja: "--lang ja|en", en: "--lang ja|en" },
    text: { ja: "メッセージの言語（既定: ja）", en: "language of the messages (default: ja)" },
  },
  help: {
    flag: { ja: "-h, --help", en: "-h, --help" },
    text: { ja: "この使い方を表示する", en: "show this help" },
  },
  version: {
    flag: { ja: "-v, --version", en: "-v, --version" },
    text: { ja: "版を表示する", en: "show the version" },
  },
};

/** Display width on a terminal: full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u00ff\uff61-\uff9f–]/u.test(ch) ? 1 : 2;
  return w;
}

function optionLines(keys: string[], lang: Lang): string[] {
  const flags = keys.map((k) => OPTIONS[k].flag[lang]);
  const column = Math.max(...flags.map(width)) + 3;
  return keys.map((k, i) => `  ${flags[i]}${" ".repeat(column - width(flags[i]))}${OPTIONS[k].text[lang]}`);
}

const TEXT = {
  main: {
    ja: [
      "plan-review — 計画シート（アクションプラン・実施計画・進行管理表）の検証と集計",
      "",
      "使い方:",
      "  plan-review check ファイル|フォルダ... [オプション]",
      "      計画シートを検証し、指摘をセルごとに表示する",
      "  plan-review summary ファイル|フォルダ... --out 集計.xlsx [オプション]",
      "      集計ブックを書き出す",
      "  plan-review collect ファイル|フォルダ... --out 取りまとめ.xlsx [オプション]",
      "      全ファイルの取組を1枚の取りまとめシートに集め、集計シートと書き出す",
      "  plan-review diff 前年度.xlsx 今年度.xlsx [--out 比較.xlsx] [オプション]",
      "      前年度のブックと今年度のブックを比べる（前年度比較）",
      "  plan-review help check|summary|collect|diff",
      "      コマンドごとの使い方とオプション",
      "",
      "フォルダは、その中（下のフォルダも）の .xlsx をすべて読みます。",
      "",
      "オプション:",
    ],
    en: [
      "plan-review — checks plan worksheets (action plans, implementation plans, progress sheets) and summarises them",
      "",
      "Usage:",
      "  plan-review check FILES|FOLDERS... [options]",
      "      check the plan sheets and print each finding with its cell",
      "  plan-review summary FILES|FOLDERS... --out FILE.xlsx [options]",
      "      write the summary workbook",
      "  plan-review collect FILES|FOLDERS... --out FILE.xlsx [options]",
      '      collect every file\'s items on one sheet ("取りまとめ"), with the summary sheets',
      "  plan-review diff LAST.xlsx THIS.xlsx [--out DIFF.xlsx] [options]",
      "      compare last year's workbook with this year's",
      "  plan-review help check|summary|collect|diff",
      "      the usage and options of one command",
      "",
      "A folder stands for every .xlsx in it and below.",
      "",
      "Options:",
    ],
  },
  check: {
    ja: [
      "plan-review check — 計画シートを検証し、指摘をセルごとに表示します",
      "",
      "使い方: plan-review check ファイル|フォルダ... [オプション]",
      "",
      "フォルダは、その中（下のフォルダも）の .xlsx をすべて読みます（Excel の ~$ 一時ファイルと、",
      "このコマンドが書き出した *.checked.xlsx・集計ブックは読みません）。",
      "",
      "オプション:",
    ],
    en: [
      "plan-review check — checks the plan sheets and prints each finding with its cell",
      "",
      "Usage: plan-review check FILES|FOLDERS... [options]",
      "",
      "A folder stands for every .xlsx in it and below (not Excel's ~$ lock files, nor the",
      "*.checked.xlsx copies and summary workbooks this command wrote).",
      "",
      "Options:",
    ],
  },
  summary: {
    ja: [
      "plan-review summary — 集計ブック（ファイル別・方針別・担当課別・未実施・期限超過一覧・年度末実施結果）を書き出します",
      "",
      "使い方: plan-review summary ファイル|フォルダ... --out 集計.xlsx [オプション]",
      "",
      "一覧・概要表・指標の表は検査しますが、取組の件数には数えません。",
      "",
      "オプション:",
    ],
    en: [
      "plan-review summary — writes the summary workbook (per file, per policy, per department, items not done or overdue, year-end results)",
      "",
      "Usage: plan-review summary FILES|FOLDERS... --out FILE.xlsx [options]",
      "",
      "Lists, overview matrices and indicator tables are checked but their items are not counted.",
      "",
      "Options:",
    ],
  },
  collect: {
    ja: [
      "plan-review collect — 全ファイルの取組を取りまとめシートに集め、ファイル一覧と集計シートとともに書き出します",
      "",
      "使い方: plan-review collect ファイル|フォルダ... --out 取りまとめ.xlsx [オプション]",
      "",
      "取りまとめシートは計画シートとして検証でき、元のファイルと同じ指摘になります。年度の列や担当課の列が",
      "ファイルごとに違うときは、様式ごとに 取りまとめ・取りまとめ_2 … に分けます。読めないファイルは",
      "ファイル一覧に理由とともに載せ、ほかのファイルを取りまとめます。",
      "",
      "オプション:",
    ],
    en: [
      'plan-review collect — collects every file\'s items on one sheet ("取りまとめ"), written with the list of files and the summary sheets',
      "",
      "Usage: plan-review collect FILES|FOLDERS... --out FILE.xlsx [options]",
      "",
      "That sheet is a plan sheet: checking it gives the findings of the files it came from. Files",
      'whose year or department columns differ are collected on one sheet per layout ("取りまとめ_2" …).',
      "A file that cannot be read is listed with the reason, and the others are collected.",
      "",
      "Options:",
    ],
  },
  diff: {
    ja: [
      "plan-review diff — 前年度のブックと今年度のブックを比べ、変わったところを指摘します（前年度比較）",
      "",
      "使い方: plan-review diff 前年度.xlsx 今年度.xlsx [--out 比較.xlsx] [オプション]",
      "",
      "取組は方針と取組名で対応づけます（表記の揺れや小さな修正は同じ取組。番号だけが違う取組は別の取組）。",
      "対応しない取組は、前年度のみ（diff-dropped）・今年度のみ（diff-added）として指摘します。",
      "前年度のブックの基準日の時点で終わっていた年度の計画・実施結果の書き換え、実績の後戻り、",
      "担当課の変更も指摘します。ルールは --rule diff-added:off のように切り替えられます。",
      "",
      "オプション:",
    ],
    en: [
      "plan-review diff — compares last year's workbook with this year's and reports what changed",
      "",
      "Usage: plan-review diff LAST.xlsx THIS.xlsx [--out DIFF.xlsx] [options]",
      "",
      "Items are paired by policy and title (notation and small edits aside; titles that differ by a number",
      "are different items). Items with no partner are reported as gone (diff-dropped) or new (diff-added);",
      "plans and results rewritten for years already over in last year's workbook, actuals that went back and",
      "departments changed are reported too. Rules are switched like the others: --rule diff-added:off.",
      "",
      "Options:",
    ],
  },
} satisfies Record<HelpTopic, Record<Lang, string[]>>;

const OPTION_KEYS: Record<HelpTopic, string[]> = {
  main: ["lang", "help", "version"],
  check: [
    "asOf",
    "format",
    "checkOut",
    "guard",
    "departments",
    "vocabulary",
    "sheet",
    "rule",
    "jobs",
    "lang",
    "help",
  ],
  summary: ["summaryOut", "asOf", "departments", "vocabulary", "sheet", "rule", "lang", "help"],
  collect: ["collectOut", "asOf", "departments", "vocabulary", "sheet", "rule", "lang", "help"],
  diff: ["diffOut", "diffAsOf", "format", "departments", "vocabulary", "rule", "lang", "help"],
};

const EXIT: Record<HelpTopic, Record<Lang, string[]>> = {
  main: {
    ja: [
      "終了コード: check は 0 エラーの指摘なし・1 エラーの指摘あり・2 実行できなかった（読めないファイルがあった）、",
      "            summary・collect は 0 ブックを書き出した・2 実行できなかった（読めないファイルがあった）、",
      "            diff は 0 比べた（エラーの指摘なし）・1 エラーの指摘あり・2 実行できなかった",
    ],
    en: [
      "Exit codes: check 0 no error finding, 1 error findings, 2 could not run (or a file could not be read);",
      "            summary and collect 0 wrote the workbook, 2 could not run (or a file could not be read);",
      "            diff 0 compared (no error finding), 1 error findings, 2 could not run",
    ],
  },
  check: {
    ja: [
      "終了コード: 0 エラーの指摘なし（警告・情報だけなら 0）、1 エラーの指摘あり、",
      "            2 実行できなかった、または読めないファイルがあった（ほかのファイルは検証します）",
    ],
    en: [
      "Exit codes: 0 no error finding (warnings and info alone give 0), 1 error findings,",
      "            2 could not run, or a file could not be read (the other files are still checked)",
    ],
  },
  summary: {
    ja: [
      "終了コード: 0 集計ブックを書き出した（指摘があっても 0。指摘は集計の中身です）、",
      "            2 実行できなかった、または読めないファイルがあった（ほかのファイルで集計します）",
    ],
    en: [
      "Exit codes: 0 wrote the summary workbook (findings or not: they are its content),",
      "            2 could not run, or a file could not be read (the others are still summarised)",
    ],
  },
  collect: {
    ja: [
      "終了コード: 0 取りまとめブックを書き出した（指摘があっても 0）、",
      "            2 実行できなかった、または読めないファイルがあった（ほかのファイルで取りまとめます）",
    ],
    en: [
      "Exit codes: 0 wrote the collected workbook (findings or not),",
      "            2 could not run, or a file could not be read (the others are still collected)",
    ],
  },
  diff: {
    ja: [
      "終了コード: 0 比べた（警告・情報の指摘だけなら 0）、1 エラーの指摘あり（--rule で重要度を error にしたとき）、",
      "            2 実行できなかった（どちらかのブックが読めない、書き出せない）",
    ],
    en: [
      "Exit codes: 0 compared (warnings and info alone give 0), 1 error findings (a rule set to error with --rule),",
      "            2 could not run (a workbook could not be read, or the copy not written)",
    ],
  },
};

export function helpText(topic: HelpTopic, lang: Lang): string {
  return [...TEXT[topic][lang], ...optionLines(OPTION_KEYS[topic], lang), "", ...EXIT[topic][lang], ""].join(
    "\n",
  );
}
