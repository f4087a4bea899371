/**
 * The controls under a Discord answer, driven through the real discord.js client: a `/flops`
 * answer carries a GPU menu and buttons (custom_ids within Discord's 100 characters), and a
 * MESSAGE_COMPONENT interaction as the gateway delivers it (type 3, with the message it was on)
 * re-answers in place (type 7) or privately. Numbers: 6 × 70B × 15T = 6.3 × 10²⁴ FLOP (Kaplan et
 * al. 2020 §2.1) at 40% MFU; dense bf16 H100 SXM 989.4 and A100 SXM 312 TFLOP/s (NVIDIA
 * datasheets): 512 H100 → 360 days, 512 A100 → 3.1 years.
 */
import { type Client, ComponentType, InteractionType } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { COMPONENT_LIMITS } from "../../../src/adapters/discord/components.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
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
import { joinGuild, replyTo as replyToBot, storeBotMessage } from "./replies.ts";
import { BOT_USER, type Recorded, type StandIn, startStandIn } from "./standin.ts";

const answerer = testAnswerer(20);

interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  options?: { label: string; value: string; default?: boolean }[];
  components?: Component[];
}
interface Callback {
  type: number;
  data?: {
    flags?: number;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    components?: Component[];
  };
}

let standIn: StandIn;
let client: Client;
const logger = pino({ level: "silent" });

beforeAll(async () => {
  standIn = await startStandIn();
  client = newClient();
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

const newClient = () =>
  createDiscordClient(loadConfig({}), logger, {
    answerer,
    rest: { api: standIn.api },
    store: new MemoryContextStore(),
  });

function deliver(target: Client, raw: unknown): void {
  (
    target as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

async function callback(raw: { id: string; token: string }, target: Client = client): Promise<Callback> {
  deliver(target, raw);
  const request: Recorded = await standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

/** A question whose encoded form is over the 100 characters of a custom_id: it rides by reference. */
const PAST_100_CHARACTERS = {
  params: "70B",
  tokens: "15T",
  gpu: "H100",
  gpus: "512",
  mfu: "38.5%",
  price: "$2.49/h",
  precision: "bf16",
};

let counter = 0;
const user = (id: string) => ({ ...USER, id });

/** A MESSAGE_COMPONENT interaction (type 3) as the gateway delivers it, on the message it was under. */
function componentPress(presser: string, answerBody: Callback, data: Record<string, unknown>) {
  counter += 1;
  const ephemeral = (answerBody.data?.flags ?? 0) & 64;
  return {
    id: `13200000000000000${String(counter).padStart(2, "0")}`,
    application_id: APPLICATION_ID,
    type: InteractionType.MessageComponent,
    token: `component-token-${counter}`,
    version: 1,
    locale: "en-US",
    guild_locale: "en-US",
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "ml-questions" },
    member: guildMember(user(presser)),
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    message: discordMessage({
      id: `13300000000000000${String(counter).padStart(2, "0")}`,
      type: 20,
      author: BOT_USER,
      embeds: answerBody.data?.embeds ?? [],
      components: answerBody.data?.components ?? [],
      flags: ephemeral,
      application_id: APPLICATION_ID,
      webhook_id: APPLICATION_ID,
    }),
    data,
  };
}

const controls = (body: Callback): Component[] =>
  (body.data?.components ?? []).flatMap((row) => row.components ?? []);
const control = (body: Callback, prefix: string): Component => {
  const found = controls(body).find((c) => c.custom_id?.startsWith(prefix));
  if (!found) throw new Error(`no control ${prefix}`);
  return found;
};
const texts = (body: Callback) =>
  JSON.stringify(body.data?.embeds ?? [])
    .replace(/\\n/g, "\n")
    .replace(/\\"/g, '"');

const ask = async (presser: string, values: Record<string, string | boolean>) => {
  const raw = {
    ...chatInput("compute", values),
    member: guildMember(user(presser)),
  };
  return callback(raw);
};

describe("controls under a Discord answer (MESSAGE_COMPONENT)", () => {
  test("an answer carries a GPU menu with the current card selected and buttons, every custom_id ≤ 100", async () => {
    const body = await ask("1300000000000001001", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const menu = control(body, "fg:");
    expect(menu.type).toBe(ComponentType.StringSelect);
    expect(menu.options?.find((o) => o.default)?.value).toBe("H100");
    // Chart too: a compute answer with a GPU can be charted (README, "In a meeting").
    expect(controls(body).map((c) => c.custom_id?.slice(0, 3))).toEqual(["fg:", "fx:", "fc:", "fl:"]);
    for (const c of controls(body))
      expect(c.custom_id?.length).toBeLessThanOrEqual(COMPONENT_LIMITS.customId);
  });

  test("the asker picks A100: the answer is updated in place (type 7) with A100's numbers", async () => {
    const asker = "1300000000000001002";
    const body = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    expect(texts(body)).toContain("360 days");
    const menu = control(body, "fg:");
    const press = componentPress(asker, body, {
      custom_id: menu.custom_id,
      component_type: ComponentType.StringSelect,
      values: ["A100"],
    });
    const update = await callback(press);
    expect(update.type).toBe(7);
    expect(texts(update)).toContain("3.1 years");
    expect(texts(update)).toContain("gpu=A100");
    expect(control(update, "fg:").options?.find((o) => o.default)?.value).toBe("A100");
  });

  test("someone else's Explain press is answered privately (flags 64); a private answer's Share is the asker's alone", async () => {
    const asker = "1300000000000001003";
    const body = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const explain = control(body, "fx:");
    const other = await callback(
      componentPress("1300000000000009999", body, { custom_id: explain.custom_id, component_type: 2 }),
    );
    expect(other.type).toBe(4);
    expect(other.data?.flags).toBe(64);
    expect(texts(other)).toContain("6.3 × 10²⁴ FLOP");

    const privateBody = await ask(asker, {
      params: "70B",
      tokens: "15T",
      gpu: "H100",
      gpus: "512",
      private: true,
    });
    expect(privateBody.data?.flags).toBe(64);
    const share = control(privateBody, "fs:");
    const refused = await callback(
      componentPress("1300000000000009999", privateBody, { custom_id: share.custom_id, component_type: 2 }),
    );
    expect(texts(refused)).toContain("Only the person who asked");
    const sharePress = componentPress(asker, privateBody, { custom_id: share.custom_id, component_type: 2 });
    // The private copy loses its Share button (7, UPDATE_MESSAGE); the public copy is a follow-up.
    const updated = await callback(sharePress);
    expect(updated.type).toBe(7);
    expect(controls(updated).map((c) => c.custom_id?.slice(0, 3))).not.toContain("fs:");
    const followUp = await standIn.next(
      (r) => r.method === "POST" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${sharePress.token}`,
    );
    const shared = { type: 4, data: followUp.body } as Callback;
    expect(shared.data?.flags).toBeUndefined();
    expect(texts(shared)).toContain("360 days");
  });

  test("the language toggle answers in Traditional Chinese", async () => {
    const asker = "1300000000000001004";
    const body = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const toggle = control(body, "fl:");
    const update = await callback(
      componentPress(asker, body, { custom_id: toggle.custom_id, component_type: 2 }),
    );
    expect(update.type).toBe(7);
    expect(texts(update)).toContain("360 天");
  });

  test("a question past 100 characters rides by reference; after a restart the press gets the clear message with the last reading", async () => {
    const asker = "1300000000000001005";
    const body = await ask(asker, PAST_100_CHARACTERS);
    const explain = control(body, "fx:");
    expect(explain.custom_id).toMatch(/^fx:#[0-9a-f]{16}$/);
    // Still works in the same process…
    const again = await callback(
      componentPress(asker, body, { custom_id: explain.custom_id, component_type: 2 }),
    );
    expect(again.type).toBe(7);
    // …but a restarted bot no longer has it.
    const restarted = newClient();
    try {
      const lost = await callback(
        componentPress(asker, body, { custom_id: explain.custom_id, component_type: 2 }),
        restarted,
      );
      expect(lost.data?.flags).toBe(64);
      expect(texts(lost)).toContain("Ask the whole question again");
      expect(texts(lost)).toContain("Training compute: 70B parameters × 15T tokens");
    } finally {
      await restarted.destroy();
    }
  });

  test("a forged custom_id is not a question: the clear message, nothing computed", async () => {
    const body = await ask("1300000000000001006", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const lost = await callback(
      componentPress("1300000000000001006", body, { custom_id: "fx:#0123456789abcdef", component_type: 2 }),
    );
    expect(texts(lost)).toContain("Ask the whole question again");
  });
});

let posted = 0;
/** A message of the bot's in the channel (what the stand-in returns for GET …/messages/{id}). */
function botMessage(body: Callback): string {
  posted += 1;
  const id = `13600000000000000${String(posted).padStart(2, "0")}`;
  storeBotMessage(standIn, id, body.data);
  return id;
}

let replies = 0;
/** A user's reply to the bot's message `to`; the bot's reply is then a message of its own, repliable in turn. */
async function replyTo(
  target: Client,
  to: string,
  author: string,
  content: string,
): Promise<Callback & { id: string }> {
  replies += 1;
  const id = `13700000000000000${String(replies).padStart(2, "0")}`;
  const body = await replyToBot(target, standIn, { id, to, author, content });
  const sent = [...standIn.messages.values()].at(-1) as { id: string };
  return { type: 0, data: body as Callback["data"], id: sent.id };
}

describe("follow-ups as replies to the bot's answer (MESSAGE_CREATE)", () => {
  test("question → answer → change → answer with the changed numbers; context in the message survives a restart", async () => {
    joinGuild(client);
    const asker = "1300000000000002001";
    const answer = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const first = botMessage(answer);

    const more = await replyTo(client, first, asker, "gpus=2048");
    expect(texts(more)).toContain("90.0 days");
    expect(texts(more)).toContain("Follow-up (gpus=2048)");
    // The reply carries its own controls, so it can be replied to in turn.
    expect(control(more, "fg:").options?.find((o) => o.default)?.value).toBe("H100");

    const a100 = await replyTo(client, more.id, asker, "gpu=A100");
    expect(texts(a100)).toContain("285 days");

    // A restarted bot reads the question from the message itself.
    const restarted = newClient();
    try {
      joinGuild(restarted);
      const again = await replyTo(restarted, a100.id, asker, "precision=fp8");
      // The A100 datasheet gives no fp8 peak (it has none in hardware): the reply says so.
      expect(texts(again)).toContain("A100 SXM4 80GB has no published dense fp8 peak");
      const fp8 = await replyTo(restarted, more.id, asker, "precision=fp8");
      // H100 SXM fp8 dense 1,978.9 TFLOP/s, twice bf16: 2048 cards, 45.0 days.
      expect(texts(fp8)).toContain("45.0 days");
      const h100 = await replyTo(restarted, more.id, asker, "gpus=512");
      expect(texts(h100)).toContain("360 days");
    } finally {
      await restarted.destroy();
    }
  });

  test("a question kept by reference is lost on restart: the clear message with the last reading", async () => {
    const asker = "1300000000000002002";
    const answer = await ask(asker, PAST_100_CHARACTERS);
    const first = botMessage(answer);
    const restarted = newClient();
    try {
      joinGuild(restarted);
      const lost = await replyTo(restarted, first, asker, "gpu=A100");
      expect(texts(lost)).toContain("Ask the whole question again");
      expect(texts(lost)).toContain("Training compute: 70B parameters × 15T tokens");
    } finally {
      await restarted.destroy();
    }
  });
});

describe('"Estimate compute" message command (APPLICATION_COMMAND, type 3 MESSAGE)', () => {
  const estimate = (presser: string, content: string) => estimateCompute(content, { presser: user(presser) });

  test("Estimate compute after 20 commands in a minute is told to wait, like a command", async () => {
    const asker = "1300000000000009004";
    for (let i = 0; i < 20; i++) await ask(asker, { params: "70B", tokens: "15T" });
    const body = await callback(estimate(asker, "70B 15T gpu=H100 gpus=512"));
    expect(body.data?.flags).toBe(64);
    expect(texts(body)).toContain(t("en", "rate.title"));
    // Not computed: 512 H100 at 40% MFU would take 360 days.
    expect(texts(body)).not.toContain("360 days");
  });

  test("answers the presser privately (flags 64) from the message's numbers, with Share in channel", async () => {
    const body = await callback(estimate("1300000000000003001", "70B 15T gpu=H100 gpus=512"));
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(texts(body)).toContain("360 days");
    expect(controls(body).map((c) => c.custom_id?.slice(0, 3))).toContain("fs:");
  });

  test("a message with nothing to read: a private error with an example", async () => {
    const body = await callback(estimate("1300000000000003002", "lunch at noon?"));
    expect(body.data?.flags).toBe(64);
    expect(texts(body)).toContain("Try: /flops");
  });

  test("a message with no text (an image, only a mention) is said to have none, in the presser's language; not help", async () => {
    // It answered with help's whole list of commands, which said nothing of what was wrong.
    for (const content of ["", "<@1300000000000000077>"]) {
      const body = await callback(
        estimateCompute(content, { presser: user("1300000000000003003"), locale: "zh-TW" }),
      );
      expect(body.data?.flags).toBe(64);
      expect(texts(body)).toContain(t("zh-TW", "conversation.estimateNoText"));
      expect(texts(body)).toContain("試試：/flops 70B 15T gpu=H100 gpus=512");
      expect(texts(body)).not.toContain(t("zh-TW", "title.help"));
    }
  });
});

describe("/flops form (a modal, then MODAL_SUBMIT)", () => {
  function modalSubmit(presser: string, values: Record<string, string>) {
    const base = chatInput("compute", {});
    counter += 1;
    return {
      ...base,
      id: `13900000000000000${String(counter).padStart(2, "0")}`,
      token: `modal-token-${counter}`,
      type: InteractionType.ModalSubmit,
      member: guildMember(user(presser)),
      data: {
        custom_id: "flops_form",
        components: Object.entries(values).map(([id, value]) => ({
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.TextInput, custom_id: id, value }],
        })),
      },
    };
  }

  test("a form submitted after 20 commands in a minute is told to wait, like a command", async () => {
    const asker = "1300000000000009003";
    for (let i = 0; i < 20; i++) await ask(asker, { params: "70B", tokens: "15T" });
    const submitted = await callback(
      modalSubmit(asker, { params: "175B", tokens: "300B", gpu: "", gpus: "", more: "" }),
    );
    expect(submitted.data?.flags).toBe(64);
    expect(texts(submitted)).toContain(t("en", "rate.title"));
    // Not computed: 6 × 175B × 300B = 3.15e23 FLOP (Kaplan et al. 2020 §2.1) is not shown.
    expect(texts(submitted)).not.toContain("3.15 × 10²³");
  });

  test("opens a modal (type 9) of at most five inputs", async () => {
    const base = chatInput("compute", {});
    const raw = { ...base, data: { ...base.data, options: [{ type: 1, name: "form", options: [] }] } };
    const body = (await callback(raw)) as unknown as {
      type: number;
      data: { custom_id: string; components: { components: { custom_id: string }[] }[] };
    };
    expect(body.type).toBe(9);
    expect(body.data.custom_id).toBe("flops_form");
    expect(body.data.components.length).toBeLessThanOrEqual(5);
    expect(body.data.components.map((row) => row.components[0]?.custom_id)).toEqual([
      "params",
      "tokens",
      "gpu",
      "gpus",
      "more",
    ]);
  });

  test("a submitted form answers in the channel with its controls", async () => {
    const body = await callback(
      modalSubmit("1300000000000004001", {
        params: "70B",
        tokens: "15T",
        gpu: "H100",
        gpus: "512",
        more: "mfu=40%",
      }),
    );
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBeUndefined();
    expect(texts(body)).toContain("360 days");
    expect(control(body, "fg:").options?.find((o) => o.default)?.value).toBe("H100");
  });

  test("a bad field is answered privately, naming the value and showing an example", async () => {
    const body = await callback(
      modalSubmit("1300000000000004002", {
        params: "70B",
        tokens: "15T",
        gpu: "H1000",
        gpus: "512",
        more: "",
      }),
    );
    expect(body.data?.flags).toBe(64);
    expect(texts(body)).toContain("H1000");
    expect(texts(body)).toContain("Try: /flops");
  });
});

describe("`share that with the channel` replied to an answer (issue 18's words)", () => {
  test("the answer again, in the channel where replies already are, said as shared; never `share` refused", async () => {
    joinGuild(client);
    const asker = "1300000000000008101";
    const answer = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const shared = await replyTo(client, botMessage(answer), asker, "share that with the channel");
    // 6 × 70B × 15T / (512 × 989.4 TFLOP/s × 40%) = 360 days, unchanged.
    expect(texts(shared)).toContain("360 days");
    expect(texts(shared)).toContain(
      "Shared with the channel: compute params=70B tokens=15T gpu=H100 gpus=512",
    );
    expect(shared.data?.flags ?? 0).not.toBe(64);
  });
});

describe("presses and replies count against the asker's one rate limit", () => {
  test("after 20 commands in a minute, a button press and a reply in the same server are told to wait", async () => {
    joinGuild(client);
    const asker = "1300000000000009001";
    let last: Callback | undefined;
    for (let i = 0; i < 20; i++)
      last = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    // The 20th answer still computed: 512 H100 at 40% MFU → 360 days.
    expect(texts(last as Callback)).toContain("360 days");
    const answer = last as Callback;

    const pressed = await callback(
      componentPress(asker, answer, {
        component_type: ComponentType.Button,
        custom_id: control(answer, "fx:").custom_id,
      }),
    );
    expect(pressed.data?.flags).toBe(64);
    expect(texts(pressed)).toContain(t("en", "rate.title"));
    expect(texts(pressed)).not.toContain("360 days");

    const replied = await replyTo(client, botMessage(answer), asker, "gpus=2048");
    expect(texts(replied)).toContain(t("en", "rate.title"));
    expect(texts(replied)).not.toContain("90.0 days");
  });
});

describe("a reply to a Chinese answer is refused in Chinese", () => {
  test("an unreadable follow-up, or a whole question in Chinese, is answered in the thread's language", async () => {
    joinGuild(client);
    const asker = "1300000000000009002";
    const answer = await ask(asker, {
      params: "70B",
      tokens: "15T",
      gpu: "H100",
      gpus: "512",
      lang: "zh-TW",
    });
    // 512 H100 at 40% MFU: 360 天.
    expect(texts(answer)).toContain("360 天");
    const refused = await replyTo(client, botMessage(answer), asker, "banana");
    expect(texts(refused)).not.toContain("I can't compute that");
    expect(texts(refused)).toContain(t("zh-TW", "error.title"));

    // A whole new question written in Chinese, replied to an English answer: 6 × 70B × 1.4T
    // (C = 6ND, Kaplan et al. 2020 §2.1; D = 20·N, Hoffmann et al. 2022), answered in Chinese.
    const english = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const chinese = await replyTo(client, botMessage(english), asker, "用 512 張 H100 訓練 70B 要幾天");
    expect(texts(chinese)).toContain("訓練算力：70B (700 億) 參數 × 1.4T (1.4 兆) token");
  });
});

describe("replies between people cost the bot nothing", () => {
  test("a reply that does not mention the bot never makes it fetch the message replied to", async () => {
    joinGuild(client);
    const before = standIn.requests.length;
    const replies = [
      // Without the Message Content intent, Discord sends a message that does not mention the bot with no content.
      { content: "", mentions: [] },
      // A reply to someone else, pinging them.
      { content: "<@1300000000000000077> agreed", mentions: [user("1300000000000000077")] },
    ];
    for (const [i, fields] of replies.entries()) {
      const id = `13750000000000000${i}`;
      const to = `13760000000000000${i}`;
      (
        client as unknown as { actions: { MessageCreate: { handle(data: unknown): void } } }
      ).actions.MessageCreate.handle({
        ...discordMessage({
          id,
          type: 19,
          guild_id: GUILD_ID,
          author: user("1300000000000009010"),
          timestamp: "2025-01-01T00:02:00.000000+00:00",
          ...fields,
        }),
        message_reference: { type: 0, message_id: to, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});

describe("a lost context in the asker's language", () => {
  test("a follow-up written in Chinese to an answer whose question was lost is told so in Chinese", async () => {
    const asker = "1300000000000009005";
    const answer = await ask(asker, PAST_100_CHARACTERS);
    const first = botMessage(answer);
    const restarted = newClient();
    try {
      joinGuild(restarted);
      const lost = await replyTo(restarted, first, asker, "換成 A100");
      expect(texts(lost)).toContain(t("zh-TW", "conversation.lostTitle"));
      // The last reading is still shown, as the answer's title had it.
      expect(texts(lost)).toContain("Training compute: 70B parameters × 15T tokens");
    } finally {
      await restarted.destroy();
    }
  });
});

describe("a bare count replied to an answer whose question was lost", () => {
  test("`and with 2048?` is told the question is gone, never answered as a 2,048-parameter model", async () => {
    const asker = "1300000000000009006";
    const answer = await ask(asker, PAST_100_CHARACTERS);
    const first = botMessage(answer);
    const restarted = newClient();
    try {
      joinGuild(restarted);
      const lost = await replyTo(restarted, first, asker, "and with 2048?");
      expect(texts(lost)).toContain(t("en", "conversation.lostTitle"));
      expect(texts(lost)).not.toContain("2.05K parameters");
    } finally {
      await restarted.destroy();
    }
  });
});

describe("a whole question with a wrong word replied to an answer whose question was lost", () => {
  test("`70B 2T gpu=H1000` is refused for the GPU, not told the question is gone", async () => {
    // It said “Ask the whole question again” to a whole question, and never that H1000 is no GPU.
    const asker = "1300000000000009007";
    const first = botMessage(await ask(asker, PAST_100_CHARACTERS));
    const restarted = newClient();
    try {
      joinGuild(restarted);
      const refused = await replyTo(restarted, first, asker, "70B 2T gpu=H1000");
      expect(texts(refused)).toContain("I don't know the GPU “H1000”");
      expect(texts(refused)).toContain("Try: /flops");
      expect(texts(refused)).not.toContain(t("en", "conversation.lostTitle"));
      const zh = await replyTo(restarted, first, asker, "訓練 70Q 參數 2T tokens");
      expect(texts(zh)).toContain("我不認識數字裡的「q」");
    } finally {
      await restarted.destroy();
    }
  });
});

describe("a reply cannot be private on Discord", () => {
  test("a follow-up asking for `private` is not answered in the channel; it says how to ask privately", async () => {
    joinGuild(client);
    const asker = "1300000000000009006";
    const answer = await ask(asker, { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    const replied = await replyTo(client, botMessage(answer), asker, "gpus=2048 private");
    // 2048 H100 at 40% MFU would take 90.0 days: not shown to everyone.
    expect(texts(replied)).not.toContain("90.0 days");
    expect(texts(replied)).toContain(t("en", "discord.replyPrivate"));
    expect(texts(replied)).toContain(
      "/flops query text:compute params=70B tokens=15T gpu=H100 gpus=2048 private:True",
    );
  });
});
