// Text readings cached during a sheet's analysis are let go when it ends: a process that checks
// many workbooks keeps none of their texts.

import { reviewYear } from "../../src/core/fiscal";
import { analyzeSheet } from "../../src/core/layout/analyze";
import { headerKey } from "../../src/core/text/normalize";
import { clearSheetCaches, sheetCache } from "../../src/core/text/sheetCache";
import { defaultVocabulary } from "../../src/core/vocabulary";
import { generateTableSheet } from "../helpers/generate";

const review = reviewYear("2014-03-31");

test("analysing a sheet empties the sheet caches, whatever they held", () => {
  const cache = sheetCache<string, number>();
  cache.set("前のシートの文字", 1);
  const model = analyzeSheet(generateTableSheet(50), { review, vocabulary: defaultVocabulary() });
  expect(model.items).toHaveLength(50);
  expect(cache.size).toBe(0);
});

test("a cached reading is the same as a fresh one", () => {
  const first = headerKey("（１）取組内容");
  clearSheetCaches();
  expect(headerKey("（１）取組内容")).toBe(first);
  expect(first).toBe("取組内容");
});
