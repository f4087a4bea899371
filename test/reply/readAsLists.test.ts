import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";

const readAs = (line: string, lang: Lang = "en") =>
  localize(respondToText(registry, line, { lang }), lang).readAs ?? "";

describe("Read as states a list as what it is, in the asker's language", () => {
  it("a price per GPU in a list is each a price ($3/GPU-hour, $2/GPU-hour), never `price 3,2`", () => {
    const line = "70B 2T gpu=h100,a100 gpus=512 price=$3/h,$2/h";
    expect(readAs(line)).toContain("$3/GPU-hour, $2/GPU-hour");
    expect(readAs(line)).not.toContain("3,2");
    expect(readAs(line, "zh-TW")).toContain("每 GPU 小時 $3, 每 GPU 小時 $2");
  });

  it("compare's runs are labelled in the asker's language (比較 gpt-3 chinchilla), not `names 為 …`", () => {
    expect(readAs("compare gpt-3 chinchilla")).toBe("Read as: names gpt-3 chinchilla");
    expect(readAs("compare gpt-3 chinchilla", "zh-TW")).toBe("解讀為：比較 gpt-3 chinchilla");
  });
});
