// The bad-input matrix through the add-in's Excel layer (fake Excel loaded from each .xlsx): validate,
// save, reopen, clear — no crash, a clear refusal where the add-in must refuse, and every cell's value,
// formula, number format and fill as it was.

import { highlightPlan } from "../../src/core/highlight";
import * as layer from "../../src/excel";
import { FakeExcel } from "../fake-excel";
import { ctxOf } from "../excel/workbooks";
import { AS_OF, BAD_INPUTS, MAX_COLS, MAX_ROWS, mismatches, ODD_TEXT, type BadInput } from "./matrix";
import { crashText, writeFigures } from "./figures";
import { changedCells, pictureOf } from "./picture";

const buffers = new Map<string, Buffer>();
const tally = {
  inputs: 0,
  runs: 0,
  crashes: [] as string[],
  cellsCompared: 0,
  cellsChanged: [] as string[],
  refusals: [] as string[],
};

beforeAll(async () => {
  for (const input of BAD_INPUTS) {
    const wb = await input.build();
    buffers.set(input.id, Buffer.from(await wb.xlsx.writeBuffer()));
  }
  tally.inputs = BAD_INPUTS.length;
}, 60_000);

afterAll(() => writeFigures("excel", tally));

const open = (input: BadInput) => FakeExcel.fromFile(buffers.get(input.id)!);

/** Runs a step of the layer; an error that is not the layer's own message is a crash. */
async function step<T>(label: string, f: () => Promise<T>): Promise<T> {
  tally.runs++;
  try {
    return await f();
  } catch (e) {
    if (e instanceof layer.ExcelLayerError) tally.refusals.push(`${label}: ${e.code}`);
    else tally.crashes.push(`${label}: ${crashText(e)}`);
    throw e;
  }
}

/** Compares a workbook with its picture taken before the run; counts what was compared and what changed. */
function expectAsBefore(label: string, before: ReturnType<typeof pictureOf>, fake: FakeExcel): void {
  const after = pictureOf(fake);
  const changed = changedCells(before.cells, after.cells);
  tally.cellsCompared += new Set([...before.cells.keys(), ...after.cells.keys()]).size;
  tally.cellsChanged.push(...changed.map((c) => `${label} ${c}`));
  expect(changed).toEqual([]);
  expect(after.sheets).toBe(before.sheets);
}

describe.each(BAD_INPUTS)("$id: $what", (input) => {
  const scopes = input.noActiveSheet
    ? (["all"] as const)
    : input.big
      ? (["active"] as const)
      : (["active", "all"] as const);

  test.each(scopes)(
    "validate (%s) → save → reopen → clear: as before, findings inside the sheet",
    async (scope) => {
      const fake = await open(input);
      const before = pictureOf(fake);
      const label = `${input.id} ${scope}`;
      if (input.addinRefuses) {
        const e = await step(label, () => layer.validate(ctxOf(fake), { scope, asOf: AS_OF })).catch(
          (x) => x,
        );
        expect(e).toBeInstanceOf(layer.ExcelLayerError);
        expect((e as layer.ExcelLayerError).code).toBe(input.addinRefuses);
        expect((e as layer.ExcelLayerError).messages.ja).toContain("何も変更していません");
        expectAsBefore(label, before, fake);
        return;
      }
      const { report, highlighted } = await step(label, () =>
        layer.validate(ctxOf(fake), { scope, asOf: AS_OF }),
      );
      expect(mismatches(input, report.sheets)).toEqual([]);
      const findings = report.sheets.flatMap((s) => s.findings);
      expect(highlighted).toBe(highlightPlan(findings).length);
      for (const f of findings) {
        expect(f.row).toBeGreaterThanOrEqual(1);
        expect(f.row).toBeLessThanOrEqual(MAX_ROWS);
        expect(f.col).toBeGreaterThanOrEqual(1);
        expect(f.col).toBeLessThanOrEqual(MAX_COLS);
      }
      const reopened = await fake.reopen();
      await step(`${label} clear`, () => layer.clearHighlights(ctxOf(reopened)));
      expectAsBefore(label, before, reopened);
    },
  );

  if (
    input.expected.layouts &&
    Object.values(input.expected.layouts).includes("table") &&
    !input.addinRefuses
  )
    test("the sheet renamed between the read and the write: refused, nothing changed", async () => {
      // The sync that writes is the last one of a run: count them on a twin first.
      const twin = await open(input);
      twin.resetCounters();
      await layer.validate(ctxOf(twin), { scope: "active", asOf: AS_OF });
      const writeSync = twin.syncCount;
      const fake = await open(input);
      const before = pictureOf(fake);
      const name = Object.keys(input.expected.layouts)[0];
      fake.resetCounters();
      fake.beforeSync = (n) => {
        if (n === writeSync) fake.sheet(name).name = "改名後";
      };
      const label = `${input.id} renamed`;
      const e = await step(label, () => layer.validate(ctxOf(fake), { scope: "active", asOf: AS_OF })).catch(
        (x) => x,
      );
      fake.beforeSync = null;
      expect(e).toBeInstanceOf(layer.ExcelLayerError);
      expect((e as layer.ExcelLayerError).code).toBe("sheet-renamed");
      expect((e as layer.ExcelLayerError).messages.ja).toContain("改名後");
      fake.sheet("改名後").name = name;
      expectAsBefore(label, before, fake);
    });
});

describe("a review date that is not a date", () => {
  test.each(["2024-02-30", "yesterday", "2024/03/31", ""])(
    "validate with asOf %j refuses before reading anything, with a message in both languages",
    async (bad) => {
      const fake = await open(BAD_INPUTS.find((i) => i.id === "max-columns")!);
      const before = pictureOf(fake);
      fake.resetCounters();
      const e = await step(`as-of ${bad}`, () =>
        layer.validate(ctxOf(fake), { scope: "all", asOf: bad }),
      ).catch((x) => x);
      expect(e).toBeInstanceOf(layer.ExcelLayerError);
      const err = e as layer.ExcelLayerError;
      expect(err.code).toBe("as-of-invalid");
      expect(err.messages.ja).toBe(
        `基準日「${bad}」は日付ではありません。YYYY-MM-DD の形（例: 2024-03-31）で指定してください。何も変更していません。`,
      );
      expect(err.messages.en).toContain(`"${bad}" is not a date`);
      expect(fake.syncCount).toBe(0);
      expectAsBefore(`as-of ${bad}`, before, fake);
    },
  );
});

test("a lone surrogate kept in memory (as Excel may hold it) is read, highlighted and restored", async () => {
  const input = BAD_INPUTS.find((i) => i.id === "odd-text")!;
  // Straight from the in-memory workbook: a file would have turned the lone surrogate into U+FFFD.
  const fake = FakeExcel.fromWorkbook(await input.build());
  const sheet = Object.keys(input.expected.layouts)[0];
  expect(fake.sheet(sheet).get(5, 1)).toBe(ODD_TEXT.lone);
  expect(fake.sheet(sheet).get(5, 3)).toBe("\uD83D");
  const before = pictureOf(fake);
  const { report } = await step("lone surrogate", () =>
    layer.validate(ctxOf(fake), { scope: "active", asOf: AS_OF }),
  );
  expect(report.sheets[0].findings.map((f) => f.cell)).toEqual(expect.arrayContaining(["C5", "D5"]));
  await step("lone surrogate clear", () => layer.clearHighlights(ctxOf(fake)));
  expectAsBefore("lone surrogate", before, fake);
});

test("no run crashed; no cell changed", () => {
  expect(tally.crashes).toEqual([]);
  expect(tally.cellsChanged).toEqual([]);
  expect(tally.cellsCompared).toBeGreaterThan(0);
});
