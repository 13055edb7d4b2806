// Cells the engine read, with their A1 address written out only when someone asks for it: a plan
// table reads several cells per item and most are never shown by address.

import { address } from "./address";
import type { CellRef, CellValue } from "./types";

export class ReadCell implements CellRef {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly value: CellValue,
  ) {}

  get address(): string {
    return address(this.row, this.col);
  }

  toJSON(): CellRef {
    return { row: this.row, col: this.col, address: this.address, value: this.value };
  }
}
