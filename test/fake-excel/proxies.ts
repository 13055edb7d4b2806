// Proxy objects of the fake Excel: reads need load() + sync(); writes are queued and applied at sync.

import { columnLetter } from "../../src/core/address";
import {
  ADDRESS_LIMIT,
  CELL_READ_LIMIT,
  FakeContextCore,
  jsonSize,
  MERGED_AREAS_LIMIT,
  notLoaded,
} from "./context";
import { FakeOfficeError } from "./errors";
import {
  ClientObject,
  ClientResult,
  ensureWritable,
  propList,
  type PropList,
  type Target,
} from "./proxyBase";
import { absoluteAddress, DataValidation, NamedItemCollection } from "./validation";
import {
  boxAddress,
  cellCount,
  inBox,
  key,
  keyCol,
  keyRow,
  MAX_COLS,
  MAX_ROWS,
  overlaps,
  parseArea,
  quoteSheet,
  type Box,
  type ChartData,
  type Fill,
  type Scalar,
  type SheetData,
  type Visibility,
  type WorkbookData,
} from "./model";

/**
 * A read past 5,000,000 cells ("On all platforms, a range is limited to five million cells for get
 * operations", Office Add-ins docs, resource limits): Excel returns null values (office-js#4783, #6781) or
 * throws RangeExceedsLimit (error codes table); the fake does either, as the test chooses.
 */
function overLimit(ctx: FakeContextCore): null {
  if (ctx.host.cellLimit === "throw")
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
    );
  return null;
}

/** A sheet found at sync: by name the first time, then by its id (a renamed sheet is still found). */
type SheetLocator = () => SheetData | null;

function mustExist(s: SheetData | undefined): SheetData {
  if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
  return s;
}

/**
 * Adding, deleting, renaming, hiding or showing a sheet: refused while the workbook's structure is protected
 * (Review → Protect Workbook: "prevents other users from adding, moving, deleting, hiding, and renaming
 * worksheets", Excel's "Protect a workbook" article; Workbook.protection, ExcelApi 1.7) and when it is read-only.
 * The code Excel gives is not documented; AccessDenied is what it gives for the other protections.
 */
function ensureStructureWritable(data: WorkbookData): void {
  if (data.readOnly)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook is open read-only. You cannot perform the requested operation.",
    );
  if (data.structureProtected)
    throw new FakeOfficeError(
      "AccessDenied",
      "The workbook's structure is protected. You cannot perform the requested operation.",
    );
}

export class Worksheet extends ClientObject {
  protected readonly scalars = ["name", "id", "position", "visibility", "isNullObject"];
  private sheetId?: string;
  readonly protection: WorksheetProtection;
  readonly customProperties: WorksheetCustomPropertyCollection;
  readonly charts: ChartCollection;
  readonly onChanged: EventHandlers;
  readonly autoFilter: { apply(range: Range): void };

  constructor(
    ctx: FakeContextCore,
    private readonly locate: SheetLocator,
  ) {
    super(ctx);
    this.autoFilter = {
      apply: (range: Range) =>
        this.write(
          { call: "autoFilter.apply" },
          () => void (this.must().autoFilter = boxAddress(range.box())),
        ),
    };
    this.protection = new WorksheetProtection(ctx, this);
    this.customProperties = new WorksheetCustomPropertyCollection(ctx, this);
    this.charts = new ChartCollection(ctx, this);
    this.onChanged = new EventHandlers(ctx, () => this.sheet()?.id ?? null);
  }

  /** The sheet at sync time; null for a null object; throws when a sheet it found was deleted. */
  sheet(): SheetData | null {
    if (this.sheetId) return mustExist(this.ctx.data.byId(this.sheetId));
    const s = this.locate();
    if (s) this.sheetId = s.id;
    return s;
  }

  must(): SheetData {
    const s = this.sheet();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }

  protected override nav(name: string): ClientObject | undefined {
    return (
      { protection: this.protection, customProperties: this.customProperties } as Record<string, ClientObject>
    )[name];
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    if (name === "isNullObject") return s === null;
    if (!s) return undefined;
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.ctx.data.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get name(): string {
    return this.prop("name");
  }
  set name(v: string) {
    this.write({ set: "name", v }, () => {
      const s = this.must();
      ensureStructureWritable(this.ctx.data);
      const other = this.ctx.data.byName(v);
      if (other && other !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${v} already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get position(): number {
    return this.prop("position");
  }
  get visibility(): Visibility {
    return this.prop("visibility");
  }
  set visibility(v: Visibility) {
    this.write({ set: "visibility", v }, () => {
      const s = this.must();
      ensureStructureWritable(this.ctx.data);
      if (
        v !== "Visible" &&
        this.ctx.data.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      )
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      s.visibility = v;
    });
  }

  getRange(address?: string): Range {
    this.sendAddress("getRange", address);
    return new Range(this.ctx, this, () => {
      if (!address) return { top: 1, left: 1, bottom: 1048576, right: 16384 };
      if (address.length > ADDRESS_LIMIT)
        throw new FakeOfficeError("InvalidArgument", "The address is too long.");
      return parseArea(address).box;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, this, () => {
      if (rows < 1 || cols < 1)
        throw new FakeOfficeError("InvalidArgument", "Row and column counts must be positive.");
      return { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols };
    });
  }

  getRanges(address: string): RangeAreas {
    this.sendAddress("getRanges", address);
    return new RangeAreas(this.ctx, this, () => {
      if (address.length > ADDRESS_LIMIT)
        throw new FakeOfficeError(
          "InvalidArgument",
          `The address list is longer than ${ADDRESS_LIMIT} characters.`,
        );
      return address.split(",").map((a) => parseArea(a).box);
    });
  }

  /** An address travels in the request (Office.js sends each method call with its arguments). */
  private sendAddress(call: string, address: string | undefined): void {
    if (address) this.ctx.enqueue({ request: { call, address }, exec: () => undefined });
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.ctx,
      this,
      () => this.must().usedBox(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.ctx, this, () => this.must().usedBox(valuesOnly));
  }

  activate(): void {
    this.write({ call: "activate" }, () => {
      const s = this.must();
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.data.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.write({ call: "delete" }, () => {
      const s = this.must();
      ensureStructureWritable(this.ctx.data);
      if (this.ctx.data.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new FakeOfficeError("InvalidOperation", "The last visible sheet cannot be deleted.");
      this.ctx.data.deleteSheet(s.id);
    });
  }
}

export class WorksheetProtection extends ClientObject {
  protected readonly scalars = ["protected"];
  constructor(
    ctx: FakeContextCore,
    private readonly ws: Worksheet,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    if (name !== "protected") throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
    return this.ws.sheet()?.protected;
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  protect(): void {
    this.write({ call: "protect" }, () => void (this.ws.must().protected = true));
  }
  unprotect(): void {
    this.write({ call: "unprotect" }, () => void (this.ws.must().protected = false));
  }
}

/** A collection proxy: load("items/x") fills `items` with proxies whose x is loaded in the same batch. */
abstract class Collection<T extends ClientObject> extends ClientObject {
  protected readonly scalars: string[] = [];
  protected abstract keys(): string[] | null;
  protected abstract item(key: string): T;

  override load(props?: PropList): this {
    const sub = propList(props)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    let items: T[] = [];
    this.ctx.enqueue({
      request: { load: "items", sub },
      exec: () => {
        items = (this.keys() ?? []).map((k) => this.item(k));
        return items.map((it) => it.readProps(sub));
      },
      deliver: (r) => {
        (r as Record<string, unknown>[]).forEach((rec, i) => items[i].setLoaded(rec));
        this.loaded.set("items", items);
      },
    });
    return this;
  }
  protected read(): unknown {
    return undefined;
  }
  get items(): T[] {
    return this.prop("items");
  }
}

export class WorksheetCollection extends Collection<Worksheet> {
  readonly onChanged: EventHandlers;
  constructor(ctx: FakeContextCore) {
    super(ctx);
    this.onChanged = new EventHandlers(ctx, () => "*");
  }
  protected keys(): string[] {
    return this.ctx.data.sheets.map((s) => s.id);
  }
  protected item(id: string): Worksheet {
    return new Worksheet(this.ctx, () => mustExist(this.ctx.data.byId(id)));
  }
  /** By name or id, as Office.js accepts both. */
  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, () => mustExist(this.ctx.data.byName(name) ?? this.ctx.data.byId(name)));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, () => this.ctx.data.byName(name) ?? null);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, () => mustExist(this.ctx.data.byId(this.ctx.data.activeSheetId ?? "")));
  }
  add(name?: string): Worksheet {
    let created: SheetData | null = null;
    // Not an OrNullObject: a sheet whose adding failed is missing for whatever uses it later.
    const ws = new Worksheet(this.ctx, () => mustExist(created ?? undefined));
    this.write({ call: "add", name }, () => {
      ensureStructureWritable(this.ctx.data);
      let n = name;
      for (let i = this.ctx.data.sheets.length + 1; !n; i++)
        if (!this.ctx.data.byName(`Sheet${i}`)) n = `Sheet${i}`;
      created = this.ctx.data.addSheet(n);
      ws.sheet();
    });
    return ws;
  }
}

export class WorksheetCustomProperty extends ClientObject {
  protected readonly scalars = ["key", "value", "isNullObject"];
  constructor(
    ctx: FakeContextCore,
    private readonly ws: Worksheet,
    private readonly k: string,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const v = this.ws.must().customProperties.get(this.k);
    if (name === "isNullObject") return v === undefined;
    if (v === undefined) return undefined;
    return name === "key" ? this.k : name === "value" ? v : undefined;
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get key(): string {
    return this.prop("key");
  }
  get value(): string {
    return this.prop("value");
  }
  delete(): void {
    this.write({ call: "delete", key: this.k }, () => void this.ws.must().customProperties.delete(this.k));
  }
}

export class WorksheetCustomPropertyCollection extends Collection<WorksheetCustomProperty> {
  constructor(
    ctx: FakeContextCore,
    private readonly ws: Worksheet,
  ) {
    super(ctx);
  }
  protected keys(): string[] | null {
    const s = this.ws.sheet();
    return s ? [...s.customProperties.keys()] : null;
  }
  protected item(k: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.ctx, this.ws, k);
  }
  add(k: string, value: string): WorksheetCustomProperty {
    this.write({ call: "add", k, value }, () => {
      if (k.length > 255)
        throw new FakeOfficeError("InvalidArgument", "Custom property keys are at most 255 characters.");
      this.ws.must().customProperties.set(k, String(value));
    });
    return new WorksheetCustomProperty(this.ctx, this.ws, k);
  }
  getItemOrNullObject(k: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.ctx, this.ws, k);
  }
}

export class ChartSeries {
  constructor(
    private readonly ctx: FakeContextCore,
    private readonly data: () => ChartData["series"][number],
  ) {}
  setValues(source: Range): void {
    this.ctx.enqueue({
      request: { call: "setValues" },
      exec: () => void (this.data().values = boxAddress(source.box())),
    });
  }
  setXAxisValues(source: Range): void {
    this.ctx.enqueue({
      request: { call: "setXAxisValues" },
      exec: () => void (this.data().categories = boxAddress(source.box())),
    });
  }
}

export class Chart extends ClientObject {
  protected readonly scalars = ["name"];
  readonly title: { text: string };
  readonly series: { add(name: string): ChartSeries };
  constructor(
    ctx: FakeContextCore,
    private readonly data: () => ChartData,
  ) {
    super(ctx);
    const write = (v: string) => this.write({ set: "title", v }, () => void (this.data().title = v));
    this.series = {
      add: (name: string) => {
        let entry: ChartData["series"][number] | null = null;
        this.write({ call: "series.add", name }, () => {
          entry = { name };
          this.data().series.push(entry);
        });
        return new ChartSeries(ctx, () => entry!);
      },
    };
    this.title = {
      get text(): string {
        throw notLoaded("text");
      },
      set text(v: string) {
        write(v);
      },
    };
  }
  protected read(): unknown {
    return undefined;
  }
  setPosition(_start: string | Range, _end?: string | Range): void {
    this.write({ call: "setPosition" }, () => undefined);
  }
}

export class ChartCollection extends ClientObject {
  protected readonly scalars = ["count"];
  constructor(
    ctx: FakeContextCore,
    private readonly ws: Worksheet,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    return name === "count" ? this.ws.must().charts.length : undefined;
  }
  get count(): number {
    return this.prop("count");
  }
  add(type: string, source: Range, seriesBy = "Auto"): Chart {
    let chart: ChartData | null = null;
    this.write({ call: "add", type }, () => {
      const s = this.ws.must();
      ensureWritable(s, this.ctx.data);
      chart = { type, source: boxAddress(source.box()), seriesBy, series: [] };
      s.charts.push(chart);
    });
    return new Chart(this.ctx, () => chart!);
  }
}

type Handler = (args: Record<string, unknown>) => Promise<unknown> | void;

export class EventHandlers {
  constructor(
    private readonly ctx: FakeContextCore,
    private readonly scope: () => string | null,
  ) {}
  add(handler: Handler): { context: FakeContextCore; remove(): void } {
    const host = this.ctx.host as unknown as { handlers: { scope: string; handler: Handler }[] };
    const entry = { scope: "", handler };
    this.ctx.enqueue({
      request: { event: "add" },
      exec: () => {
        entry.scope = this.scope() ?? "";
        host.handlers.push(entry);
        return undefined;
      },
    });
    return {
      // OfficeExtension.EventHandlerResult.context: "The request context associated with the object".
      context: this.ctx,
      remove: () =>
        this.ctx.enqueue({
          request: { event: "remove" },
          exec: () => void (host.handlers = host.handlers.filter((h) => h !== entry)),
        }),
    };
  }
}

/** Office's reading of a string written to `values`: a formula, a number, or text. */
export function parseInput(text: string, numberFormat: string): { value?: Scalar; formula?: string } {
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text.trim())) return { value: Number(text) };
  if (/^[=+\-@]./s.test(text)) return { formula: text.startsWith("=") ? text : `=${text}` };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  return { value: text };
}

export class Range extends ClientObject {
  protected readonly scalars = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "isNullObject",
  ];
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  private boxCache?: Box | null;

  constructor(
    ctx: FakeContextCore,
    readonly worksheet: Worksheet,
    private readonly locate: () => Box | null,
  ) {
    super(ctx);
    this.format = new RangeFormat(ctx, () => this.target());
    this.dataValidation = new DataValidation(ctx, () => this.target());
  }

  /** The range as a rule's source or a name's reference sends it: "='Sheet'!$A$1:$A$3". */
  addressForRule(): string {
    return absoluteAddress(this.worksheet.must().name, this.box());
  }

  /** The range's cells at sync time (null for a null object). */
  boxOrNull(): Box | null {
    if (this.boxCache === undefined) {
      this.worksheet.must();
      this.boxCache = this.locate();
    }
    return this.boxCache;
  }
  box(): Box {
    const b = this.boxOrNull();
    if (!b) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
    return b;
  }
  target(): Target | null {
    const b = this.boxOrNull();
    return b ? { sheet: this.worksheet.must(), boxes: [b] } : null;
  }

  protected override nav(name: string): ClientObject | undefined {
    return name === "format" ? this.format : name === "dataValidation" ? this.dataValidation : undefined;
  }

  protected read(name: string): unknown {
    const b = this.boxOrNull();
    if (name === "isNullObject") return b === null;
    if (!b) return undefined;
    const s = this.worksheet.must();
    const grid = (f: (r: number, c: number) => unknown) => {
      if (cellCount(b) > CELL_READ_LIMIT) return overLimit(this.ctx);
      const out: unknown[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row = new Array(b.right - b.left + 1);
        for (let c = b.left; c <= b.right; c++) row[c - b.left] = f(r, c);
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "address":
        return `${quoteSheet(s.name)}!${boxAddress(b)}`;
      case "rowIndex":
        return b.top - 1;
      case "columnIndex":
        return b.left - 1;
      case "rowCount":
        return b.bottom - b.top + 1;
      case "columnCount":
        return b.right - b.left + 1;
      case "cellCount":
        return cellCount(b);
      case "values":
        if (this.ctx.host.nullValues?.(s.name, b)) return null;
        return grid((r, c) => s.value(r, c));
      case "formulas":
        return grid((r, c) => s.formulas.get(key(r, c)) ?? s.value(r, c));
      case "numberFormat":
        return grid((r, c) => s.numberFormat(r, c));
      case "text":
        return grid((r, c) => String(s.value(r, c)));
      case "hyperlink": {
        const l = s.links.get(key(b.top, b.left));
        if (!l) return null;
        // The add-in quotes every sheet name: what stands before "#'" is another workbook's file.
        const external = /^([^']+)#('.*)$/.exec(l);
        return external ? { address: external[1], documentReference: external[2] } : { documentReference: l };
      }
    }
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get cellCount(): number {
    return this.prop("cellCount");
  }
  get text(): string[][] {
    return this.prop("text");
  }
  get formulas(): Scalar[][] {
    return this.prop("formulas");
  }

  get values(): Scalar[][] {
    return this.prop("values");
  }
  set values(v: (Scalar | null)[][]) {
    this.writeCells("values", v, (s, r, c, x) => {
      if (x === null) return;
      const k = key(r, c);
      s.formulas.delete(k);
      if (typeof x !== "string") return s.set(r, c, x);
      const parsed = parseInput(x, s.numberFormat(r, c));
      if (parsed.formula !== undefined) {
        s.formulas.set(k, parsed.formula);
        s.set(r, c, undefined);
      } else s.set(r, c, parsed.value);
    });
  }

  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: (string | null)[][]) {
    this.writeCells("numberFormat", v, (s, r, c, x) => {
      if (x === null) return;
      if (x === "General") s.numberFormats.delete(key(r, c));
      else s.numberFormats.set(key(r, c), String(x));
    });
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.write({ set: "hyperlink", link }, () => {
      const s = this.worksheet.must();
      ensureWritable(s, this.ctx.data);
      const b = this.box();
      // A link into the workbook is a reference: its sheet must be quoted where Excel would misread it.
      if (link.documentReference) parseArea(link.documentReference);
      // Kept as a link target is written in a file: a cell of this workbook as its reference, a
      // cell of another workbook as "file#reference", a URL as it is.
      const target =
        link.address && link.documentReference
          ? `${link.address}#${link.documentReference}`
          : (link.documentReference ?? link.address ?? "");
      s.links.set(key(b.top, b.left), target);
      if (link.textToDisplay !== undefined) s.set(b.top, b.left, link.textToDisplay);
      this.ctx.changes.push({ sheetId: s.id, box: b });
    });
  }

  private writeCells<T>(
    prop: string,
    v: T[][],
    apply: (s: SheetData, r: number, c: number, x: T) => void,
  ): void {
    this.write({ set: prop, v }, () => {
      const s = this.worksheet.must();
      ensureWritable(s, this.ctx.data);
      const b = this.box();
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (
        !Array.isArray(v) ||
        v.length !== rows ||
        v.some((row) => !Array.isArray(row) || row.length !== cols)
      )
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) apply(s, b.top + r, b.left + c, v[r][c]);
      if (prop === "values") this.ctx.changes.push({ sheetId: s.id, box: b });
    });
  }

  /** Per-cell fill properties (ExcelApi 1.9), as a ClientResult. */
  getCellProperties(opts: {
    format?: {
      fill?: {
        color?: boolean;
        pattern?: boolean;
        patternColor?: boolean;
        tintAndShade?: boolean;
        patternTintAndShade?: boolean;
      };
    };
  }): {
    value: unknown[][] | null;
  } {
    const result = new ClientResult<unknown[][] | null>();
    const want = opts.format?.fill ?? {};
    this.ctx.enqueue({
      request: { call: "getCellProperties", opts },
      exec: () => {
        const b = this.box();
        if (cellCount(b) > CELL_READ_LIMIT) return overLimit(this.ctx);
        const s = this.worksheet.must();
        const out: unknown[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row: unknown[] = [];
          for (let c = b.left; c <= b.right; c++) {
            const f = s.fills.get(key(r, c));
            const fill: Record<string, string | number> = {};
            if (want.color) fill.color = f?.color ?? "#FFFFFF";
            if (want.pattern) fill.pattern = f?.pattern ?? "None";
            if (want.patternColor) fill.patternColor = f?.patternColor ?? "#000000";
            if (want.tintAndShade) fill.tintAndShade = f?.tint ?? 0;
            if (want.patternTintAndShade) fill.patternTintAndShade = f?.patternTint ?? 0;
            row.push({ format: { fill } });
          }
          out.push(row);
        }
        return out;
      },
      deliver: (v) => result.set(v as unknown[][] | null),
    });
    return result;
  }

  getCell(row: number, col: number): Range {
    return new Range(this.ctx, this.worksheet, () => {
      const b = this.box();
      return { top: b.top + row, left: b.left + col, bottom: b.top + row, right: b.left + col };
    });
  }

  /**
   * The used range inside this range (ExcelApi 1.4): "Returns the used range of the given range object. If
   * there are no used cells within the range, this function returns a null object" (index.d.ts).
   */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.ctx, this.worksheet, () => this.worksheet.must().usedBoxIn(this.box(), valuesOnly));
  }

  /** One row of the range (ExcelApi 1.1). */
  getRow(row: number): Range {
    return new Range(this.ctx, this.worksheet, () => {
      const b = this.box();
      if (row < 0 || b.top + row > b.bottom)
        throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside the range.`);
      return { ...b, top: b.top + row, bottom: b.top + row };
    });
  }

  /** The range with its bottom-right corner moved (ExcelApi 1.2); past the sheet's edge is an error. */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return new Range(this.ctx, this.worksheet, () => {
      const b = this.box();
      const out = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (out.bottom < out.top || out.right < out.left || out.bottom > MAX_ROWS || out.right > MAX_COLS)
        throw new FakeOfficeError("InvalidArgument", "The resized range is outside the sheet.");
      return out;
    });
  }

  /** The rectangular intersection with another range (ExcelApi 1.1); none is ItemNotFound. */
  getIntersection(other: Range | string): Range {
    return new Range(this.ctx, this.worksheet, () => {
      const a = this.box();
      const b = typeof other === "string" ? parseArea(other).box : other.box();
      if (!overlaps(a, b)) throw new FakeOfficeError("ItemNotFound", "The ranges do not intersect.");
      return {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
    });
  }

  /**
   * The merged areas whose top-left cell lies in the range — Excel leaves out an area that only overlaps it
   * (office-js#3611, "getMergedAreasOrNullObject only works on top left of merge") — and none at all past
   * 512: index.d.ts, Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more
   * than 512, then this method will fail to return the result". The error's code is not documented.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.ctx, this.worksheet, () => {
      const b = this.box();
      const found = this.worksheet.must().merges.filter((m) => inBox(b, m.top, m.left));
      if (found.length > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError(
          "GeneralException",
          `The range holds ${found.length} merged areas; more than ${MERGED_AREAS_LIMIT} cannot be returned.`,
        );
      return found.length ? found : null;
    });
  }

  /** Cells of the range holding constants or formulas of a value type, as row runs. */
  getSpecialCellsOrNullObject(cellType: string, valueType = "All"): RangeAreas {
    return new RangeAreas(this.ctx, this.worksheet, () => {
      const b = this.box();
      const s = this.worksheet.must();
      const wanted = (v: Scalar) =>
        valueType === "All" ||
        (valueType === "Numbers" && typeof v === "number") ||
        (valueType === "Text" && typeof v === "string" && !/^#/.test(v)) ||
        (valueType === "Logical" && typeof v === "boolean");
      const hit = (r: number, c: number) => {
        const isFormula = s.formulas.has(key(r, c));
        const v = s.get(r, c);
        if (cellType === "Formulas") return isFormula && v !== undefined && wanted(v);
        if (cellType === "Constants") return !isFormula && v !== undefined && wanted(v);
        throw new FakeOfficeError("InvalidArgument", `Unsupported cell type: ${cellType}`);
      };
      // SpecialCellType.conditionalFormats (ExcelApi 1.9): the cells a conditional format covers.
      if (cellType === "ConditionalFormats") {
        const out = s.conditionalFormats.flatMap((cf) =>
          cf.boxes
            .filter((x) => overlaps(x, b))
            .map((x) => ({
              top: Math.max(x.top, b.top),
              left: Math.max(x.left, b.left),
              bottom: Math.min(x.bottom, b.bottom),
              right: Math.min(x.right, b.right),
            })),
        );
        return out.length ? out : null;
      }
      const runs: Box[] = [];
      const rowsWith = [...s.rows.keys(), ...[...s.formulas.keys()].map(keyRow)].filter(
        (r) => r >= b.top && r <= b.bottom,
      );
      for (const r of [...new Set(rowsWith)].sort((x, y) => x - y)) {
        let start = 0;
        for (let c = b.left; c <= b.right + 1; c++) {
          const on = c <= b.right && hit(r, c);
          if (on && !start) start = c;
          if (!on && start) {
            runs.push({ top: r, bottom: r, left: start, right: c - 1 });
            start = 0;
          }
        }
      }
      return runs.length ? runs : null;
    });
  }

  select(): void {
    this.write({ call: "select" }, () => {
      const s = this.worksheet.must();
      if (this.ctx.data.activeSheetId !== s.id)
        throw new FakeOfficeError("InvalidOperation", "Select is only allowed on the active sheet.");
      this.ctx.data.selection = { sheetId: s.id, address: boxAddress(this.box()) };
    });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.write({ call: "clear", applyTo }, () => {
      const s = this.worksheet.must();
      ensureWritable(s, this.ctx.data);
      if (applyTo === "Formats") {
        const b = this.box();
        for (const m of [s.numberFormats, s.fills, s.fillSources])
          for (const k of [...m.keys()]) if (inBox(b, keyRow(k), keyCol(k))) m.delete(k);
      } else s.clear(this.box(), applyTo === "All");
      this.ctx.changes.push({ sheetId: s.id, box: this.box() });
    });
  }
}

export class RangeCollection extends Collection<Range> {
  constructor(
    ctx: FakeContextCore,
    private readonly owner: RangeAreas,
  ) {
    super(ctx);
  }
  protected keys(): string[] | null {
    const boxes = this.owner.boxes();
    return boxes ? boxes.map((b) => boxAddress(b)) : null;
  }
  protected item(address: string): Range {
    return new Range(this.ctx, this.owner.worksheet, () => parseArea(address).box);
  }
}

export class RangeAreas extends ClientObject {
  protected readonly scalars = ["address", "areaCount", "cellCount", "isNullObject"];
  readonly format: RangeFormat;
  readonly areas: RangeCollection;
  /** RangeAreas.dataValidation (ExcelApi 1.9): "a data validation object for all ranges in the RangeAreas". */
  readonly dataValidation: DataValidation;
  private cache?: Box[] | null;
  constructor(
    ctx: FakeContextCore,
    readonly worksheet: Worksheet,
    private readonly locate: () => Box[] | null,
  ) {
    super(ctx);
    this.format = new RangeFormat(ctx, () => {
      const b = this.boxes();
      return b ? { sheet: this.worksheet.must(), boxes: b } : null;
    });
    this.areas = new RangeCollection(ctx, this);
    this.dataValidation = new DataValidation(ctx, () => {
      const b = this.boxes();
      return b ? { sheet: this.worksheet.must(), boxes: b } : null;
    });
  }
  boxes(): Box[] | null {
    if (this.cache === undefined) {
      this.worksheet.must();
      this.cache = this.locate();
    }
    return this.cache;
  }
  protected override nav(name: string): ClientObject | undefined {
    return name === "format"
      ? this.format
      : name === "areas"
        ? this.areas
        : name === "dataValidation"
          ? this.dataValidation
          : undefined;
  }
  protected read(name: string): unknown {
    const b = this.boxes();
    if (name === "isNullObject") return b === null;
    if (!b) return undefined;
    const sheet = quoteSheet(this.worksheet.must().name);
    if (name === "address") return b.map((x) => `${sheet}!${boxAddress(x)}`).join(",");
    if (name === "areaCount") return b.length;
    if (name === "cellCount") return b.reduce((n, x) => n + cellCount(x), 0);
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

export class RangeFormat extends ClientObject {
  protected readonly scalars = ["columnWidth", "wrapText"];
  readonly fill: RangeFill;
  readonly font: RangeFont;
  constructor(
    ctx: FakeContextCore,
    private readonly target: () => Target | null,
  ) {
    super(ctx);
    this.fill = new RangeFill(ctx, target);
    this.font = new RangeFont(ctx, target);
  }
  protected override nav(name: string): ClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected read(): unknown {
    return undefined;
  }
  set columnWidth(_v: number) {
    this.write({ set: "columnWidth" }, () => ensureWritable(this.target()!.sheet, this.ctx.data));
  }
  set wrapText(_v: boolean) {
    this.write({ set: "wrapText" }, () => ensureWritable(this.target()!.sheet, this.ctx.data));
  }
}

function eachCell(t: Target, f: (k: number) => void): void {
  for (const b of t.boxes)
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(key(r, c));
}

/** A property read over several cells: the common value, or null when they differ. */
function common<T>(t: Target, f: (k: number) => T): T | null {
  let first: T | undefined;
  let same = true;
  eachCell(t, (k) => {
    const v = f(k);
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
  });
  return same ? (first ?? null) : null;
}

export class RangeFill extends ClientObject {
  protected readonly scalars = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"];
  constructor(
    ctx: FakeContextCore,
    private readonly target: () => Target | null,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const t = this.target();
    if (!t) return undefined;
    const fill = (k: number): Fill | undefined => t.sheet.fills.get(k);
    if (name === "color") return common(t, (k) => fill(k)?.color ?? "#FFFFFF");
    if (name === "pattern") return common(t, (k) => fill(k)?.pattern ?? "None");
    if (name === "patternColor") return common(t, (k) => fill(k)?.patternColor ?? "#000000");
    if (name === "tintAndShade") return common(t, (k) => fill(k)?.tint ?? 0);
    if (name === "patternTintAndShade") return common(t, (k) => fill(k)?.patternTint ?? 0);
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }
  get color(): string {
    return this.prop("color");
  }
  set color(v: string) {
    this.apply({ set: "color", v }, (fills, k) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError("InvalidArgument", `Not a colour: ${v}`);
      const prev = fills.get(k);
      const pattern = prev && prev.pattern !== "None" ? prev.pattern : "Solid";
      // A colour given as #RRGGBB is the colour itself: no theme tint is left on it.
      const { tint: _tint, ...rest } = prev ?? { pattern };
      fills.set(k, { ...rest, pattern, color: v.toUpperCase() });
    });
  }
  get pattern(): string {
    return this.prop("pattern");
  }
  set pattern(v: string) {
    this.apply({ set: "pattern", v }, (fills, k) => {
      // index.d.ts, RangeFill.pattern: "LinearGradient and RectangularGradient are not supported."
      if (v === "LinearGradient" || v === "RectangularGradient")
        throw new FakeOfficeError("InvalidArgument", `The fill pattern ${v} cannot be set.`);
      if (v === "None") fills.delete(k);
      else fills.set(k, { color: "#FFFFFF", ...fills.get(k), pattern: v });
    });
  }
  get patternColor(): string {
    return this.prop("patternColor");
  }
  get tintAndShade(): number {
    return this.prop("tintAndShade");
  }
  get patternTintAndShade(): number {
    return this.prop("patternTintAndShade");
  }
  set patternColor(v: string) {
    this.apply({ set: "patternColor", v }, (fills, k) => {
      const prev = fills.get(k);
      if (!prev) return;
      const { patternTint: _tint, ...rest } = prev;
      fills.set(k, { ...rest, patternColor: v.toUpperCase() });
    });
  }
  clear(): void {
    this.apply({ call: "clear" }, (fills, k) => void fills.delete(k));
  }
  private apply(request: unknown, f: (fills: Map<number, Fill>, k: number) => void): void {
    this.write(request, () => {
      const t = this.target();
      if (!t) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
      ensureWritable(t.sheet, this.ctx.data);
      eachCell(t, (k) => {
        f(t.sheet.fills, k);
        t.sheet.fillSources.delete(k);
      });
    });
  }
}

export class RangeFont extends ClientObject {
  protected readonly scalars = ["bold"];
  constructor(
    ctx: FakeContextCore,
    private readonly target: () => Target | null,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const t = this.target();
    if (!t || name !== "bold") return undefined;
    return common(t, (k) => t.sheet.bold.has(k));
  }
  get bold(): boolean {
    return this.prop("bold");
  }
  set bold(v: boolean) {
    this.write({ set: "bold", v }, () => {
      const t = this.target()!;
      ensureWritable(t.sheet, this.ctx.data);
      eachCell(t, (k) => (v ? t.sheet.bold.add(k) : t.sheet.bold.delete(k)));
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class WorkbookProtection extends ClientObject {
  protected readonly scalars = ["protected"];
  protected read(name: string): unknown {
    if (name !== "protected") throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
    return this.ctx.data.structureProtected;
  }
  get protected(): boolean {
    return this.prop("protected");
  }
  protect(): void {
    this.write({ call: "protect" }, () => void (this.ctx.data.structureProtected = true));
  }
  unprotect(): void {
    this.write({ call: "unprotect" }, () => void (this.ctx.data.structureProtected = false));
  }
}

export class Workbook extends ClientObject {
  protected readonly scalars = ["readOnly"];
  readonly worksheets: WorksheetCollection;
  readonly protection: WorkbookProtection;
  readonly names: NamedItemCollection;
  constructor(ctx: FakeContextCore) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.protection = new WorkbookProtection(ctx);
    this.names = new NamedItemCollection(ctx);
  }
  protected override nav(name: string): ClientObject | undefined {
    return name === "protection" ? this.protection : name === "names" ? this.names : undefined;
  }
  protected read(name: string): unknown {
    if (name === "readOnly") return this.ctx.data.readOnly;
    throw new FakeOfficeError("InvalidArgument", `Unknown property: ${name}`);
  }
  /** Workbook.readOnly (ExcelApi 1.8). */
  get readOnly(): boolean {
    return this.prop("readOnly");
  }
}

/** The RequestContext the layer is handed. */
export class FakeRequestContext extends FakeContextCore {
  readonly workbook = new Workbook(this);
  readonly trackedObjects = { add(): void {}, remove(): void {} };
}

export { columnLetter, jsonSize, ClientResult };
