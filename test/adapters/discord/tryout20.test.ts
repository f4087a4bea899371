/**
 * "Estimate compute" (a message context-menu command) through the real discord.js client against
 * a local stand-in for Discord: the presser's language follows the same rule as `/flops query`.
 * A Discord language the bot does not speak (ja, zh-CN) chose nothing, so a message written in
 * Chinese is answered in Chinese; English and 中文(台灣) are choices and always win.
 */
import { InteractionType } from "discord.js";
import { describe, expect, test } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import {
  APPLICATION_ID,
  CHANNEL_ID,
  chatInput,
  discordMessage,
  estimateCompute,
  GUILD_ID,
  guildMember,
  USER,
} from "./payloads.ts";
import { BOT_USER, type Recorded } from "./standin.ts";

interface Callback {
  type: number;
  data?: {
    flags?: number;
    embeds?: { title?: string; description?: string }[];
    allowed_mentions?: unknown;
  };
}

const bot = useBotAgainstStandIn({ answerer: testAnswerer(1_000), store: new MemoryContextStore() });

async function callback(raw: { id: string; token: string }): Promise<Callback> {
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request: Recorded = await bot.standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

/** "Estimate compute" on someone's message, pressed by a user whose Discord language is `locale`. */
function estimate(content: string, locale: string) {
  return estimateCompute(content, {
    locale,
    presser: { ...USER, id: "1300000000000020001" },
    target: "1380000000000000020",
  });
}

// 6 × 70B × 15T = 6.3 × 10²⁴ FLOP (Kaplan et al. 2020 §2.1) on 512 H100 SXM (989.4 TFLOP/s dense
// bf16, NVIDIA datasheet) at the default 40% MFU: 6.3e24 / (512 × 989.4e12 × 0.4) s = 360 days.
const CHINESE = "用 512 張 H100 訓練 70B 15T 要幾天";

describe("Estimate compute answers in the language the question is written in when the locale chose none", () => {
  test.each(["ja", "zh-CN", "fr"])(
    "locale %s, a Chinese message: answered privately in Chinese",
    async (locale) => {
      const body = await callback(estimate(CHINESE, locale));
      expect(body.type).toBe(4);
      expect(body.data?.flags).toBe(64);
      const shown = JSON.stringify(body.data?.embeds);
      expect(body.data?.embeds?.[0]?.title).toMatch(/訓練算力/);
      expect(shown).toContain("360 天");
      expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    },
  );

  test("locale ja, a Chinese message that cannot be read: the error and its example in Chinese", async () => {
    const body = await callback(estimate("用 64 張 H100 訓練 70B 175Q", "ja"));
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.title).toBe(t("zh-TW", "error.title"));
    expect(body.data?.embeds?.[0]?.description).toContain(
      t("zh-TW", "error.example", { example: "/flops 175B 300B" }),
    );
  });

  test("locale en-US chose English: the same Chinese message is answered in English", async () => {
    const body = await callback(estimate(CHINESE, "en-US"));
    expect(body.data?.embeds?.[0]?.title).toMatch(/^Training compute/);
    expect(JSON.stringify(body.data?.embeds)).toContain("360 days");
  });

  test("locale zh-TW chose Chinese: an English message is answered in Chinese", async () => {
    const body = await callback(estimate("70B 15T gpu=H100 gpus=512", "zh-TW"));
    expect(body.data?.embeds?.[0]?.title).toMatch(/訓練算力/);
  });

  test("locale ja, an English message stays English", async () => {
    const body = await callback(estimate("70B 15T gpu=H100 gpus=512", "ja"));
    expect(body.data?.embeds?.[0]?.title).toMatch(/^Training compute/);
  });
});

let pressed = 0;

/** A press (MESSAGE_COMPONENT) on the bot's answer `embeds`, its custom_id naming a question no store holds. */
function pressOnLost(embeds: unknown, locale: string) {
  pressed += 1;
  return {
    id: `13200000000000200${String(pressed).padStart(2, "0")}`,
    application_id: APPLICATION_ID,
    type: InteractionType.MessageComponent,
    token: `tryout-component-token-${pressed}`,
    version: 1,
    locale,
    guild_locale: "en-US",
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "ml-questions" },
    member: guildMember({ ...USER, id: "1300000000000020002" }),
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    message: discordMessage({
      id: `13300000000000200${String(pressed).padStart(2, "0")}`,
      type: 20,
      author: BOT_USER,
      embeds,
      components: [],
      application_id: APPLICATION_ID,
      webhook_id: APPLICATION_ID,
    }),
    // A reference (`#` and 16 hex digits) no store holds: the question is gone (a restart, an expiry).
    data: { custom_id: "fx:#0123456789abcdef", component_type: 2 },
  };
}

describe("a press whose question is gone, from a locale the bot does not speak", () => {
  test.each([
    ["a Chinese answer", "zh-TW", "ja", "zh-TW"],
    ["an English answer", "en-US", "ja", "en"],
    ["a Chinese answer, English chosen", "zh-TW", "en-US", "en"],
  ] as const)(
    "%s (asked in %s, pressed from %s): told privately in %s, naming its title",
    async (_what, askedIn, pressedIn, lang) => {
      const answer = await callback(
        chatInput("compute", { params: "70B", tokens: "15T" }, { locale: askedIn }),
      );
      const title = answer.data?.embeds?.[0]?.title ?? "";
      const lost = await callback(pressOnLost(answer.data?.embeds, pressedIn));
      expect(lost.type).toBe(4);
      expect(lost.data?.flags).toBe(64);
      expect(lost.data?.embeds?.[0]?.title).toBe(t(lang, "conversation.lostTitle"));
      expect(lost.data?.embeds?.[0]?.description).toContain(title);
    },
  );
});
