// Data validation and workbook names of the fake Excel: Range.dataValidation (ExcelApi 1.8; RangeAreas 1.9)
// and Workbook.names (ExcelApi 1.1; NamedItem.formula 1.7), with the limits and errors Office documents.

import {
  ClientObject as ClientObjectBase,
  ensureWritable as ensureWritableSheet,
  type Target,
} from "./proxyBase";
import { FakeOfficeError } from "./errors";
import { notLoaded } from "./context";
import {
  boxAddress,
  key,
  parseArea,
  quoteSheet,
  sheetOfReference,
  type Box,
  type NameData,
  type ValidationData,
  type WorkbookData,
} from "./model";

/** DataValidationRule's criteria: "You can only use one of them at a time" (index.d.ts, DataValidationRule). */
const CRITERIA: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/**
 * A list typed out (not a reference) is limited to 255 characters: Excel refuses a longer source in its
 * dialog and reports a file holding one as damaged (exceljs#2256; "The maximum length of a list … is 255
 * characters", DevExpress XlDataValidation.ListValues). So lists longer than that live in cells.
 */
export const INLINE_LIST_LIMIT = 255;

const ALERT_STYLES = ["Stop", "Warning", "Information"];

const DEFAULT_ALERT: ValidationData["errorAlert"] = {
  message: "",
  showAlert: true,
  style: "Stop",
  title: "",
};
const DEFAULT_PROMPT: ValidationData["prompt"] = { message: "", showPrompt: false, title: "" };

function eachKey(t: Target, f: (k: number, row: number, col: number) => void): void {
  for (const b of t.boxes)
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(key(r, c), r, c);
}

/** The cells a reference ("=Name", "='S'!$A$1:$A$3") stands for, or null when it stands for nothing. */
export function resolveReference(data: WorkbookData, formula: string): { sheet: string; box: Box } | null {
  const body = formula.replace(/^=/, "").trim();
  const named = data.names.get(body.toLowerCase());
  if (named) return resolveReference(data, named.formula);
  if (!body.includes("!")) return null;
  try {
    const { sheet, box } = parseArea(body);
    if (!sheet || !data.byName(sheet)) return null;
    return { sheet, box };
  } catch {
    return null;
  }
}

/** The items of a list rule: typed out (comma-separated), or the values of the cells it refers to. */
export function listItems(data: WorkbookData, source: string): string[] | null {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const ref = resolveReference(data, source);
  if (!ref) return null;
  const s = data.byName(ref.sheet)!;
  const out: string[] = [];
  for (let r = ref.box.top; r <= ref.box.bottom; r++)
    for (let c = ref.box.left; c <= ref.box.right; c++) out.push(String(s.value(r, c)));
  return out;
}

export class DataValidation extends ClientObjectBase {
  protected readonly scalars = ["type", "valid", "rule", "errorAlert", "prompt", "ignoreBlanks"];
  constructor(
    ctx: ConstructorParameters<typeof ClientObjectBase>[0],
    private readonly target: () => Target | null,
  ) {
    super(ctx);
  }

  private must(): Target {
    const t = this.target();
    if (!t) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
    return t;
  }

  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return undefined;
    const all: (ValidationData | undefined)[] = [];
    const cells: { row: number; col: number; v?: ValidationData }[] = [];
    eachKey(t, (k, row, col) => {
      const v = t.sheet.validations.get(k);
      all.push(v);
      cells.push({ row, col, v });
    });
    const same = <T>(f: (v: ValidationData | undefined) => T): T | null => {
      const first = JSON.stringify(f(all[0]));
      return all.every((v) => JSON.stringify(f(v)) === first) ? f(all[0]) : null;
    };
    switch (name) {
      case "type": {
        // DataValidationType: "None" — no validation; "MixedCriteria" — "present on some but not all cells";
        // "Inconsistent" — "different rules on different cells" (index.d.ts).
        const withRule = all.filter((v) => v !== undefined);
        if (withRule.length === 0) return "None";
        if (withRule.length < all.length) return "MixedCriteria";
        const rule = same((v) => v!.rule);
        return rule ? CRITERIA[Object.keys(rule)[0]] : "Inconsistent";
      }
      case "rule":
        return same((v) => v?.rule ?? {});
      case "errorAlert":
        return same((v) => v?.errorAlert ?? DEFAULT_ALERT);
      case "prompt":
        return same((v) => v?.prompt ?? DEFAULT_PROMPT);
      case "ignoreBlanks":
        return same((v) => v?.ignoreBlanks ?? true);
      case "valid": {
        // "true if all cell values are valid … false if all cell values are invalid … null if there are both"
        // (index.d.ts, DataValidation.valid). Only list rules are judged; other criteria count as valid.
        const verdicts = cells.map(({ row, col, v }) => {
          const list = v?.rule.list;
          if (!list) return true;
          const value = String(t.sheet.value(row, col));
          if (value === "") return v.ignoreBlanks;
          const items = listItems(this.ctx.data, String(list.source));
          return items !== null && items.includes(value);
        });
        return verdicts.every((x) => x) ? true : verdicts.every((x) => !x) ? false : null;
      }
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }

  get type(): string {
    return this.prop("type");
  }
  get valid(): boolean | null {
    return this.prop("valid");
  }
  get rule(): ValidationData["rule"] {
    return this.prop("rule");
  }
  get errorAlert(): ValidationData["errorAlert"] {
    return this.prop("errorAlert");
  }
  get prompt(): ValidationData["prompt"] {
    return this.prop("prompt");
  }
  get ignoreBlanks(): boolean {
    return this.prop("ignoreBlanks");
  }

  set rule(rule: Record<string, Record<string, unknown> | undefined>) {
    const given = Object.entries(rule ?? {}).filter(([, v]) => v !== undefined && v !== null);
    const source = rule?.list?.source as unknown;
    this.write({ set: "rule", rule: given.map(([k]) => k) }, () => {
      // A Range handed as the source is sent as its address.
      const sourceText =
        source && typeof source === "object" && "addressForRule" in source
          ? (source as { addressForRule(): string }).addressForRule()
          : source;
      const t = this.must();
      ensureWritableSheet(t.sheet, this.ctx.data);
      if (given.length !== 1 || !CRITERIA[given[0][0]])
        throw new FakeOfficeError(
          "InvalidArgument",
          "A data validation rule holds exactly one criterion (list, wholeNumber, decimal, date, time, textLength or custom).",
        );
      const [kind, criterion] = given[0] as [string, Record<string, unknown>];
      const stored: Record<string, unknown> = { ...criterion };
      if (kind === "list") {
        if (typeof sourceText !== "string" || sourceText === "")
          throw new FakeOfficeError("InvalidArgument", "The list source is empty.");
        if (!sourceText.startsWith("=") && sourceText.length > INLINE_LIST_LIMIT)
          throw new FakeOfficeError(
            "InvalidArgument",
            `A list typed out is limited to ${INLINE_LIST_LIMIT} characters; refer to cells instead.`,
          );
        if (sourceText.startsWith("=") && !resolveReference(this.ctx.data, sourceText))
          throw new FakeOfficeError("InvalidArgument", `The list source ${sourceText} refers to nothing.`);
        stored.source = sourceText;
        stored.inCellDropDown = criterion.inCellDropDown ?? true;
      }
      eachKey(t, (k) => {
        // Office does not document setting a rule over another; its sample clears first ("it is a good
        // practice to clear the dataValidation object", DataValidationErrorAlert example). The fake refuses.
        if (t.sheet.validations.has(k))
          throw new FakeOfficeError(
            "InvalidOperation",
            "The range already has data validation; clear it before setting a rule.",
          );
      });
      eachKey(t, (k) =>
        t.sheet.validations.set(k, {
          rule: { [kind]: stored },
          errorAlert: { ...DEFAULT_ALERT },
          prompt: { ...DEFAULT_PROMPT },
          ignoreBlanks: true,
        }),
      );
    });
  }

  set errorAlert(alert: Partial<ValidationData["errorAlert"]>) {
    this.update({ set: "errorAlert", alert }, (v) => {
      if (alert.style !== undefined && !ALERT_STYLES.includes(alert.style))
        throw new FakeOfficeError("InvalidArgument", `Not an alert style: ${alert.style}`);
      v.errorAlert = { ...v.errorAlert, ...alert };
    });
  }

  set prompt(prompt: Partial<ValidationData["prompt"]>) {
    this.update({ set: "prompt", prompt }, (v) => void (v.prompt = { ...v.prompt, ...prompt }));
  }

  set ignoreBlanks(on: boolean) {
    this.update({ set: "ignoreBlanks", on }, (v) => void (v.ignoreBlanks = Boolean(on)));
  }

  /** "Clears the data validation from the current range" (index.d.ts, DataValidation.clear). */
  clear(): void {
    this.write({ call: "clear" }, () => {
      const t = this.must();
      ensureWritableSheet(t.sheet, this.ctx.data);
      eachKey(t, (k) => void t.sheet.validations.delete(k));
    });
  }

  /** The alert, prompt and blanks belong to a rule: on cells without one the fake refuses them. */
  private update(request: unknown, f: (v: ValidationData) => void): void {
    this.write(request, () => {
      const t = this.must();
      ensureWritableSheet(t.sheet, this.ctx.data);
      const list: ValidationData[] = [];
      eachKey(t, (k) => {
        const v = t.sheet.validations.get(k);
        if (!v)
          throw new FakeOfficeError("InvalidOperation", "The range has no data validation rule to change.");
        list.push(v);
      });
      // Cells read from a file may share one object: each gets its own before it changes.
      eachKey(t, (k) => {
        const v = JSON.parse(JSON.stringify(t.sheet.validations.get(k))) as ValidationData;
        f(v);
        t.sheet.validations.set(k, v);
      });
    });
  }
}

/**
 * Name syntax ("Names in formulas", Microsoft Support): the first character a letter, underscore or
 * backslash; then letters, numbers, periods, underscores; no spaces; not a cell reference (A1, R1C1); at most
 * 255 characters; C, c, R, r not allowed; compared case-insensitively.
 */
export function validName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** A reference formula Excel takes for a name: "=" then a sheet-qualified range whose sheet exists. */
function checkReference(data: WorkbookData, formula: string): string {
  if (!formula.startsWith("=") || !formula.includes("!"))
    throw new FakeOfficeError("InvalidArgument", `Not a reference: ${formula}`);
  sheetOfReference(formula.slice(1));
  if (!resolveReference(data, formula))
    throw new FakeOfficeError("InvalidArgument", `The reference ${formula} refers to no sheet.`);
  return formula;
}

function ensureWorkbookWritable(data: WorkbookData): void {
  if (data.readOnly)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook is open read-only. You cannot perform the requested operation.",
    );
}

export class NamedItem extends ClientObjectBase {
  protected readonly scalars = ["name", "formula", "type", "isNullObject"];
  constructor(
    ctx: ConstructorParameters<typeof ClientObjectBase>[0],
    private readonly lower: () => string | null,
  ) {
    super(ctx);
  }
  private entry(): NameData | undefined {
    const k = this.lower();
    return k === null ? undefined : this.ctx.data.names.get(k);
  }
  protected read(name: string): unknown {
    const e = this.entry();
    if (name === "isNullObject") return e === undefined;
    if (!e) return undefined;
    if (name === "name") return e.name;
    if (name === "formula") return e.formula;
    if (name === "type") return "Range";
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get name(): string {
    return this.prop("name");
  }
  get formula(): string {
    return this.prop("formula");
  }
  /** NamedItem.formula (settable, ExcelApi 1.7): "Formulas always start with an equal sign". */
  set formula(v: string) {
    this.write({ set: "formula", v }, () => {
      const e = this.entry();
      if (!e) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      ensureWorkbookWritable(this.ctx.data);
      e.formula = checkReference(this.ctx.data, v);
    });
  }
  delete(): void {
    this.write({ call: "delete" }, () => {
      const k = this.lower();
      if (k === null || !this.ctx.data.names.has(k))
        throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      ensureWorkbookWritable(this.ctx.data);
      this.ctx.data.names.delete(k);
    });
  }
}

export class NamedItemCollection extends ClientObjectBase {
  protected readonly scalars: string[] = [];
  protected read(): unknown {
    return undefined;
  }
  override load(props?: string | string[]): this {
    const sub = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter((p) => p && p !== "items");
    let items: NamedItem[] = [];
    this.ctx.enqueue({
      request: { load: "items", sub },
      exec: () => {
        items = [...this.ctx.data.names.keys()].map((k) => new NamedItem(this.ctx, () => k));
        return items.map((it) => it.readProps(sub));
      },
      deliver: (r) => {
        (r as Record<string, unknown>[]).forEach((rec, i) => items[i].setLoaded(rec));
        this.loadedItems = items;
      },
    });
    return this;
  }
  private loadedItems: NamedItem[] | null = null;
  get items(): NamedItem[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
  /**
   * NamedItemCollection.add(name, reference): a name already there is refused (ItemAlreadyExists: "The
   * resource being created already exists", Excel.ErrorCodes), a name Excel does not allow is InvalidArgument.
   */
  add(name: string, reference: string | { addressForRule(): string }, _comment?: string): NamedItem {
    this.write({ call: "add", name }, () => {
      const formula = typeof reference === "string" ? reference : reference.addressForRule();
      ensureWorkbookWritable(this.ctx.data);
      if (!validName(name)) throw new FakeOfficeError("InvalidArgument", `Not a valid name: ${name}`);
      if (this.ctx.data.names.has(name.toLowerCase()))
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      this.ctx.data.names.set(name.toLowerCase(), { name, formula: checkReference(this.ctx.data, formula) });
    });
    return new NamedItem(this.ctx, () => name.toLowerCase());
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.ctx, () => {
      if (!this.ctx.data.names.has(name.toLowerCase()))
        throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
      return name.toLowerCase();
    });
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.ctx, () => name.toLowerCase());
  }
}

/** "='Sheet'!$A$1:$B$2": how a range passed as a rule's source or a name's reference is sent. */
export function absoluteAddress(sheet: string, box: Box): string {
  const abs = boxAddress(box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `=${quoteSheet(sheet)}!${abs}`;
}
