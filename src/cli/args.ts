// Command-line arguments of plan-review.

export interface CliArgs {
  command: "check" | "summary" | "help" | "version";
  paths: string[];
  asOf?: string;
  format: "table" | "json";
  lang: "ja" | "en";
  departments?: string;
  sheet?: string;
  out?: string;
  rules: Record<string, string>;
  vocabulary?: string;
  /** check --jobs: how many files are checked at once (default: one per processor). */
  jobs?: number;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  "--as-of",
  "--format",
  "--lang",
  "--departments",
  "--sheet",
  "--out",
  "--rule",
  "--vocabulary",
  "--jobs",
]);

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "help", paths: [], format: "table", lang: "ja", rules: {} };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return args;
  if (first === "--version" || first === "-v") return { ...args, command: "version" };
  if (first !== "check" && first !== "summary")
    throw new UsageError(`unknown command "${first}" (use check or summary)`);
  args.command = first;
  while (rest.length) {
    const a = rest.shift()!;
    if (!a.startsWith("--")) {
      args.paths.push(a);
      continue;
    }
    const [name, inline] = a.includes("=")
      ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
      : [a, undefined];
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name}`);
    const value = inline ?? rest.shift();
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    switch (name) {
      case "--as-of":
        args.asOf = value;
        break;
      case "--format":
        if (value !== "json" && value !== "table")
          throw new UsageError(`--format takes json or table, not "${value}"`);
        args.format = value;
        break;
      case "--lang":
        if (value !== "ja" && value !== "en") throw new UsageError(`--lang takes ja or en, not "${value}"`);
        args.lang = value;
        break;
      case "--departments":
        args.departments = value;
        break;
      case "--sheet":
        args.sheet = value;
        break;
      case "--out":
        args.out = value;
        break;
      case "--vocabulary":
        args.vocabulary = value;
        break;
      case "--jobs":
        if (!/^[1-9]\d*$/.test(value))
          throw new UsageError(`--jobs takes a whole number from 1, not "${value}"`);
        args.jobs = Number(value);
        break;
      case "--rule": {
        const [id, setting] = value.split(":");
        if (!id || !setting) throw new UsageError(`--rule takes RULE:off|error|warning|info, not "${value}"`);
        args.rules[id] = setting;
        break;
      }
    }
  }
  if (args.jobs !== undefined && args.command !== "check") throw new UsageError("--jobs is for check only");
  if (args.paths.length === 0) throw new UsageError("name at least one .xlsx file or folder");
  return args;
}
