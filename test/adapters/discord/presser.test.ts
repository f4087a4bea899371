import { describe, expect, test } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { chatInput, componentPress, guildMember, USER } from "./payloads.ts";
import { BOT_USER } from "./standin.ts";

interface Callback {
  type: number;
  data?: {
    flags?: number;
    embeds?: { title?: string; description?: string }[];
    components?: { components?: { custom_id?: string }[] }[];
  };
}

const bot = useBotAgainstStandIn({ answerer: testAnswerer(1_000), store: new MemoryContextStore() });
/** A bot whose charts never come out (the renderer failed, or the upload was refused). */
const failingCharts = useBotAgainstStandIn({
  answerer: testAnswerer(1_000),
  store: new MemoryContextStore(),
  chart: async () => undefined,
});

async function callback(
  raw: { id: string; token: string; [key: string]: unknown },
  on: typeof bot = bot,
): Promise<Callback> {
  (
    on.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request = await on.standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

const ASKER = "1300000000000031001";
const OTHER = "1300000000000031002";

let pressed = 0;
/** A MESSAGE_COMPONENT interaction from `presser` (with their Discord locale) on the answer `on`. */
function press(presser: string, locale: string, on: Callback, data: Record<string, unknown>) {
  pressed += 1;
  const message = {
    id: `133310000000${String(pressed).padStart(4, "0")}`,
    author: BOT_USER,
    embeds: on.data?.embeds ?? [],
    components: on.data?.components ?? [],
    flags: on.data?.flags ?? 0,
  };
  return componentPress(message, data, { locale, presser: { ...USER, id: presser } });
}

const ask = (locale: string, values: Record<string, string | boolean>, on: typeof bot = bot) =>
  callback({ ...chatInput("compute", values, { locale }), member: guildMember({ ...USER, id: ASKER }) }, on);

const customId = (body: Callback, prefix: string): string => {
  const found = (body.data?.components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((c) => c.custom_id?.startsWith(prefix))?.custom_id;
  if (!found) throw new Error(`no control ${prefix}`);
  return found;
};

const description = (body: Callback) => body.data?.embeds?.[0]?.description ?? "";

describe("an error to someone else's press is in the presser's language", () => {
  const question = { params: "70B", tokens: "15T", gpu: "H100", gpus: "512", private: true };

  test("a zh-TW user pressing an English private answer is told in Chinese it is not theirs", async () => {
    const answer = await ask("en-US", question);
    const refused = await callback(
      press(OTHER, "zh-TW", answer, { custom_id: customId(answer, "fx:"), component_type: 2 }),
    );
    expect(refused.data?.flags).toBe(64);
    expect(description(refused)).toContain(t("zh-TW", "conversation.notYours"));
  });

  test("an en-US user pressing a Chinese private answer is told in English", async () => {
    const answer = await ask("zh-TW", question);
    const refused = await callback(
      press(OTHER, "en-US", answer, { custom_id: customId(answer, "fs:"), component_type: 2 }),
    );
    expect(refused.data?.flags).toBe(64);
    expect(description(refused)).toContain(t("en", "conversation.notYours"));
  });

  test("a locale the bot does not speak (ja) keeps the answer's language; the asker's own press too", async () => {
    const answer = await ask("zh-TW", question);
    const refused = await callback(
      press(OTHER, "ja", answer, { custom_id: customId(answer, "fx:"), component_type: 2 }),
    );
    expect(description(refused)).toContain(t("zh-TW", "conversation.notYours"));
    // The asker asked in Chinese with an English Discord: their own error stays in their question's language.
    const own = await callback(
      press(ASKER, "en-US", answer, {
        custom_id: customId(answer, "fg:"),
        component_type: 3,
        values: ["NOT-A-GPU"],
      }),
    );
    expect(own.data?.flags).toBe(64);
    expect(description(own)).toMatch(/[\u4e00-\u9fff]/);
  });

  test("a GPU the menu no longer knows, picked by someone else on a public Chinese answer: the error in English", async () => {
    const answer = await ask("zh-TW", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const refused = await callback(
      press(OTHER, "en-US", answer, {
        custom_id: customId(answer, "fg:"),
        component_type: 3,
        values: ["NOT-A-GPU"],
      }),
    );
    expect(refused.data?.flags).toBe(64);
    expect(description(refused)).toContain("NOT-A-GPU");
    expect(description(refused)).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("Chart pressed by someone else", () => {
  test("their private copy is the answer at once (its reading shown), even when the chart never comes", async () => {
    const answer = await ask(
      "en-US",
      { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" },
      failingCharts,
    );
    const raw = press(OTHER, "en-US", answer, { custom_id: customId(answer, "fc:"), component_type: 2 });
    const copy = await callback(raw, failingCharts);
    // CHANNEL_MESSAGE_WITH_SOURCE (4), ephemeral: not a deferral ("thinking…") that only the PNG ended.
    expect(copy.type).toBe(4);
    expect(copy.data?.flags).toBe(64);
    expect(description(copy)).toContain("Read as: 70B parameters · 15T tokens · 512 × H100");
    // 6 × 70B × 15T = 6.3e24 FLOP on 512 H100 at 40% MFU: 360 days (Kaplan et al. 2020 §2.1).
    expect(JSON.stringify(copy.data?.embeds)).toContain("360 days");
  });
});
