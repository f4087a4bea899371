import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { CHANNEL_ID, chatInput, guildMember, USER } from "./payloads.ts";
import { joinGuild, replyTo as replyToBot, storeBotMessage } from "./replies.ts";
import { multipart, type Recorded } from "./standin.ts";

interface Callback {
  data?: { embeds?: unknown[]; components?: unknown[] };
}

const bot = useBotAgainstStandIn(
  { answerer: testAnswerer(1_000), store: new MemoryContextStore() },
  joinGuild,
);

const texts = (body: unknown) =>
  JSON.stringify((body as Callback).data?.embeds ?? (body as { embeds?: unknown[] }).embeds ?? [])
    .replace(/\\n/g, "\n")
    .replace(/\\"/g, '"');

let asked = 0;
/** `/flops <command> …` by `asker`; the answer is then a message of the bot's in the channel (its id). */
async function ask(asker: string, command: string, values: Record<string, string>): Promise<string> {
  asked += 1;
  const raw = { ...chatInput(command, values), member: guildMember({ ...USER, id: asker }) };
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request = await bot.standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  const id = `136240000000000${String(asked).padStart(4, "0")}`;
  storeBotMessage(bot.standIn, id, (request.body as Callback).data);
  return id;
}

let replies = 0;
async function replyTo(to: string, author: string, content: string): Promise<unknown> {
  replies += 1;
  const id = `137240000000000${String(replies).padStart(4, "0")}`;
  return replyToBot(bot.client, bot.standIn, { id, to, author, content });
}

const isMessageEdit = (r: Recorded) =>
  r.method === "PATCH" && new RegExp(`^/api/v10/channels/${CHANNEL_ID}/messages/\\d+$`).test(r.path);

describe("`chart` replied to an answer on Discord", () => {
  test("the reply's text, then its PNG added to that same reply (it was the text again, with no chart)", async () => {
    const asker = "1300000000000024001";
    const answer = await ask(asker, "compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "1024" });
    const before = bot.standIn.requests.length;
    const replied = await replyTo(answer, asker, "chart");
    // 6 × 70B × 15T = 6.3e24 FLOP / (1024 × 989.4e12 × 0.4) = 1.55e7 s = 180 days (Kaplan et al. 2020 §2.1).
    expect(6.3e24 / (1024 * 989.4e12 * 0.4) / 86_400).toBeCloseTo(180, 0);
    expect(texts(replied)).toContain("180 days");
    const edit = await bot.standIn.next((r) => isMessageEdit(r) && bot.standIn.requests.indexOf(r) >= before);
    // The edited message is the bot's reply (posted in this turn), not the user's message or the answer.
    const edited = /\/messages\/(\d+)$/.exec(edit.path)?.[1] ?? "";
    expect(edited).not.toBe(answer);
    expect(bot.standIn.messages.has(edited)).toBe(true);
    expect(String(edit.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const { payload, file } = await multipart(edit);
    expect(payload.attachments).toMatchObject([{ id: "0" }]);
    expect(file.name).toBe("flopsbot-gpus.png");
    expect(PNG.sync.read(Buffer.from(await file.arrayBuffer())).width).toBe(1200);
  });

  test("畫圖 replied to a serving answer: the reply says serve has no chart, in Chinese; nothing attached", async () => {
    const asker = "1300000000000024002";
    const answer = await ask(asker, "serve", {
      params: "70B",
      gpu: "H100",
      rate: "20",
      prompt: "1k",
      generate: "256",
      lang: "zh-TW",
    });
    const before = bot.standIn.requests.length;
    const replied = await replyTo(answer, asker, "畫圖");
    expect(texts(replied)).toContain(t("zh-TW", "chart.none", { command: "serve" }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot.standIn.requests.slice(before).some(isMessageEdit)).toBe(false);
  });
});

describe("a refused reply names the word not understood", () => {
  // `rent` is read since (a count of GPUs rented); `borrow` still is not.
  test("`what if we only borrow 256`: “borrow”, not the softener “only” left out of the reading", async () => {
    const asker = "1300000000000024091";
    const answer = await ask(asker, "compute", { params: "70B", tokens: "1.4T", gpu: "H100", gpus: "1024" });
    const refused = texts(await replyTo(answer, asker, "what if we only borrow 256"));
    expect(refused).toContain("I don't know what “borrow” changes in the thread's /flops compute.");
    expect(refused).not.toContain("“only”");
    const changed = texts(await replyTo(answer, asker, "what if we only had 256 of them"));
    expect(changed).toContain("Follow-up (gpus=256)");
  });
});
