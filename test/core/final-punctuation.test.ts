// Final punctuation is dropped before a result text is read as a status word ("未実施。" is 未実施).

import { stripFinalPunctuation } from "../../src/core/text/normalize";

describe("stripFinalPunctuation", () => {
  test.each([
    ["未実施。", "未実施"],
    ["未実施．", "未実施"],
    ["完了!", "完了"],
    ["完了！？", "完了"],
    ["実施、", "実施"],
    ["中止 ", "中止"],
    ["延期。\u3000", "延期"],
    ["休止\u00a0", "休止"],
    ["終了\n", "終了"],
    ["。", ""],
    ["", ""],
    ["実施", "実施"],
    ["説明会を開催した。予定どおり", "説明会を開催した。予定どおり"],
    ["x.y", "x.y"],
  ])("%j → %j", (text, expected) => {
    expect(stripFinalPunctuation(text)).toBe(expected);
  });
});
