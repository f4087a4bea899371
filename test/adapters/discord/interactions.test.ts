/**
 * The real handlers, driven by real discord.js interactions: a Client whose REST base is a local
 * stand-in for Discord, raw INTERACTION_CREATE payloads turned into ChatInputCommandInteraction /
 * AutocompleteInteraction by discord.js itself, and the exact callback payloads it then sends.
 */
import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createDiscordClient, drain } from "../../../src/adapters/discord/client.ts";
import { commandOf } from "../../../src/adapters/discord/definitions.ts";
import { toDiscordMessage } from "../../../src/adapters/discord/embeds.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { GPUS } from "../../../src/core/gpus.ts";
import type { OptionSpec } from "../../../src/dispatch/options.ts";
import { t } from "../../../src/i18n/translate.ts";
import { localize } from "../../../src/reply/localize.ts";
import type { Reply } from "../../../src/reply/reply.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { APPLICATION_ID, autocomplete, chatInput, USER } from "./payloads.ts";
import { type Recorded, type StandIn, startStandIn } from "./standin.ts";

/** One test user asks more than the default 20 a minute; the limit is not what is tested here. */
const answerer = testAnswerer(10_000);
const { answer } = answerer;

type Raw = ReturnType<typeof chatInput>;
interface Callback {
  type: number;
  data: {
    flags?: number;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    choices?: { name: string; value: string }[];
    allowed_mentions?: unknown;
  };
}

let standIn: StandIn;
let client: Client;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  standIn = await startStandIn();
  client = createDiscordClient(loadConfig({}), logger, { answerer, rest: { api: standIn.api } });
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

/** Delivers a raw payload the way the gateway does (discord.js builds the interaction and emits it). */
function deliver(target: Client, raw: Raw): void {
  (
    target as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

const callbackOf = (raw: Raw) => (r: Recorded) =>
  r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`;

async function callback(raw: Raw, target: Client = client): Promise<Callback> {
  deliver(target, raw);
  const request = await standIn.next(callbackOf(raw));
  return request.body as Callback;
}

const fields = (body: Callback) => (body.data.embeds ?? []).flatMap((e) => e.fields ?? []);

describe("/flops <subcommand>", () => {
  test("compute params:175B tokens:300B → type 4 with the GPT-3 embed, public", async () => {
    const raw = chatInput("compute", { params: "175B", tokens: "300B" });
    const body = await callback(raw);
    // The exact payload: CHANNEL_MESSAGE_WITH_SOURCE (4), the embeds the renderer makes, no flags.
    const expected = toDiscordMessage(
      answer({
        platform: "discord",
        userId: USER.id,
        lang: "en",
        command: "compute",
        options: { params: "175B", tokens: "300B" },
      }),
      "en",
    );
    // …and, under the answer, its controls (conversation.test.ts tests them).
    expect(body).toEqual({
      type: 4,
      data: {
        tts: false,
        enforce_nonce: false,
        embeds: expected.embeds,
        allowed_mentions: { parse: [] },
        components: expect.any(Array),
      },
    });
    // 6 × 175e9 × 300e9 = 3.15e23 FLOP (Kaplan et al. 2020 §2.1; GPT-3 published 3.14e23).
    expect(fields(body)[0]?.value).toContain("3.15 × 10²³ FLOP");
    expect(body.data.embeds?.[0]?.title).toBe("Training compute: 175B parameters × 300B tokens");
    expect(body.data.flags).toBeUndefined();
  });

  test("a bad value (params:175BB) → an ephemeral (flags 64) error with an example, the same message as the text grammar", async () => {
    const body = await callback(chatInput("compute", { params: "175BB", tokens: "300B" }));
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    const grammar = localize(
      answer({ platform: "cli", userId: "u", lang: "en", text: "/flops compute 175BB 300B" }),
      "en",
    );
    expect(grammar.error).toBe(
      "I don't know “bb” in a number. Did you mean b, bn? e.g. 175B, 1.4T, 21 days.",
    );
    expect(body.data.embeds?.[0]?.description).toContain(`✗ ${grammar.error}\n\n`);
    expect(body.data.embeds?.[0]?.description).toContain("Try: /flops 175B 300B");
    // Typed as text, the Try line is the asker's own with the suffix suggested.
    expect(grammar.hint).toBe("Try: /flops compute 175B 300B");
  });

  test("a missing required value is refused the same way (Discord enforces required options, the bot does too)", async () => {
    const body = await callback(chatInput("mfu", { params: "671B", tokens: "14.8T", "gpu-hours": "2.664M" }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.description).toContain(t("en", "args.missing", { option: "gpu" }));
  });

  test("mfu with the seed's DeepSeek-V3 numbers and active:37B → about 35% of H800 bf16 peak", async () => {
    const body = await callback(
      chatInput("mfu", {
        params: "671B",
        tokens: "14.8T",
        gpu: "h800-sxm",
        "gpu-hours": "2.664M",
        active: "37B",
      }),
    );
    expect(body.data.flags).toBeUndefined();
    // 6 × 37e9 × 14.8e12 / (2.664e6 h × 3600 s × 989.4e12 FLOP/s) = 34.6%.
    expect(fields(body).find((f) => f.name === "MFU")?.value).toMatch(/^34\.6%/);
  });

  test("flag options arrive as Discord BOOLEANs: mfu moe:true warns that the total-parameter MFU is impossible", async () => {
    const body = await callback(
      chatInput("mfu", { params: "671B", tokens: "14.8T", gpu: "H800", "gpu-hours": "2.664M", moe: true }),
    );
    expect(fields(body).find((f) => f.name === "MFU")?.value).toMatch(/^628%/);
    expect(body.data.embeds?.[0]?.description).toContain(t("en", "mfu.causeMoe"));
  });

  test("private:true → ephemeral; help → ephemeral", async () => {
    const secret = await callback(chatInput("chinchilla", { params: "70B", private: true }));
    expect(secret.data.flags).toBe(64);
    // Chinchilla 70B: 20 × 70B = 1.4T tokens (Hoffmann et al. 2022).
    expect(fields(secret).find((f) => f.name === "Chinchilla-optimal tokens")?.value).toMatch(
      /^1\.4T tokens/,
    );
    const help = await callback(chatInput("help", { topic: "mfu" }));
    expect(help.data.flags).toBe(64);
    expect(help.data.embeds?.[0]?.title).toBe("/flops mfu");
  });

  test("explain:true adds the step-by-step derivation; without it there is none", async () => {
    const explained = await callback(chatInput("compute", { params: "175B", tokens: "300B", explain: true }));
    expect(explained.data.embeds?.[0]?.description).toContain(t("en", "explain.title"));
    expect(explained.data.embeds?.[0]?.description).toContain(
      "6 · N · D = 6 × 175B × 300B → 3.15 × 10²³ FLOP",
    );
    const plain = await callback(chatInput("compute", { params: "175B", tokens: "300B" }));
    expect(plain.data.embeds?.[0]?.description).not.toContain(t("en", "explain.title"));
  });

  test("locale zh-TW → the zh-TW catalog's strings; lang:en overrides it; lang:zh-TW overrides en-US", async () => {
    const zh = await callback(chatInput("compute", { params: "175B", tokens: "300B" }, { locale: "zh-TW" }));
    expect(zh.data.embeds?.[0]?.title).toBe("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");
    expect(fields(zh)[0]?.name).toBe(t("zh-TW", "row.trainingFlops"));
    expect(fields(zh)[0]?.value).toContain("3.15 × 10²³ FLOP");

    const en = await callback(
      chatInput("compute", { params: "175B", tokens: "300B", lang: "en" }, { locale: "zh-TW" }),
    );
    expect(fields(en)[0]?.name).toBe(t("en", "row.trainingFlops"));

    const chosen = await callback(
      chatInput("compute", { params: "175B", lang: "zh-TW" }, { locale: "en-US" }),
    );
    expect(fields(chosen)[0]?.name).toBe(t("zh-TW", "row.trainingFlops"));

    const simplified = await callback(chatInput("compute", { params: "175B" }, { locale: "zh-CN" }));
    expect(fields(simplified)[0]?.name).toBe(t("en", "row.trainingFlops"));
  });

  test("zh-TW errors are in the zh-TW catalog too", async () => {
    const body = await callback(chatInput("compute", { params: "175BB" }, { locale: "zh-TW" }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.title).toBe(t("zh-TW", "error.title"));
  });
});

describe("/flops query text:…", () => {
  test("the free-text grammar: 175B 300B gives the same answer as the compute subcommand", async () => {
    const viaText = await callback(chatInput("query", { text: "175B 300B" }));
    const viaOptions = await callback(chatInput("compute", { params: "175B", tokens: "300B" }));
    expect(viaText.data.embeds).toEqual(viaOptions.data.embeds);
  });

  test("a question in Chinese from a locale the bot has no language for (zh-CN) is answered in zh-TW; en-US stays English", async () => {
    const text = "用 512 張 H100 訓練 70B 要幾天";
    const simplified = await callback(chatInput("query", { text }, { locale: "zh-CN" }));
    // 6 × 70B × 1.4T = 5.88e23 FLOP (C = 6ND, Kaplan et al. 2020 §2.1; D = 20·N, Hoffmann et al. 2022).
    expect(simplified.data.embeds?.[0]?.title).toBe("訓練算力：70B (700 億) 參數 × 1.4T (1.4 兆) token");
    const english = await callback(chatInput("query", { text }, { locale: "en-US" }));
    expect(english.data.embeds?.[0]?.title).toBe("Training compute: 70B parameters × 1.4T tokens");
    const chosen = await callback(chatInput("query", { text, lang: "en" }, { locale: "zh-CN" }));
    expect(chosen.data.embeds?.[0]?.title).toBe("Training compute: 70B parameters × 1.4T tokens");
  });

  test("private:true and lang in the text both apply", async () => {
    const body = await callback(chatInput("query", { text: "chinchilla 175B lang=zh-TW", private: true }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.title).toBe("175B (1,750 億) 參數的 Chinchilla 最佳訓練量");
  });

  test("a typo in the text → an ephemeral error naming the nearest command", async () => {
    const body = await callback(chatInput("query", { text: "chinchila 70B" }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.description).toContain("chinchilla");
  });
});

describe("autocomplete", () => {
  test("gpu: h1 → type 8 with the H100 variants first, then H200 (its name holds the digits: H200 SXM 141GB)", async () => {
    const body = await callback(autocomplete("compute", { params: "175B", gpu: "h1" }, "gpu"));
    expect(body.type).toBe(8);
    const choices = body.data.choices ?? [];
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(
      choices
        .slice(0, 3)
        .map((c) => c.value)
        .sort(),
    ).toEqual(["h100-nvl", "h100-pcie", "h100-sxm"]);
    expect(choices[0]).toEqual({ name: "H100 SXM5 80GB", value: "h100-sxm" });
    expect(choices.map((c) => c.name)).toContain("H200 SXM 141GB");
    expect(choices.findIndex((c) => c.value === "h200-sxm")).toBe(3);
  });

  test("a typed value past 100 characters (no choice is longer) is answered with no choices, nothing matched against it", async () => {
    const spec = commandOf("compute")?.options.gpu as OptionSpec;
    const matched = vi.spyOn(spec as { complete: NonNullable<OptionSpec["complete"]> }, "complete");
    try {
      const body = await callback(autocomplete("compute", { gpu: `h100${"x".repeat(5_996)}` }, "gpu"));
      expect(body.type).toBe(8);
      expect(body.data.choices).toEqual([]);
      expect(matched).not.toHaveBeenCalled();
      // A value of 100 characters is still matched (and, here, finds nothing).
      await callback(autocomplete("compute", { gpu: `h100${"x".repeat(96)}` }, "gpu"));
      expect(matched).toHaveBeenCalledTimes(1);
    } finally {
      matched.mockRestore();
    }
  });

  test("an empty gpu field lists at most 25 of the 40 GPUs", async () => {
    const body = await callback(autocomplete("mfu", { gpu: "" }, "gpu"));
    expect(body.data.choices).toHaveLength(25);
  });

  test("a typo still finds the GPU: mi30x → MI300X; tpuv5 → the TPU v5 chips", async () => {
    const typo = await callback(autocomplete("cards", { gpu: "mi30x" }, "gpu"));
    expect(typo.data.choices?.[0]?.value).toBe("mi300x");
    const tpu = await callback(autocomplete("cards", { gpu: "tpu v5" }, "gpu"));
    expect(tpu.data.choices?.slice(0, 2).map((c) => c.value)).toEqual(["tpu-v5e", "tpu-v5p"]);
  });

  test("model name: deeps → DeepSeek-V3; llama 3 → the Llama 3 runs", async () => {
    const deepseek = await callback(autocomplete("model", { name: "deeps" }, "name"));
    expect(deepseek.data.choices?.[0]).toEqual({ name: "DeepSeek-V3", value: "deepseek-v3" });
    const llama = await callback(autocomplete("model", { name: "llama 3" }, "name"));
    const values = (llama.data.choices ?? []).map((c) => c.value);
    expect(values.slice(0, 3).every((v) => v.startsWith("llama-3"))).toBe(true);
  });

  test("the larger catalogs: llama 3.1 → the Llama 3.1 runs, mi35 → MI355X and MI350X; every choice name fits 100 characters", async () => {
    const llama31 = await callback(autocomplete("model", { name: "llama 3.1" }, "name"));
    expect((llama31.data.choices ?? []).slice(0, 3).map((c) => c.value)).toEqual([
      "llama-3-405b",
      "llama-3.1-8b",
      "llama-3.1-70b",
    ]);
    const mi35 = await callback(autocomplete("cards", { gpu: "mi35" }, "gpu"));
    expect((mi35.data.choices ?? []).slice(0, 2).map((c) => c.value)).toEqual(["mi355x", "mi350x"]);
    for (const [command, option] of [
      ["model", "name"],
      ["mfu", "gpu"],
    ] as const) {
      const all = await callback(autocomplete(command, { [option]: "" }, option));
      const choices = all.data.choices ?? [];
      expect(choices).toHaveLength(25);
      for (const c of choices) expect(c.name.length, c.name).toBeLessThanOrEqual(100);
    }
  });

  test("an empty gpu field starts with the cards asked about most, not the catalog's oldest (V100)", async () => {
    const body = await callback(autocomplete("compute", { gpu: "" }, "gpu"));
    const values = (body.data.choices ?? []).map((c) => c.value);
    expect(values.slice(0, 5)).toEqual(["h100-sxm", "h200-sxm", "b200", "a100-80gb-sxm", "mi300x"]);
    expect(values.indexOf("v100-sxm2")).toBeGreaterThan(10);
  });

  test("a vendor's name lists its cards, as /flops gpus nvidia does: nvidia, amd, google, goo", async () => {
    const values = async (typed: string) =>
      ((await callback(autocomplete("cards", { gpu: typed }, "gpu"))).data.choices ?? []).map((c) => c.value);
    const nvidia = await values("nvidia");
    expect(nvidia.slice(0, 3)).toEqual(["h100-sxm", "h200-sxm", "b200"]);
    const catalog = GPUS.filter((gpu) => gpu.vendor === "NVIDIA").map((gpu) => gpu.id);
    expect([...nvidia].sort()).toEqual([...catalog].sort());
    expect(await values("AMD")).toEqual(["mi300x", "mi355x", "mi325x", "mi250x", "mi350x"]);
    const google = await values("google");
    expect(google[0]).toBe("tpu-v5p");
    expect(google.every((id) => id.startsWith("tpu-"))).toBe(true);
    expect(await values("goo")).toEqual(google);
    // Two letters are a GPU's start, not a vendor's: `mi` still finds the MI cards.
    expect((await values("mi")).every((id) => id.startsWith("mi"))).toBe(true);
  });

  test("compute's params field suggests published runs by name, as model name does; digits get none", async () => {
    const deepseek = await callback(autocomplete("compute", { params: "deeps" }, "params"));
    expect(deepseek.data.choices?.[0]).toEqual({ name: "DeepSeek-V3", value: "deepseek-v3" });
    const llama = await callback(autocomplete("serve", { params: "llama 3" }, "params"));
    expect((llama.data.choices ?? []).slice(0, 3).every((c) => c.value.startsWith("llama-3"))).toBe(true);
  });

  test("a free-text option has nothing to suggest: an empty list, still answered", async () => {
    const body = await callback(autocomplete("compute", { params: "17" }, "params"));
    expect(body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe("replies slower than ~2 s are deferred", () => {
  /** A command layer that answers only when told to: the test releases it once the deferral is seen. */
  function slowClient(reply: (ask: Parameters<typeof answer>[0]) => Reply) {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = createDiscordClient(loadConfig({}), logger, {
      answerer,
      rest: { api: standIn.api },
      deferAfterMs: 0,
      answer: async (ask) => {
        await gate;
        return reply(ask);
      },
    });
    return { slow, release };
  }

  test("type 5 first, then PATCH /webhooks/{app}/{token}/messages/@original with the embeds", async () => {
    const { slow, release } = slowClient(answer);
    const raw = chatInput("compute", { params: "175B", tokens: "300B" });
    const deferral = await callback(raw, slow);
    expect(deferral).toEqual({ type: 5, data: { flags: 0 } });
    release();
    const edit = await standIn.next(
      (r) =>
        r.method === "PATCH" && /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(%40|@)original$/.test(r.path),
    );
    expect(edit.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${raw.token}/messages/%40original`);
    const body = edit.body as Callback["data"];
    expect(body.embeds?.[0]?.fields?.[0]?.value).toContain("3.15 × 10²³ FLOP");
    expect(body.flags).toBeUndefined();
    await slow.destroy();
  });

  test("private:true defers ephemerally (type 5, flags 64)", async () => {
    const { slow, release } = slowClient(answer);
    const raw = chatInput("compute", { params: "175B", private: true });
    expect(await callback(raw, slow)).toEqual({ type: 5, data: { flags: 64 } });
    release();
    await standIn.next((r) => r.method === "PATCH" && r.path.includes(`/${raw.token}/messages/`));
    await slow.destroy();
  });

  test("an error after a public deferral: the placeholder is deleted and the error follows up ephemerally", async () => {
    const { slow, release } = slowClient(answer);
    const raw = chatInput("compute", { params: "175BB" });
    expect(await callback(raw, slow)).toEqual({ type: 5, data: { flags: 0 } });
    release();
    const followUp = await standIn.next(
      (r) => r.method === "POST" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${raw.token}`,
    );
    const deleted = standIn.requests.find(
      (r) => r.method === "DELETE" && r.path.includes(`/${raw.token}/messages/`),
    );
    expect(deleted?.path).toBe(`/api/v10/webhooks/${APPLICATION_ID}/${raw.token}/messages/%40original`);
    expect(standIn.requests.indexOf(deleted as Recorded)).toBeLessThan(standIn.requests.indexOf(followUp));
    expect((followUp.body as Callback["data"]).flags).toBe(64);
    await slow.destroy();
  });

  test("stopping lets an answer under way finish, and takes no new ones", async () => {
    const { slow, release } = slowClient(answer);
    const raw = chatInput("compute", { params: "175B", tokens: "300B" });
    deliver(slow, raw);
    await standIn.next(callbackOf(raw));
    let drained = false;
    const stopping = drain(slow).then(() => {
      drained = true;
    });
    const late = chatInput("gpus", {});
    deliver(slow, late);
    // Every pending microtask runs before setImmediate: a drain that did not wait would be done.
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    release();
    await stopping;
    expect(
      standIn.requests.some((r) => r.method === "PATCH" && r.path.includes(`/${raw.token}/messages/`)),
    ).toBe(true);
    expect(standIn.requests.some(callbackOf(late))).toBe(false);
    await slow.destroy();
  });

  test("a command layer that throws still answers: an ephemeral internal error", async () => {
    const broken = createDiscordClient(loadConfig({}), logger, {
      answerer,
      rest: { api: standIn.api },
      answer: () => {
        throw new Error("boom");
      },
    });
    const body = await callback(chatInput("gpus", {}), broken);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.description).toContain(t("en", "internal"));
    await broken.destroy();
  });
});
