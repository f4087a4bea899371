import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { compactPastedConfig, hubReferences, prepareText } from "../../src/app/hub.ts";
import {
  CONFIG_MAX_BYTES,
  cachedHubModel,
  clearHubCache,
  HUB_CACHE_TTL_MS,
  loadHubModel,
} from "../../src/hf/hub.ts";
import { formulaText } from "../../src/reply/formula.ts";
import { fixtureText } from "../core/params/hfFixture.ts";
import { testAnswerer } from "../support/answerer.ts";

const { answer, answerWithHub } = testAnswerer();

const HUB = "https://huggingface.co";

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => clearHubCache());
afterEach(() => nock.cleanAll());

/** The Hub serving a fixture's config.json, and no safetensors index (404) unless given. */
function serve(repo: string, fixture: string, totalSize?: number) {
  const scope = nock(HUB).get(`/${repo}/resolve/main/config.json`).reply(200, fixtureText(fixture));
  const index = nock(HUB).get(`/${repo}/resolve/main/model.safetensors.index.json`);
  // A minimal index: only metadata.total_size is read (the real one also maps every tensor to a shard).
  if (totalSize === undefined) index.reply(404, "Entry not found");
  else index.reply(200, { metadata: { total_size: totalSize }, weight_map: {} });
  return scope;
}

const ask = (text: string) => ({ platform: "cli" as const, userId: "t", lang: "en" as const, text });

describe("params hf:<org>/<name> over the Hub (nock; no test touches the network)", () => {
  it.each([
    ["meta-llama/Meta-Llama-3-8B", "meta-llama__Meta-Llama-3-8B", 8_030_261_248],
    ["mistralai/Mixtral-8x7B-v0.1", "mistralai__Mixtral-8x7B-v0.1", 46_702_792_704],
    ["Qwen/Qwen2.5-7B", "Qwen__Qwen2.5-7B", 7_615_616_512],
    ["Qwen/Qwen3-8B", "Qwen__Qwen3-8B", 8_190_735_360],
    ["Qwen/Qwen3-30B-A3B", "Qwen__Qwen3-30B-A3B", 30_532_122_624],
    ["google/gemma-2-2b-it", "google__gemma-2-2b-it", 2_614_341_888],
    ["allenai/OLMo-2-1124-7B", "allenai__OLMo-2-1124-7B", 7_298_617_344],
    ["microsoft/Phi-3-mini-4k-instruct", "microsoft__Phi-3-mini-4k-instruct", 3_821_079_552],
    ["deepseek-ai/DeepSeek-R1", "deepseek-ai__DeepSeek-R1", 671_026_419_200],
    [
      "deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct",
      "deepseek-ai__DeepSeek-Coder-V2-Lite-Instruct",
      15_706_484_224,
    ],
  ])("hf:%s counts %d", async (repo, name, expected) => {
    serve(repo, name);
    const reply = await answerWithHub(ask(`params hf:${repo}`));
    expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
    expect(reply.result?.total).toBe(expected);
    expect(reply.sources.map((s) => s.url)).toContain(`${HUB}/${repo}`);
    expect(reply.result?.fieldsUsed).toEqual(expect.arrayContaining(["hidden_size", "num_hidden_layers"]));
  });

  it("cross-checks the safetensors index: Qwen3-8B's 16,381,470,720 bytes are 2 bytes × 8,190,735,360", async () => {
    serve("Qwen/Qwen3-8B", "Qwen__Qwen3-8B", 16_381_470_720);
    const reply = await answerWithHub(ask("params hf:Qwen/Qwen3-8B"));
    expect(reply.result?.safetensorsTotalSize).toBe(16_381_470_720);
    const row = reply.rows.find((r) => r.label.key === "row.safetensorsSize");
    expect(row?.formula && formulaText(row.formula)).toContain("= 8,190,735,360 vs 8,190,735,360");
  });

  it("401/403 read as private or gated, 404 as unknown, a refused connection as offline", async () => {
    nock(HUB).get("/meta-llama/Llama-3.1-8B/resolve/main/config.json").reply(401, "gated");
    nock(HUB).get("/org/secret/resolve/main/config.json").reply(403, "forbidden");
    nock(HUB).get("/org/nope/resolve/main/config.json").reply(404, "not found");
    const keyOf = async (repo: string) => {
      const result = await loadHubModel(repo);
      return result.ok ? "ok" : result.error.id;
    };
    expect(await keyOf("meta-llama/Llama-3.1-8B")).toBe("hf.private");
    expect(await keyOf("org/secret")).toBe("hf.private");
    expect(await keyOf("org/nope")).toBe("hf.unknown");
    expect(await keyOf("org/unreachable")).toBe("hf.offline"); // no interceptor, network disabled
    expect(await keyOf("not a repo")).toBe("hf.badName");
    const reply = await answerWithHub(ask("params hf:org/nope"));
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("hf.unknown");
    expect(reply.ephemeral).toBe(true);
  });

  it("gives up after the timeout", async () => {
    nock(HUB).get("/org/slow/resolve/main/config.json").delay(500).reply(200, "{}");
    const result = await loadHubModel("org/slow", { timeoutMs: 50 });
    expect(result.ok ? "ok" : result.error.id).toBe("hf.timeout");
  });

  it("refuses a config larger than the cap, declared or streamed", async () => {
    const big = `{"pad":"${"x".repeat(CONFIG_MAX_BYTES)}"}`;
    nock(HUB).get("/org/big/resolve/main/config.json").reply(200, big);
    const result = await loadHubModel("org/big");
    expect(result.ok ? "ok" : result.error.id).toBe("hf.tooLarge");
  });

  it("answers from the cache until it expires, then asks the Hub again", async () => {
    let now = 1_000_000;
    const clock = () => now;
    const first = serve("Qwen/Qwen3-8B", "Qwen__Qwen3-8B");
    expect((await loadHubModel("Qwen/Qwen3-8B", { now: clock })).ok).toBe(true);
    expect(first.isDone()).toBe(true);
    // No interceptor left: a second look-up within the TTL must not touch the network.
    expect((await loadHubModel("Qwen/Qwen3-8B", { now: clock })).ok).toBe(true);
    now += HUB_CACHE_TTL_MS + 1;
    expect(cachedHubModel("Qwen/Qwen3-8B", now)).toBeUndefined();
    const second = serve("Qwen/Qwen3-8B", "Qwen__Qwen3-8B");
    expect((await loadHubModel("Qwen/Qwen3-8B", { now: clock })).ok).toBe(true);
    expect(second.isDone()).toBe(true);
  });

  it("the synchronous command says so when the pre-step did not run", async () => {
    const reply = answer(ask("params hf:Qwen/Qwen3-8B"));
    expect(reply.error?.key).toBe("hf.notFetched");
  });
});

describe("hf:<org>/<name> wherever a published run's name is accepted", () => {
  it("compute, cards and mfu take the config's exact count (a MoE's active parameters for compute)", async () => {
    serve("Qwen/Qwen3-30B-A3B", "Qwen__Qwen3-30B-A3B");
    const compute = await answerWithHub(ask("hf:Qwen/Qwen3-30B-A3B 36T"));
    expect(compute.ok, JSON.stringify(compute.error)).toBe(true);
    // 6 · N_active · D with the 3,353,032,704 active parameters of the config.
    expect(compute.result?.flops).toBeCloseTo(6 * 3_353_032_704 * 36e12, -10);
    const cards = await answerWithHub(ask("cards hf:Qwen/Qwen3-30B-A3B gpu=H100 mode=infer"));
    expect(cards.ok, JSON.stringify(cards.error)).toBe(true);
    // bf16 weights of all 30,532,122,624 parameters.
    expect((cards.result?.breakdown as { weights?: number } | undefined)?.weights).toBe(2 * 30_532_122_624);
  });

  it("a failed look-up answers with the Hub's reason, not a parse error", async () => {
    nock(HUB).get("/org/gated/resolve/main/config.json").reply(403, "forbidden");
    const reply = await answerWithHub(ask("cards hf:org/gated gpu=H100"));
    expect(reply.error?.key).toBe("hf.private");
  });
});

describe("params config=<pasted config.json>", () => {
  it("squeezes a pretty-printed config into one word and counts it, naming the fields it used", async () => {
    const pasted = `params config=${fixtureText("Qwen__Qwen2.5-7B")}`;
    expect(pasted).toContain("\n");
    const reply = await answerWithHub(ask(pasted));
    expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
    expect(reply.result?.total).toBe(7_615_616_512);
    expect(reply.result?.modelType).toBe("qwen2");
    expect(reply.result?.fieldsUnknown).toEqual([]);
    expect(reply.notes.map((n) => n.key)).toContain("params.note.fieldsUsed");
  });

  it("names the fields it does not understand", async () => {
    const config = JSON.stringify({
      ...JSON.parse(fixtureText("Qwen__Qwen3-8B")),
      frobnicate_layers: [1, 2],
    });
    const reply = await answerWithHub(ask(`params config=${config}`));
    expect(reply.result?.fieldsUnknown).toEqual(["frobnicate_layers"]);
    const note = reply.notes.find((n) => n.key === "params.note.fieldsUnknown");
    expect(note?.params?.fields).toBe("frobnicate_layers");
  });

  it("refuses text that is not JSON, never evaluating it", async () => {
    const reply = await answerWithHub(ask("params config={process.exit(1)}"));
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("hf.configNotJson");
  });

  it("finds hf: references anywhere in the text and leaves other text alone", async () => {
    expect(hubReferences("params hf:Qwen/Qwen3-8B and hf:org/x.y")).toEqual(["Qwen/Qwen3-8B", "org/x.y"]);
    // One message fetches at most four repositories.
    expect(hubReferences("hf:a/1 hf:a/2 hf:a/3 hf:a/4 hf:a/5 hf:a/6")).toEqual(["a/1", "a/2", "a/3", "a/4"]);
    expect(compactPastedConfig("params dense 3->4")).toBe("params dense 3->4");
    expect(compactPastedConfig('params config={ "a": "b c" } private')).toBe(
      'params config={"a":"b c"} private',
    );
    expect(await prepareText("params 7B")).toBe("params 7B");
  });

  it("reads a name followed by thousands of dots in linear time, trailing dots not part of it", () => {
    expect(hubReferences("params hf:org/x.y.")).toEqual(["org/x.y"]);
    expect(hubReferences("params hf:org/x.y.?. and hf:a/b...")).toEqual(["org/x.y", "a/b"]);
    expect(hubReferences(`hf:a/a${".".repeat(50)}#`)).toEqual([]);
    const fastest = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        hubReferences(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    // 6,000 characters, a Discord option's most: a plain name, and one of dots the name cannot end with.
    const plain = fastest(`hf:a/${"a".repeat(6_000)}`);
    const dots = fastest(`hf:a/a${".".repeat(6_000)}#`);
    // Quadratic, the dots took 50 ms where the plain name took 0.02 ms; linear, about the same.
    expect(dots).toBeLessThan(plain * 10 + 2);
  });
});
