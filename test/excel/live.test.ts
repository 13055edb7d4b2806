// Live mode: a person's edits re-check the edited items and update their highlights; own writes are ignored.

import { parseAddress } from "../../src/core/address";
import { SEVERITY_FILL } from "../../src/core/highlight";
import { startLiveMode } from "../../src/excel/live";
import { validate, type ValidateResult } from "../../src/excel/validate";
import type { FakeExcel } from "../fake-excel";
import { key } from "../fake-excel/model";
import { ctxOf, openFixture } from "./workbooks";

const SHEET = "取組計画";
const fill = (fake: FakeExcel, cell: string) => {
  const p = parseAddress(cell)!;
  return fake.sheet(SHEET).fills.get(key(p.row, p.col));
};

test("edits re-check their items (debounced); the add-in's own writes do not trigger a re-check", async () => {
  const fake = await openFixture("kumamoto-plan.xlsx");
  fake.data.activeSheetId = fake.sheet(SHEET).id;
  const first = await validate(ctxOf(fake), { scope: "active", asOf: "2014-03-31" });
  const cells = first.report.sheets[0].findings.map((f) => f.cell);
  expect(cells).toContain("H11");
  const updates: { sheet: string; result: ValidateResult; items: number[] }[] = [];
  const errors: unknown[] = [];
  const live = await startLiveMode(ctxOf(fake), {
    run: (options, batch) => fake.run(options, batch),
    asOf: "2014-03-31",
    debounceMs: 20,
    onUpdate: (u) => updates.push(u),
    onError: (e) => errors.push(e),
  });
  const settle = async () => {
    await fake.settle();
    await live.idle();
    await fake.settle();
    await live.idle();
  };

  // Two quick edits of the same item: one re-check.
  fake.userEdit(SHEET, "H11", "実");
  fake.userEdit(SHEET, "H11", "実施");
  await settle();
  expect(errors).toEqual([]);
  expect(updates).toHaveLength(1);
  const item = first.report.sheets[0].items.find((i) => i.row === 11)!;
  expect(updates[0].items).toEqual([item.index]);
  expect(fill(fake, "H11")).toBeUndefined();
  for (const c of cells.filter((c) => c !== "H11")) expect(fill(fake, c)?.color).toMatch(/^#/);

  // A typo in another item gets highlighted; nothing else changes.
  fake.userEdit(SHEET, "G12", "実地");
  await settle();
  expect(updates).toHaveLength(2);
  expect(fill(fake, "G12")).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
  expect(updates[1].result.report.sheets[0].findings.map((f) => f.cell)).toContain("G12");

  await live.stop();
  fake.userEdit(SHEET, "G12", "実施");
  await settle();
  expect(updates).toHaveLength(2);
  expect(fill(fake, "G12")).toEqual({ pattern: "Solid", color: SEVERITY_FILL.error });
});
