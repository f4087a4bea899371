/**
 * A parallel layout typed as cards takes it (tp=8, dp=128, zero=3) to a command that reads none:
 * refused as a layout, never answered through the nearest key (tdp=8 read 8 W a GPU; d=128 a width).
 */
import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { answered, ask, errorOf } from "../dispatch/helpers.ts";

describe("a layout given to a command without one", () => {
  it.each([
    ["70B 2T on 1024 H100 tp=8", "tp"],
    ["70B 2T on 1024 H100 dp=128", "dp"],
    ["70B 2T on 1024 H100 pp=16", "pp"],
    ["chinchilla 70B tensor-parallel=8", "tensor-parallel"],
  ])("%s: refused as a layout, its Try line a cards layout that is answered", (line, key) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("args.layoutKey");
    expect(errorOf(line).text).toContain(`takes no parallel layout (${key}=)`);
    expect(errorOf(line).text).not.toContain("tdp");
    const example = String(reply.hint?.params?.example).replace(/^\/flops /, "");
    expect(answered(example).readAs.tp).toBe(8);
  });

  it("中文：平行配置", () => {
    expect(errorOf("70B 2T on 1024 H100 tp=8", "zh-TW").text).toContain("不接受平行配置 (tp=)");
  });

  it("serve has a layout: its unknown zero= is said to be cards' option, with serve's options listed", () => {
    const reply = ask("serve 8B gpu=H100 zero=3");
    expect(reply.error?.key).toBe("args.keyElsewhere");
    const said = JSON.stringify(localize(reply, "en"));
    expect(said).toContain("/flops cards");
    expect(said).toContain("kv-heads");
  });
});
