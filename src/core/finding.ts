// A finding as the checker makes it. Its address and its two messages are rendered when read:
// a sheet can have 100,000 findings, and most of them are only counted, filtered or listed a
// screenful at a time.

import { address } from "./address";
import { render } from "./messages";
import { RULES } from "./rules";
import type { Message } from "./rules/rule";
import type { Finding, RuleId, Severity } from "./types";

const TEMPLATES = new Map<RuleId, Record<string, Message>>(RULES.map((r) => [r.meta.id, r.meta.messages]));

export class CheckedFinding implements Finding {
  fix?: string;
  suggestions?: string[];
  item?: number;

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
    readonly rule: RuleId,
    readonly severity: Severity,
    readonly messageId: string,
    readonly data: Record<string, string | number>,
    readonly value: string | number | boolean | null,
  ) {}

  get cell(): string {
    return address(this.row, this.col);
  }

  get message(): string {
    return render(this.template().ja, this.data);
  }

  get messageEn(): string {
    return render(this.template().en, this.data);
  }

  /** The plain shape, fields in the order of the Finding type. */
  toJSON(): Finding {
    const f: Finding = {
      sheet: this.sheet,
      cell: this.cell,
      row: this.row,
      col: this.col,
      rule: this.rule,
      severity: this.severity,
      messageId: this.messageId,
      data: this.data,
      message: this.message,
      messageEn: this.messageEn,
      value: this.value,
    };
    if (this.fix !== undefined) f.fix = this.fix;
    if (this.suggestions !== undefined) f.suggestions = this.suggestions;
    if (this.item !== undefined) f.item = this.item;
    return f;
  }

  private template(): Message {
    return TEMPLATES.get(this.rule)![this.messageId];
  }
}
