// Command-line arguments of plan-review, read by commander (subcommands with their own --help,
// unknown options, values checked as they are read). Commander words its errors in English; every
// error it raises goes through Command.error, which is overridden here to say it in the run's
// language (--lang, read before any subcommand's error is raised).

import { Command, CommanderError, InvalidArgumentError, Option, type ErrorOptions } from "commander";
import { reviewYear } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { RULE_IDS } from "../core/rules";
import { version } from "../../package.json";
import { helpText, type HelpTopic } from "./help";

export interface CliArgs {
  command: "check" | "summary" | "collect" | "diff";
  /** The inputs; for diff, last year's workbook then this year's. */
  paths: string[];
  asOf?: string;
  format: "table" | "json";
  lang: Lang;
  departments?: string;
  sheet?: string;
  out?: string;
  rules: Record<string, string>;
  vocabulary?: string;
  /** check --jobs: how many files are checked at once (default: one per processor). */
  jobs?: number;
  /** check --guard: the annotated copies get the input rules (drop-down lists). */
  guard?: boolean;
}

/** What the command line asks: a run, or text to print (help, version) and exit 0. */
export type Parsed = { kind: "run"; args: CliArgs } | { kind: "print"; text: string };

/** A command line the command cannot run, said in the run's language. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly lang: Lang,
    /** The subcommand whose help says more, when one was named. */
    readonly command: CliArgs["command"] | null,
  ) {
    super(message);
  }
}

const RULE_SETTINGS = ["off", "error", "warning", "info"];

/**
 * Why a value was refused: the message of the InvalidArgumentError a value parser throws, turned
 * into words by `valueProblem` once the run's language is known.
 */
type Refusal =
  "date" | "jobs" | "ruleForm" | "ruleId" | "ruleSetting" | "summaryOut" | "checkOut" | "diffOut";

function refuse(why: Refusal): never {
  throw new InvalidArgumentError(why);
}

function day(value: string): string {
  try {
    reviewYear(value);
  } catch {
    refuse("date");
  }
  return value;
}

function wholeNumber(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) refuse("jobs");
  return Number(value);
}

function rule(value: string, previous: Record<string, string>): Record<string, string> {
  const [id, setting, ...rest] = value.split(":");
  if (!id || !setting || rest.length) refuse("ruleForm");
  if (!(RULE_IDS as readonly string[]).includes(id)) refuse("ruleId");
  if (!RULE_SETTINGS.includes(setting)) refuse("ruleSetting");
  return { ...previous, [id]: setting };
}

const xlsx = (value: string) => /\.xlsx$/i.test(value);

function valueProblem(option: string, value: string, why: string, lang: Lang): string {
  const ja = lang === "ja";
  switch (why as Refusal) {
    case "date":
      return ja
        ? `${option}「${value}」は日付ではありません — YYYY-MM-DD の形で指定してください（例: 2024-03-31）`
        : `${option} "${value}" is not a date; write it as YYYY-MM-DD (e.g. 2024-03-31)`;
    case "jobs":
      return ja
        ? `${option} には 1 以上の整数を指定してください（「${value}」は使えません）`
        : `${option} takes a whole number from 1, not "${value}"`;
    case "ruleForm":
      return ja
        ? `${option} は ルール:設定 の形で指定してください（例: item-due:off。「${value}」は使えません）`
        : `${option} takes RULE:SETTING (e.g. item-due:off), not "${value}"`;
    case "ruleId":
      return ja
        ? `${option} ${value}: そのようなルールはありません（ルール: ${RULE_IDS.join(", ")}）`
        : `${option} ${value}: no such rule (rules: ${RULE_IDS.join(", ")})`;
    case "ruleSetting":
      return ja
        ? `${option} ${value}: 設定は off・error・warning・info のいずれかです`
        : `${option} ${value}: the setting is off, error, warning or info`;
    case "summaryOut":
      return ja
        ? `${option} ${value}: summary には書き出すファイル（summary.xlsx など、.xlsx）を指定してください`
        : `${option} ${value}: summary writes one workbook; name an .xlsx file such as summary.xlsx`;
    case "diffOut":
      return ja
        ? `${option} ${value}: diff には書き出すファイル（diff.xlsx など、.xlsx）を指定してください`
        : `${option} ${value}: diff writes one workbook; name an .xlsx file such as diff.xlsx`;
    case "checkOut":
      return ja
        ? `${option} ${value}: check の --out には出力フォルダを指定してください（ファイルごとに NAME.checked.xlsx を書き出します）`
        : `${option} ${value}: check writes NAME.checked.xlsx per input into a folder; give a folder`;
  }
  return ja ? `${option}「${value}」は使えません` : `${option} does not take "${value}"`;
}

/** The long name of an option from commander's flags ("-h, --help" → "--help", "--out <file>" → "--out"). */
function longName(flags: string): string {
  return flags.split(/[ ,|]+/).find((f) => f.startsWith("--")) ?? flags.split(/[ ,]+/)[0];
}

/** The quoted parts of commander's message: names and values it refused. */
function quoted(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

class PlanReviewCommand extends Command {
  override createCommand(name?: string): Command {
    return new PlanReviewCommand(name);
  }

  /** Every error commander raises, in the run's language (what it says is in its code and quotes). */
  override error(message: string, options?: ErrorOptions): never {
    const root = this.parent ?? this;
    const lang: Lang = root.getOptionValue("lang") === "en" ? "en" : "ja";
    const command = this.parent ? (this.name() as CliArgs["command"]) : null;
    throw new UsageError(this.usageMessage(options?.code ?? "", message, lang), lang, command);
  }

  private usageMessage(code: string, message: string, lang: Lang): string {
    const ja = lang === "ja";
    const [first, second] = quoted(message);
    switch (code) {
      case "commander.unknownOption": {
        const similar = /Did you mean (\S+?)\?/.exec(message)?.[1];
        const hint = similar ? (ja ? `（${similar} のことですか?）` : ` (did you mean ${similar}?)`) : "";
        return ja ? `${first} というオプションはありません${hint}` : `unknown option ${first}${hint}`;
      }
      case "commander.unknownCommand":
        return ja
          ? `「${first}」というコマンドはありません — check・summary・collect・diff のどれかを指定してください`
          : `unknown command "${first}" (use check, summary, collect or diff)`;
      case "commander.optionMissingArgument":
        return ja ? `${longName(first)} の後に値を指定してください` : `${longName(first)} needs a value`;
      case "commander.missingArgument":
        if (this.name() === "diff")
          return ja
            ? "前年度のブックと今年度のブック（.xlsx）を、この順に指定してください"
            : "name last year's workbook and this year's (.xlsx), in that order";
        return ja
          ? "検証する .xlsx ファイルかフォルダを1つ以上指定してください"
          : "name at least one .xlsx file or folder";
      case "commander.excessArguments":
        return ja
          ? "diff には前年度のブックと今年度のブックの2つだけを指定してください"
          : "diff takes two workbooks: last year's and this year's";
      case "commander.missingMandatoryOptionValue":
        return ja
          ? `${this.name()} には --out で書き出すファイル（${this.name()}.xlsx など）を指定してください`
          : `${this.name()} needs --out FILE.xlsx, the workbook to write`;
      case "commander.invalidArgument": {
        const option = longName(first);
        const choices = [...this.options, ...(this.parent?.options ?? [])].find(
          (o) => o.long === option,
        )?.argChoices;
        if (choices)
          return ja
            ? `${option} には ${choices.join(" か ")} を指定してください（「${second}」は使えません）`
            : `${option} takes ${choices.join(" or ")}, not "${second}"`;
        return valueProblem(option, second, message.replace(/^[\s\S]*is invalid\.\s*/, ""), lang);
      }
      default:
        return ja ? "コマンドラインを読めません" : "the command line cannot be read";
    }
  }
}

/** Reads a command line; throws UsageError for one that cannot be run. */
export function parseArgs(argv: string[]): Parsed {
  let printed = "";
  let run: CliArgs | null = null;
  const program = new PlanReviewCommand("plan-review");
  const helpFor = (cmd: Command): string => {
    const lang: Lang = program.getOptionValue("lang") === "en" ? "en" : "ja";
    return helpText((cmd.parent ? cmd.name() : "main") as HelpTopic, lang);
  };
  program
    .exitOverride()
    .configureOutput({ writeOut: (s) => (printed += s), writeErr: (s) => (printed += s) })
    .configureHelp({ formatHelp: helpFor })
    .showSuggestionAfterError(true)
    .addOption(new Option("--lang <lang>").choices(["ja", "en"]).default("ja"))
    .version(version, "-v, --version");

  const common = (cmd: Command) =>
    cmd
      .argument("<paths...>")
      .addOption(new Option("--as-of <day>").argParser(day))
      .addOption(new Option("--departments <file>"))
      .addOption(new Option("--vocabulary <file>"))
      .addOption(new Option("--sheet <name>"))
      .addOption(new Option("--rule <rule>").argParser(rule).default({}));

  const take = (command: CliArgs["command"]) => (paths: string[], opts: Record<string, unknown>) => {
    run = {
      command,
      paths,
      lang: program.getOptionValue("lang") as Lang,
      format: (opts.format as CliArgs["format"] | undefined) ?? "table",
      rules: opts.rule as Record<string, string>,
      ...(opts.asOf !== undefined ? { asOf: opts.asOf as string } : {}),
      ...(opts.departments !== undefined ? { departments: opts.departments as string } : {}),
      ...(opts.vocabulary !== undefined ? { vocabulary: opts.vocabulary as string } : {}),
      ...(opts.sheet !== undefined ? { sheet: opts.sheet as string } : {}),
      ...(opts.out !== undefined ? { out: opts.out as string } : {}),
      ...(opts.jobs !== undefined ? { jobs: opts.jobs as number } : {}),
      ...(opts.guard ? { guard: true } : {}),
    };
  };

  common(program.command("check"))
    .addOption(new Option("--format <format>").choices(["table", "json"]).default("table"))
    .addOption(new Option("--out <folder>").argParser((v) => (xlsx(v) ? refuse("checkOut") : v)))
    .addOption(new Option("--jobs <n>").argParser(wholeNumber))
    .addOption(new Option("--guard"))
    .action(take("check"));
  common(program.command("summary"))
    .addOption(
      new Option("--out <file>").makeOptionMandatory().argParser((v) => (xlsx(v) ? v : refuse("summaryOut"))),
    )
    .action(take("summary"));
  common(program.command("collect"))
    .addOption(
      new Option("--out <file>").makeOptionMandatory().argParser((v) => (xlsx(v) ? v : refuse("summaryOut"))),
    )
    .action(take("collect"));

  program
    .command("diff")
    .argument("<last>")
    .argument("<this>")
    .addOption(new Option("--as-of <day>").argParser(day))
    .addOption(new Option("--departments <file>"))
    .addOption(new Option("--vocabulary <file>"))
    .addOption(new Option("--rule <rule>").argParser(rule).default({}))
    .addOption(new Option("--format <format>").choices(["table", "json"]).default("table"))
    .addOption(new Option("--out <file>").argParser((v) => (xlsx(v) ? v : refuse("diffOut"))))
    .action((last: string, now: string, opts: Record<string, unknown>) => take("diff")([last, now], opts));

  if (argv.length === 0) return { kind: "print", text: helpText("main", "ja") };
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    // Help (--help, or `help check`) and version end the parse with an "error" that is not one.
    if (
      e instanceof CommanderError &&
      ["commander.helpDisplayed", "commander.help", "commander.version"].includes(e.code)
    )
      return { kind: "print", text: printed };
    throw e;
  }
  if (!run) return { kind: "print", text: printed || helpFor(program) };
  return { kind: "run", args: run };
}
