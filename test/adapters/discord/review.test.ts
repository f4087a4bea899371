import { describe, expect, test } from "vitest";
import { MAX_WORD } from "../../../src/app/answer.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { APPLICATION_ID, chatInput, componentPress, estimateCompute, USER } from "./payloads.ts";
import { BOT_USER, type Recorded } from "./standin.ts";

type Raw = { id: string; token: string };
interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Component {
  type: number;
  custom_id?: string;
  components?: Component[];
}
interface Callback {
  type: number;
  data: { flags?: number; embeds?: Embed[]; components?: Component[]; content?: string };
}

const bot = useBotAgainstStandIn({ answerer: testAnswerer(10_000) });

/** Delivers a raw payload the way the gateway does (discord.js builds the interaction and emits it). */
function deliver(raw: unknown): void {
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

const isCallback = (raw: Raw) => (r: Recorded) =>
  r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`;

async function callback(raw: Raw): Promise<Callback> {
  deliver(raw);
  return (await bot.standIn.next(isCallback(raw))).body as Callback;
}

/** Every text of an answer's embeds. */
const shown = (body: Callback) =>
  (body.data.embeds ?? [])
    .flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join("\n");

describe("a long value is computed as typed or refused whole, never cut", () => {
  test("gpu-hours: of 102 characters (5,462,400 GPU-hours) gives MFU 4.32%, not the 15.9% of its first 101", async () => {
    const hours =
      "1024*24*21+1024*24*14+512*24*7+512*24*3+256*24*2+128*24*1+64*24*12+32*24*6+16*24*30+8*24*30+2048*24*90";
    const body = await callback(
      chatInput("mfu", { params: "70B", tokens: "2T", gpu: "H100", "gpu-hours": hours }),
    );
    // MFU = 6·N·D / (GPU-hours · 3600 · peak) (PaLM App. B), H100 SXM5 dense bf16 989.4 TFLOP/s (datasheet).
    const mfu = (6 * 70e9 * 2e12) / (5_462_400 * 3600 * 989.4e12);
    expect(shown(body)).toContain(`${(mfu * 100).toFixed(2)}%`);
    expect(shown(body)).not.toContain("15.9%");
  });

  test("an option value over the cap is refused privately, naming the limit, with an example", async () => {
    const body = await callback(chatInput("compute", { params: "1".repeat(MAX_WORD + 1), tokens: "300B" }));
    expect(body.data.flags).toBe(64);
    expect(shown(body)).toContain(t("en", "args.wordTooLong", { length: MAX_WORD + 1, max: MAX_WORD }));
    expect(shown(body)).toContain("Try: /flops 175B 300B");
    expect(shown(body)).not.toContain("FLOP");
  });
});

describe("what a public answer quotes of the user", () => {
  // Llama 2 7B's config.json (meta-llama/Llama-2-7b-hf): 32 layers, width 4096, 32 heads, FFN 11008, vocab 32000.
  const config = `{"see":"https://evil.example/x","model_type":"llama","num_hidden_layers":32,"hidden_size":4096,"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000,"z":"${"A".repeat(1500)}"}`;

  test("params config: quotes at most 80 characters of it, with no live URL, and counts 6.74B", async () => {
    const body = await callback(chatInput("params", { config }));
    expect(body.data.flags).toBeUndefined();
    const description = body.data.embeds?.[0]?.description ?? "";
    const readAs = description.split("\n").find((line) => line.includes("config")) ?? "";
    expect(readAs.length).toBeLessThanOrEqual(100);
    expect(shown(body)).not.toContain("A".repeat(81));
    // Discord links any `https://…` in an embed's text: the quoted one is broken by a zero-width space.
    expect(shown(body)).not.toMatch(/https?:\/\/evil/);
    expect(readAs).toContain("https:\u200b//evil.example/x");
    // 6,738,415,616 parameters (Touvron et al. 2023, Llama 2 7B; the HF model card: 6.74B).
    expect(shown(body)).toContain("6,738,415,616");
  });
});

/** A press of `customId` (MESSAGE_COMPONENT, type 3) on the message `messageId` that carried `answer`. */
function componentPressOn(presser: typeof USER, answer: Callback, customId: string, messageId: string) {
  const message = {
    id: messageId,
    author: BOT_USER,
    embeds: answer.data.embeds ?? [],
    components: answer.data.components ?? [],
    flags: answer.data.flags ?? 0,
  };
  return componentPress(message, { custom_id: customId, component_type: 2 }, { presser });
}

const controlsOf = (components: Component[] | undefined) =>
  (components ?? []).flatMap((row) => row.components ?? []).map((c) => c.custom_id ?? "");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Share in channel posts one public copy", () => {
  test("the first press removes Share from the private answer and posts it once; a second press posts nothing", async () => {
    const answer = await callback(
      chatInput("compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512", private: true }),
    );
    expect(answer.data.flags).toBe(64);
    const share = controlsOf(answer.data.components).find((id) => id.startsWith("fs:"));
    if (!share) throw new Error("no Share button");
    const messageId = "1300000000000007001";

    const first = componentPressOn(USER, answer, share, messageId);
    const updated = await callback(first);
    // UPDATE_MESSAGE (7): the private copy keeps its other controls, without Share.
    expect(updated.type).toBe(7);
    expect(controlsOf(updated.data.components).some((id) => id.startsWith("fs:"))).toBe(false);
    expect(controlsOf(updated.data.components).some((id) => id.startsWith("fx:"))).toBe(true);
    const followUp = await bot.standIn.next(
      (r) => r.method === "POST" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${first.token}`,
    );
    const posted = followUp.body as Callback["data"];
    expect(posted.flags ?? 0).toBe(0);
    // 6 · 70e9 · 15e12 / (512 × 989.4e12 × 0.4) s = 360 days (Kaplan et al. 2020 §2.1; H100 datasheet).
    expect(JSON.stringify(posted.embeds)).toContain("360 days");

    // A double click, or a bot.client still showing the old button: acknowledged (6), nothing posted.
    const again = componentPressOn(USER, answer, share, messageId);
    expect((await callback(again)).type).toBe(6);
    await sleep(500);
    expect(
      bot.standIn.requests.some((r) => r.path === `/api/v10/webhooks/${APPLICATION_ID}/${again.token}`),
    ).toBe(false);
  });
});

describe("Estimate compute on an ordinary message", () => {
  const estimate = (content: string) => estimateCompute(content);

  test.each([
    "We trained a 70B model on 15T tokens using 512 H100s for 30 days.",
    "@everyone we trained a 70B model on 15T tokens with 512 H100s for 30 days",
    "We trained a 70B model on 15T tokens with 512 H100s for 30 days, cc <@1300000000000000078>",
  ])("reads %j, skipping mentions, cc and the final period", async (content) => {
    const body = await callback(estimate(content));
    expect(body.data.flags).toBe(64);
    expect(shown(body)).toContain("30.0 days");
    // 6·70e9·15e12 / (512 × 989.4e12 FLOP/s × 30 days) = 480% (PaLM App. B; H100 SXM5 datasheet): impossible.
    expect(shown(body)).toContain("480%");
  });
});

describe("invisible format characters", () => {
  test("params:175B‮ (a right-to-left override) and tokens:300B‏ are read as 175B and 300B", async () => {
    const body = await callback(chatInput("compute", { params: "175B\u202e", tokens: "\u2066300B\u200f" }));
    expect(body.data.flags).toBeUndefined();
    // 6 · 175e9 · 300e9 = 3.15e23 FLOP (Kaplan et al. 2020 §2.1).
    expect(shown(body)).toContain("3.15 × 10²³ FLOP");
    expect(JSON.stringify(body)).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("an option the command does not declare", () => {
  test.each(["foo", "gpu-count", "text"])(
    "compute with %s:… is told /flops compute has no option of that name",
    async (name) => {
      const body = await callback(chatInput("compute", { params: "175B", tokens: "300B", [name]: "8" }));
      expect(body.data.flags).toBe(64);
      const said = shown(body);
      expect(said).toContain(`/flops compute has no option “${name}”`);
      expect(said).not.toContain("The value of  is");
    },
  );
});

describe("the Chart button on Discord", () => {
  test("an answer that can be charted carries Chart; the asker's press attaches the PNG to that answer, anyone else's privately", async () => {
    const answer = await callback(
      chatInput("compute", { params: "70B", tokens: "2T", gpu: "H100", gpus: "512" }),
    );
    const chart = controlsOf(answer.data.components).find((id) => id.startsWith("fc:"));
    if (!chart) throw new Error("no Chart button");

    const own = componentPressOn(USER, answer, chart, "1300000000000007101");
    // DEFERRED_UPDATE_MESSAGE (6), then the PNG on the answer itself (PATCH @original, multipart).
    expect((await callback(own)).type).toBe(6);
    const edit = await bot.standIn.next(
      (r) =>
        r.method === "PATCH" &&
        r.path === `/api/v10/webhooks/${APPLICATION_ID}/${own.token}/messages/%40original`,
    );
    expect(String(edit.headers["content-type"])).toMatch(/^multipart\/form-data/);
    expect(edit.raw.toString("latin1")).toMatch(/name="files\[0\]"; filename="flopsbot-[a-z]+\.png"/);

    const other = componentPressOn(
      { ...USER, id: "1300000000000009998" },
      answer,
      chart,
      "1300000000000007101",
    );
    const copy = await callback(other);
    // CHANNEL_MESSAGE_WITH_SOURCE (4), ephemeral: the other person's own private copy, the answer
    // first, then the PNG added to it (PATCH @original, multipart).
    expect(copy.type).toBe(4);
    expect(copy.data.flags).toBe(64);
    expect(copy.data.embeds?.[0]?.description).toContain("Read as:");
    const theirs = await bot.standIn.next(
      (r) =>
        r.method === "PATCH" &&
        r.path === `/api/v10/webhooks/${APPLICATION_ID}/${other.token}/messages/%40original`,
    );
    expect(theirs.raw.toString("latin1")).toMatch(/name="files\[0\]"; filename="flopsbot-[a-z]+\.png"/);
  }, 30_000);

  test("an answer with nothing to chart (gpus) has no Chart button", async () => {
    const answer = await callback(chatInput("gpus", {}));
    expect(controlsOf(answer.data.components).some((id) => id.startsWith("fc:"))).toBe(false);
  });
});
