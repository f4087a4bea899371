/**
 * Conversations on the real Bolt app (HTTP mode, signed requests): the buttons and GPU menu under
 * an answer (`block_actions` as Slack posts them: form-encoded `payload`), and thread follow-ups
 * (`app_mention` in a thread). Numbers: 6·N·D = 6 × 70B × 15T = 6.3 × 10²⁴ FLOP (Kaplan et al.
 * 2020 §2.1) at 40% MFU on dense bf16 peaks, H100 SXM 989.4 TFLOP/s and A100 SXM 312 TFLOP/s
 * (NVIDIA datasheets): 512 H100 → 3.11 × 10⁷ s = 360 days; 512 A100 → 9.86 × 10⁷ s = 3.1 years;
 * 2048 H100 → 90.0 days; 2048 A100 → 285 days.
 */
import nock from "nock";
import { describe, expect, it } from "vitest";
import { type ActionsBlock, INTERACTIVE_LIMITS } from "../../../src/adapters/slack/actionsBlock.ts";
import { MAX_ECHO } from "../../../src/app/answer.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import {
  BOT,
  FORM,
  JSON_TYPE,
  mentionEvent,
  postSigned,
  RESPONSE_HOST,
  type RunningTestApp,
  SLACK_API,
  slackConfig,
  slashCommandBody,
  startHttpApp,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const server = useHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });

type Message = { blocks: ({ type: string } & Record<string, unknown>)[]; text: string } & Record<
  string,
  unknown
>;

async function slash(text: string, user: string): Promise<Message> {
  const response = await postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused", { user_id: user }),
    FORM,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Message;
}

const actionsOf = (message: Message): ActionsBlock => {
  const block = message.blocks.find((b) => b.type === "actions");
  if (!block) throw new Error("no actions block");
  return block as unknown as ActionsBlock;
};

let hook = 0;
/** A response_url for one press: resolves with every JSON Slack would have been sent there. */
function interceptActionResponse(times = 1) {
  hook += 1;
  const path = `/actions/T0001/${5000 + hook}/h${hook}`;
  const bodies: Record<string, unknown>[] = [];
  const done = new Promise<Record<string, unknown>[]>((resolve) => {
    nock(RESPONSE_HOST)
      .post(path)
      .times(times)
      .reply(200, (_uri, body) => {
        bodies.push(body as Record<string, unknown>);
        if (bodies.length === times) resolve(bodies);
        return "ok";
      });
  });
  return { url: `${RESPONSE_HOST}${path}`, done };
}

/** A `block_actions` payload as Slack posts it when someone presses a button or picks an option. */
function blockActions(
  user: string,
  message: Message,
  action: Record<string, unknown>,
  responseUrl: string,
  ephemeral = false,
  /** Where the pressed message is: its channel and ts, and the thread it is in (none: the channel's). */
  at: { channel: string; ts: string; threadTs?: string } = {
    channel: "C2147483705",
    ts: "1700000000.000100",
  },
): string {
  const payload = {
    type: "block_actions",
    user: { id: user, username: "ada", name: "ada", team_id: "T0001" },
    api_app_id: "A0FLOPS",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    container: {
      type: "message",
      message_ts: at.ts,
      channel_id: at.channel,
      is_ephemeral: ephemeral,
      ...(at.threadTs ? { thread_ts: at.threadTs } : {}),
    },
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: "T0001", domain: "example" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: at.channel, name: "ml-infra" },
    // Slack sends the message only for non-ephemeral ones.
    ...(ephemeral
      ? {}
      : {
          message: {
            type: "message",
            user: BOT.botUserId,
            bot_id: BOT.botId,
            ts: "1700000000.000100",
            text: message.text,
            blocks: message.blocks,
          },
        }),
    state: { values: {} },
    response_url: responseUrl,
    actions: [{ ...action, action_ts: "1700000001.000200" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

const press = (message: Message, actionId: string) => {
  const block = actionsOf(message);
  const element = block.elements.find((e) => e.action_id === actionId);
  if (element?.type !== "button") throw new Error(`no button ${actionId}`);
  return {
    type: "button",
    action_id: actionId,
    block_id: block.block_id,
    text: element.text,
    value: element.value,
  };
};

const pick = (message: Message, gpu: string) => {
  const block = actionsOf(message);
  return {
    type: "static_select",
    action_id: "flops_gpu",
    block_id: block.block_id,
    selected_option: { text: { type: "plain_text", text: gpu, emoji: true }, value: gpu },
    placeholder: { type: "plain_text", text: "Another GPU", emoji: true },
  };
};

async function send(body: string) {
  return postSigned(`${server.url}/slack/events`, body, FORM);
}

const all = (value: unknown) => textsIn(value).join("\n");

describe("buttons and menu under every answer (block_actions)", () => {
  it("puts a GPU menu with the current card selected, Explain and the language toggle under a public answer", async () => {
    const message = await slash("70B 15T gpu=H100 gpus=512", "U0BTN0001");
    const block = actionsOf(message);
    // compute draws a chart: the Chart button too.
    expect(block.elements.map((e) => e.action_id)).toEqual([
      "flops_gpu",
      "flops_explain",
      "flops_chart",
      "flops_lang",
    ]);
    const menu = block.elements[0];
    if (menu?.type !== "static_select") throw new Error("no menu");
    expect(menu.initial_option?.value).toBe("H100");
    expect(menu.options.map((o) => o.value)).toContain("A100");
    for (const e of block.elements) if (e.type === "button") expect(e.value.length).toBeLessThanOrEqual(2000);
    expect(block.block_id.length).toBeLessThanOrEqual(INTERACTIVE_LIMITS.blockId);
    // The answer is the last-but-one block; the actions block comes last.
    expect(message.blocks.at(-1)?.type).toBe("actions");
  });

  it("no buttons under an error (nothing to change)", async () => {
    const message = await slash("70B 15T gpu=H1000", "U0BTN0002");
    expect(message.blocks.some((b) => b.type === "actions")).toBe(false);
  });

  it("the asker picks A100: acknowledged at once, then the answer is replaced in place with A100's numbers", async () => {
    const user = "U0BTN0003";
    const message = await slash("70B 15T gpu=H100 gpus=512", user);
    expect(all(message.blocks)).toContain("360 days");
    const hookUrl = interceptActionResponse();
    const ack = await send(blockActions(user, message, pick(message, "A100"), hookUrl.url));
    expect(ack.status).toBe(200);
    expect(await ack.text()).toBe("");
    const [posted] = await hookUrl.done;
    expect(posted?.replace_original).toBe(true);
    const texts = all(posted?.blocks);
    expect(texts).toContain("3.1 years");
    expect(texts).toContain("312 TFLOP/s");
    expect(texts).toContain("gpu=A100");
    const menu = actionsOf(posted as Message).elements[0];
    expect(menu?.type === "static_select" && menu.initial_option?.value).toBe("A100");
  });

  it("someone else pressing Explain on a public answer gets it privately; the asker's answer stays", async () => {
    const message = await slash("70B 15T gpu=H100 gpus=512", "U0BTN0004");
    const hookUrl = interceptActionResponse();
    await send(blockActions("U0BTN9999", message, press(message, "flops_explain"), hookUrl.url));
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(posted?.replace_original).toBe(false);
    expect(all(posted?.blocks)).toContain("6.3 × 10²⁴ FLOP");
    // Explained: no Explain button any more.
    expect(actionsOf(posted as Message).elements.map((e) => e.action_id)).not.toContain("flops_explain");
  });

  it("the language toggle re-answers in Traditional Chinese", async () => {
    const user = "U0BTN0005";
    const message = await slash("70B 15T gpu=H100 gpus=512", user);
    const hookUrl = interceptActionResponse();
    await send(blockActions(user, message, press(message, "flops_lang"), hookUrl.url));
    const [posted] = await hookUrl.done;
    const texts = all(posted?.blocks);
    expect(texts).toContain("360 天");
    // The toggle now offers English back.
    const toggle = actionsOf(posted as Message).elements.find((e) => e.action_id === "flops_lang");
    expect(toggle?.type === "button" && toggle.text.text).toBe("English (英文)");
  });

  it("a private answer has Share in channel; the asker's press posts it in the channel and removes the private copy", async () => {
    const user = "U0BTN0006";
    const message = await slash("70B 15T gpu=H100 gpus=512 private", user);
    expect(message.response_type).toBe("ephemeral");
    expect(actionsOf(message).elements.map((e) => e.action_id)).toContain("flops_share");
    const hookUrl = interceptActionResponse(2);
    await send(blockActions(user, message, press(message, "flops_share"), hookUrl.url, true));
    const [shared, removed] = await hookUrl.done;
    expect(shared?.response_type).toBe("in_channel");
    expect(all(shared?.blocks)).toContain("360 days");
    // Shared: public now, so no Share button on the channel copy.
    expect(actionsOf(shared as Message).elements.map((e) => e.action_id)).not.toContain("flops_share");
    expect(removed).toEqual({ delete_original: true });
  });

  it("another user cannot share or change someone's private answer", async () => {
    const message = await slash("70B 15T gpu=H100 gpus=512 private", "U0BTN0007");
    const hookUrl = interceptActionResponse();
    await send(blockActions("U0BTN9998", message, press(message, "flops_share"), hookUrl.url, true));
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(all(posted?.blocks)).toContain("Only the person who asked");
  });

  it("is rate-limited like a command (20 a minute per user)", async () => {
    const user = "U0BTN0008";
    const message = await slash("70B 15T gpu=H100 gpus=512", user);
    // The slash command took one of the 20; 19 presses take the rest.
    for (let i = 0; i < 19; i++) {
      const hookUrl = interceptActionResponse();
      await send(blockActions(user, message, pick(message, "A100"), hookUrl.url));
      await hookUrl.done;
    }
    const hookUrl = interceptActionResponse();
    await send(blockActions(user, message, pick(message, "H200"), hookUrl.url));
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(posted?.replace_original).toBe(false);
    expect(String(posted?.text)).toMatch(/20 commands a minute|too many/i);
  });

  it("refuses a press with a bad signature, as the rest of the endpoint", async () => {
    const message = await slash("70B 15T gpu=H100 gpus=512", "U0BTN0009");
    const body = blockActions(
      "U0BTN0009",
      message,
      pick(message, "A100"),
      "https://hooks.slack.com/actions/x",
    );
    const response = await postSigned(`${server.url}/slack/events`, body, FORM, { secret: "not-the-secret" });
    expect(response.status).toBe(401);
  });

  it("a question too long for the block_id rides by reference, and a restart loses it with a clear message", async () => {
    const user = "U0BTN0010";
    const layers = Array.from({ length: 40 }, () => "dense 784->128").join(", ");
    const message = await slash(`params ${layers}`, user);
    const block = actionsOf(message);
    expect(block.block_id).toMatch(/^flops_q:#[0-9a-f]{16}$/);
    const explain = block.elements.find((e) => e.action_id === "flops_explain");
    // URL-encoded, the 40 layers are 40 × 20 characters: past the 255 of a block_id, inside 2000.
    expect(explain?.type === "button" && explain.value.length).toBeGreaterThan(INTERACTIVE_LIMITS.blockId);
    expect(explain?.type === "button" && explain.value.length).toBeLessThanOrEqual(
      INTERACTIVE_LIMITS.buttonValue,
    );
    // A button value past 2000 characters goes by reference too.
    const longer = Array.from({ length: 100 }, () => "dense 4096->16384").join(", ");
    const long = await slash(`params ${longer}`, user);
    const longExplain = actionsOf(long).elements.find((e) => e.action_id === "flops_explain");
    expect(longExplain?.type === "button" && longExplain.value).toMatch(/^#[0-9a-f]{16}$/);

    const restarted = await startHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });
    try {
      const hookUrl = interceptActionResponse();
      await postSigned(
        `${restarted.url}/slack/events`,
        blockActions(user, long, press(long, "flops_explain"), hookUrl.url),
        FORM,
      );
      const [posted] = await hookUrl.done;
      expect(posted?.response_type).toBe("ephemeral");
      expect(all(posted?.blocks)).toContain("Ask the whole question again");
    } finally {
      await restarted.close();
    }
  });
});

/** A mention in the meeting channel at `ts` (in a thread when threadTs is given). */
const mention = (text: string, ts: string, user: string, threadTs?: string): string =>
  mentionEvent(`<@${BOT.botUserId}> ${text}`, {
    user,
    ts,
    eventTs: ts,
    channel: "C0MEETING1",
    eventTime: 1700000000,
    ...(threadTs ? { threadTs } : {}),
  });

function interceptWebApi(method: string) {
  return new Promise<Record<string, unknown>>((resolve) => {
    nock(SLACK_API)
      .post(`/api/${method}`)
      .reply(200, (_uri, body) => {
        const args =
          typeof body === "string"
            ? Object.fromEntries(new URLSearchParams(body))
            : (body as Record<string, unknown>);
        resolve(args);
        return { ok: true, channel: "C0MEETING1", ts: "1700000100.000001", message_ts: "1700000100.000001" };
      });
  });
}

const blocksText = (args: Record<string, unknown>) =>
  all(typeof args.blocks === "string" ? JSON.parse(args.blocks) : args.blocks);

async function ask(app: RunningTestApp, body: string, method = "chat.postMessage") {
  const call = interceptWebApi(method);
  const response = await postSigned(`${app.url}/slack/events`, body, JSON_TYPE);
  expect(response.status).toBe(200);
  return call;
}

describe("thread follow-ups (app_mention in a thread)", () => {
  it("question → answer → change → answer with the changed numbers; a restart gives the clear message", async () => {
    const user = "U0THREAD01";
    const root = "1700000000.000001";
    const first = await ask(server, mention("70B 15T gpu=H100 gpus=512", root, user));
    expect(first.thread_ts).toBe(root);
    expect(blocksText(first)).toContain("360 days");

    const more = await ask(server, mention("gpus=2048", "1700000000.000002", user, root));
    expect(more.thread_ts).toBe(root);
    const moreText = blocksText(more);
    expect(moreText).toContain("90.0 days");
    expect(moreText).toContain("Follow-up (gpus=2048)");
    expect(moreText).toContain("gpu=H100 gpus=2048");

    // Changes accumulate: 2048 GPUs stay when the card changes.
    const a100 = await ask(server, mention("gpu=A100", "1700000000.000003", user, root));
    expect(blocksText(a100)).toContain("285 days");

    // Explain applies to the last question too.
    const explained = await ask(server, mention("explain", "1700000000.000004", user, root));
    expect(blocksText(explained)).toContain("285 days");
    expect(blocksText(explained)).toContain("6 · N · D");

    // A complete question starts over.
    const fresh = await ask(server, mention("chinchilla 70B", "1700000000.000005", user, root));
    expect(blocksText(fresh)).toContain("1.4T tokens");

    const restarted = await startHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });
    try {
      const lost = await ask(
        restarted,
        mention("gpu=H200", "1700000000.000006", user, root),
        "chat.postEphemeral",
      );
      expect(lost.user).toBe(user);
      expect(blocksText(lost)).toContain("Ask the whole question again");
    } finally {
      await restarted.close();
    }
  });

  it("a change in a thread whose only answer was a refusal or help says there is nothing to change, not that the bot restarted", async () => {
    // It said “The earlier question is gone (the bot restarted or it expired)”: nothing was lost.
    for (const [first, change, root] of [
      ["70B 15T gpu=H1000", "gpu=H100", "1700000002.000001"],
      ["help", "gpus=8", "1700000003.000001"],
    ] as const) {
      const user = "U0THREAD03";
      const refused = await ask(server, mention(first, root, user), "chat.postEphemeral");
      expect(refused.user).toBe(user);
      const more = await ask(
        server,
        mention(change, `${root.slice(0, -1)}2`, user, root),
        "chat.postEphemeral",
      );
      expect(blocksText(more)).toContain("That message has no question to change");
      expect(blocksText(more)).not.toContain("restarted");
    }
    // A thread with nothing of the bot's in it (a restart, expiry) still says the question is gone.
    const lost = await ask(
      server,
      mention("gpu=H100", "1700000004.000002", "U0THREAD03", "1700000004.000001"),
      "chat.postEphemeral",
    );
    expect(blocksText(lost)).toContain("Ask the whole question again");
    expect(blocksText(lost)).toContain("restarted");
  });

  it("a whole question with a wrong word in a thread with nothing kept is refused for that word, not as a lost change", async () => {
    // It said “The earlier question is gone (the bot restarted…)” in a thread the bot had never
    // answered, or “That message has no question to change” after a refusal: never what was wrong.
    const user = "U0THREAD07";
    const fresh = await ask(
      server,
      mention("訓練 70Q 參數 2T tokens", "1700000017.000002", user, "1700000017.000001"),
      "chat.postEphemeral",
    );
    expect(blocksText(fresh)).toContain("我不認識數字裡的「q」");
    expect(blocksText(fresh)).toContain("試試：/flops 175B 300B");
    expect(blocksText(fresh)).not.toContain("重新問");
    const root = "1700000018.000001";
    await ask(server, mention("help", root, user), "chat.postEphemeral");
    const typo = await ask(
      server,
      mention("70B 15T gpu=H1000", "1700000018.000002", user, root),
      "chat.postEphemeral",
    );
    expect(blocksText(typo)).toContain("I don't know the GPU “H1000”");
    expect(blocksText(typo)).not.toContain("no question to change");
    // A change that asks for more than it gives is still told there is nothing to change.
    const change = await ask(
      server,
      mention("gpus=8", "1700000018.000003", user, root),
      "chat.postEphemeral",
    );
    expect(blocksText(change)).toContain("That message has no question to change");
  });

  it("a thread with nothing to change shows its own command's question, and says to reply in an answer's thread", async () => {
    // It showed `Try: /flops 70B 15T gpu=H100 gpus=512` after a cards refusal, and said "Reply to an
    // answer" (Discord's way on); a Slack follow-up goes in an answer's thread.
    const user = "U0THREAD05";
    const root = "1700000005.000001";
    await ask(server, mention("cards 70B gpu=H1000", root, user), "chat.postEphemeral");
    const more = await ask(server, mention("gpus=8", "1700000005.000002", user, root), "chat.postEphemeral");
    const said = blocksText(more);
    expect(said).toContain("That message has no question to change");
    expect(said).toContain("Reply in an answer's thread");
    expect(said).not.toContain("Reply to an answer");
    expect(said).toContain("Try: /flops cards 70B gpu=H100");
    expect(said).not.toContain("70B 15T");
    // A private serve question's thread: serve's first example.
    const hidden = "1700000006.000001";
    await ask(server, mention("serve llama-3-70b gpu=H100 private", hidden, user), "chat.postEphemeral");
    const after = await ask(
      server,
      mention("batch=8", "1700000006.000002", user, hidden),
      "chat.postEphemeral",
    );
    expect(blocksText(after)).toContain(t("en", "conversation.privateThread"));
    expect(blocksText(after)).toContain("Try: /flops serve llama-3-8b gpu=H100");
    // After help, or in a thread the bot knows nothing of, the general whole question.
    const helped = "1700000007.000001";
    await ask(server, mention("help", helped, user), "chat.postEphemeral");
    const change = await ask(
      server,
      mention("gpus=8", "1700000007.000002", user, helped),
      "chat.postEphemeral",
    );
    expect(blocksText(change)).toContain("Try: /flops 70B 15T gpu=H100 gpus=512");
    const lost = await ask(
      server,
      mention("gpus=8", "1700000008.000002", user, "1700000008.000001"),
      "chat.postEphemeral",
    );
    expect(blocksText(lost)).toContain("Try: /flops 70B 15T gpu=H100 gpus=512");
  });

  it("precision=fp8 halves the time on H100 (1,978.9 dense fp8 TFLOP/s, NVIDIA datasheet)", async () => {
    const user = "U0THREAD02";
    const root = "1700000001.000001";
    await ask(server, mention("70B 15T gpu=H100 gpus=512", root, user));
    const fp8 = await ask(server, mention("precision=fp8", "1700000001.000002", user, root));
    expect(blocksText(fp8)).toContain("180 days");
  });
});

/** A `message_action` (message shortcut) as Slack posts it: form-encoded `payload`. */
function messageAction(user: string, text: string, responseUrl: string): string {
  const payload = {
    type: "message_action",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    action_ts: "1700000200.000001",
    team: { id: "T0001", domain: "example" },
    user: { id: user, username: "grace", team_id: "T0001", name: "grace" },
    channel: { id: "C2147483705", name: "ml-infra" },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: "estimate_compute",
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    response_url: responseUrl,
    message_ts: "1700000150.000001",
    message: { type: "message", user: "U0SOMEONE", ts: "1700000150.000001", text },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('"Estimate compute" message shortcut (message_action)', () => {
  it("reads the numbers out of someone's message and answers only the presser, with Share in channel", async () => {
    const hookUrl = interceptActionResponse();
    const ack = await send(
      messageAction("U0SHORT001", "<@U0SOMEONE> 70B 15T gpu=H100 gpus=512", hookUrl.url),
    );
    expect(ack.status).toBe(200);
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(all(posted?.blocks)).toContain("360 days");
    expect(actionsOf(posted as Message).elements.map((e) => e.action_id)).toContain("flops_share");
  });

  it("a message with nothing to read gets the error privately, with an example", async () => {
    const hookUrl = interceptActionResponse();
    await send(messageAction("U0SHORT002", "lunch at noon?", hookUrl.url));
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(all(posted?.blocks)).toContain("Try: /flops");
  });

  it("a message with no text (a file, only a mention) is said to have none, privately with an example; not help", async () => {
    // It answered with help's whole list of commands, which said nothing of what was wrong.
    const hookUrl = interceptActionResponse();
    await send(messageAction("U0SHORT004", "<@U0SOMEONE>", hookUrl.url));
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("ephemeral");
    expect(all(posted?.blocks)).toContain(t("en", "conversation.estimateNoText"));
    expect(all(posted?.blocks)).toContain("Try: /flops 70B 15T gpu=H100 gpus=512");
    expect(all(posted?.blocks)).not.toContain(t("en", "title.help"));
  });

  it("refuses an unsigned shortcut", async () => {
    const body = messageAction("U0SHORT003", "70B 15T", "https://hooks.slack.com/actions/x");
    const response = await postSigned(`${server.url}/slack/events`, body, FORM, { signature: null });
    expect(response.status).toBe(401);
  });
});

/** views.open, intercepted: resolves with the view flopsbot asked Slack to open. */
function interceptViewsOpen() {
  return new Promise<{ trigger_id: string; view: Record<string, unknown> }>((resolve) => {
    nock(SLACK_API)
      .post("/api/views.open")
      .reply(200, (_uri, body) => {
        const args =
          typeof body === "string"
            ? Object.fromEntries(new URLSearchParams(body))
            : (body as Record<string, unknown>);
        const view = typeof args.view === "string" ? JSON.parse(args.view) : args.view;
        resolve({ trigger_id: String(args.trigger_id), view });
        return { ok: true, view: { id: "V0FORM" } };
      });
  });
}

type Field = { type: string; value?: string | null; selected_option?: { value: string } | null };

/** A `view_submission` as Slack posts it, with the state of each field and the chosen conversation's response_url. */
function viewSubmission(
  user: string,
  fields: Record<string, Field>,
  responseUrl: string,
  lang = "en",
): string {
  const values = Object.fromEntries(
    Object.entries(fields).map(([block, field]) => [block, { value: field }]),
  );
  const payload = {
    type: "view_submission",
    team: { id: "T0001", domain: "example" },
    user: { id: user, username: "ada", name: "ada", team_id: "T0001" },
    api_app_id: "A0FLOPS",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    view: {
      id: "V0FORM",
      team_id: "T0001",
      type: "modal",
      callback_id: "flops_form",
      private_metadata: lang,
      blocks: [],
      state: { values },
      hash: "1700000300.abcd",
      title: { type: "plain_text", text: "Estimate compute" },
      app_id: "A0FLOPS",
      bot_id: BOT.botId,
    },
    response_urls: [
      { block_id: "where", action_id: "value", channel_id: "C2147483705", response_url: responseUrl },
    ],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

const text = (value: string): Field => ({ type: "plain_text_input", value });
const chosen = (value: string): Field => ({ type: "static_select", selected_option: { value } });

describe("the form (global shortcut, /flops form, view_submission)", () => {
  it("the global shortcut opens the modal with every field and a conversation to answer in", async () => {
    const opened = interceptViewsOpen();
    const payload = {
      type: "shortcut",
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      action_ts: "1700000300.000001",
      team: { id: "T0001", domain: "example" },
      user: { id: "U0FORM0001", username: "ada", team_id: "T0001" },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: "flops_form",
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
    };
    const ack = await send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(ack.status).toBe(200);
    const { trigger_id, view } = await opened;
    expect(trigger_id).toBe("13345224609.738474920.8088930838d88f008e0");
    const blocks = view.blocks as {
      block_id: string;
      element: { type: string; response_url_enabled?: boolean };
    }[];
    expect(blocks.map((b) => b.block_id)).toEqual([
      "params",
      "tokens",
      "gpu",
      "gpus",
      "mfu",
      "price",
      "precision",
      "mode",
      "where",
    ]);
    expect(blocks.at(-1)?.element).toMatchObject({
      type: "conversations_select",
      response_url_enabled: true,
    });
  });

  it("/flops form opens the same modal, with an empty acknowledgement", async () => {
    const opened = interceptViewsOpen();
    const response = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("form", "/commands/T0001/unused", { user_id: "U0FORM0002" }),
      FORM,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect((await opened).view.callback_id).toBe("flops_form");
  });

  it("bad fields are refused under each field (response_action: errors); the modal stays open", async () => {
    const response = await send(
      viewSubmission(
        "U0FORM0003",
        { params: text("seventy"), tokens: text("15T"), gpus: text("lots"), mfu: text("150%") },
        "https://hooks.slack.com/actions/unused",
      ),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.keys(body.errors).sort()).toEqual(["gpus", "mfu", "params"]);
    expect(body.errors.params).toContain("seventy");
    expect(body.errors.params).toContain("70B");
  });

  it("a field of 3,000 typed characters is quoted under it in at most 80, as every reply quotes", async () => {
    const typed = `<!channel>${"9".repeat(2_990)}`;
    const response = await send(
      viewSubmission("U0FORM0009", { params: text(typed) }, "https://hooks.slack.com/actions/unused"),
    );
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    const said = body.errors.params ?? "";
    // The refusal still shows the start of what was typed, and the example to copy.
    expect(said).toContain("<!channel>999");
    expect(said).toContain("70B");
    expect(said).not.toContain("9".repeat(MAX_ECHO));
    expect(said.length).toBeLessThan(MAX_ECHO + t("en", "conversation.form.invalid").length);
  });

  it("two numbers in one field (params: 175B 300B) are refused under it, not read as 5.25e22 parameters", async () => {
    const response = await send(
      viewSubmission("U0FORM0011", { params: text("175B 300B") }, "https://hooks.slack.com/actions/unused"),
    );
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(body.errors.params).toContain("175B 300B");
    expect(body.errors.params).toContain("70B");
  });

  it("a missing parameter count is named under its field", async () => {
    const response = await send(
      viewSubmission("U0FORM0004", { tokens: text("15T") }, "https://hooks.slack.com/x"),
    );
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(body.errors).toEqual({ params: "Needed; for example 70B." });
  });

  it("a good form closes and answers in the chosen conversation, with the buttons", async () => {
    const hookUrl = interceptActionResponse();
    const response = await send(
      viewSubmission(
        "U0FORM0005",
        {
          params: text("70B"),
          tokens: text("15T"),
          gpu: chosen("H100"),
          gpus: text("512"),
          mode: chosen("train"),
        },
        hookUrl.url,
      ),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    const [posted] = await hookUrl.done;
    expect(posted?.response_type).toBe("in_channel");
    expect(all(posted?.blocks)).toContain("360 days");
    expect(actionsOf(posted as Message).elements[0]?.action_id).toBe("flops_gpu");
  });

  it("serving mode answers how many cards hold the model: 70B × 2 B = 140 GB + 10% = 154 GB → ⌈154 / 72⌉ = 3, so TP 4 H100s", async () => {
    const hookUrl = interceptActionResponse();
    await send(
      viewSubmission(
        "U0FORM0006",
        { params: text("70B"), gpu: chosen("H100"), mode: chosen("infer") },
        hookUrl.url,
      ),
    );
    const [posted] = await hookUrl.done;
    const texts = all(posted?.blocks);
    expect(texts).toContain("Serving 70B parameters on NVIDIA H100 SXM5 80GB");
    // The rule ⌈154 / 72⌉ = 3 cards is no tensor-parallel size: TP 4, each GPU 140 / 4 = 35 GB of weights.
    expect(texts).toContain("TP 4 × PP 1");
    expect(texts).toContain("`N · 2 B / (t·p) = 70B × 2 / 4`");
  });

  it("training fields filled in serving mode are refused under each, in the form's language; none is dropped unsaid", async () => {
    // They were left out: the answer's 解讀為 line showed no 15T, 512, 40% or $2/h, and nothing said so.
    const response = await send(
      viewSubmission(
        "U0FORM0010",
        {
          params: text("70B"),
          tokens: text("15T"),
          gpu: chosen("H100"),
          gpus: text("512"),
          mfu: text("40%"),
          price: text("$2/h"),
          mode: chosen("infer"),
        },
        "https://hooks.slack.com/actions/unused",
        "zh-TW",
      ),
    );
    const body = (await response.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(Object.keys(body.errors).sort()).toEqual(["gpus", "mfu", "price", "tokens"]);
    expect(body.errors.tokens).toBe("推論模式用不到 15T：請清空這個欄位，或把模式改成訓練。");
    expect(body.errors.price).toContain("$2/h");
  });
});

describe("App Home (app_home_opened)", () => {
  function homeOpened(user: string): string {
    return JSON.stringify({
      token: "XXYYZZ",
      team_id: "T0001",
      api_app_id: "A0FLOPS",
      event: {
        type: "app_home_opened",
        user,
        channel: "D0HOME0001",
        tab: "home",
        event_ts: "1700000400.000001",
      },
      type: "event_callback",
      event_id: `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      event_time: 1700000400,
      authorizations: [{ team_id: "T0001", user_id: BOT.botUserId, is_bot: true }],
    });
  }

  it("publishes examples, the grammar in short and the user's last questions as buttons that answer again", async () => {
    const user = "U0HOME0001";
    await slash("70B 15T gpu=H100 gpus=512", user);
    await slash("chinchilla 175B", user);
    const published = interceptWebApi("views.publish");
    const response = await postSigned(`${server.url}/slack/events`, homeOpened(user), JSON_TYPE);
    expect(response.status).toBe(200);
    const args = await published;
    expect(args.user_id).toBe(user);
    const view = (typeof args.view === "string" ? JSON.parse(args.view) : args.view) as {
      type: string;
      blocks: { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[];
    };
    expect(view.type).toBe("home");
    const shown = all(view.blocks);
    expect(shown).toContain("/flops 175B 300B");
    expect(shown).toContain("gpu=A100, gpus=2048");
    const buttons = view.blocks.find((b) => b.type === "actions")?.elements ?? [];
    // Newest first.
    expect(buttons.map((b) => b.text.text)).toEqual([
      "chinchilla params=175B",
      "compute params=70B tokens=15T gpu=H100 gpus=512",
    ]);

    // Pressing one answers it again in the app's messages with the user.
    const posted = interceptWebApi("chat.postMessage");
    const button = buttons[1];
    if (!button) throw new Error("no button");
    const payload = {
      type: "block_actions",
      user: { id: user, username: "ada", name: "ada", team_id: "T0001" },
      api_app_id: "A0FLOPS",
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      container: { type: "view", view_id: "V0HOME" },
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
      team: { id: "T0001", domain: "example" },
      view: { id: "V0HOME", type: "home", blocks: view.blocks },
      actions: [
        {
          type: "button",
          action_id: button.action_id,
          block_id: "flops_recent",
          text: button.text,
          value: button.value,
          action_ts: "1700000401.000001",
        },
      ],
    };
    await send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    const message = await posted;
    expect(message.channel).toBe(user);
    expect(blocksText(message)).toContain("360 days");
  });

  it("a user with no questions yet is told how to ask", async () => {
    const published = interceptWebApi("views.publish");
    await postSigned(`${server.url}/slack/events`, homeOpened("U0HOME0002"), JSON_TYPE);
    const args = await published;
    expect(all(typeof args.view === "string" ? JSON.parse(args.view) : args.view)).toContain("None yet");
  });
});

describe("`share that with the channel` in a thread (issue 18's words)", () => {
  it("posts the thread's answer again with reply_broadcast, so the channel sees it, said so; a change is no broadcast", async () => {
    const user = "U0SHARE001";
    const root = "1700000700.000001";
    const first = await ask(server, mention("70B 15T gpu=H100 gpus=512", root, user));
    expect(first.reply_broadcast === true || first.reply_broadcast === "true").toBe(false);
    const shared = await ask(server, mention("share that with the channel", "1700000700.000002", user, root));
    expect(shared.thread_ts).toBe(root);
    expect(shared.reply_broadcast === true || shared.reply_broadcast === "true").toBe(true);
    // 6 × 70B × 15T / (512 × 989.4 TFLOP/s × 40%) = 360 days, the thread's question unchanged.
    expect(blocksText(shared)).toContain("360 days");
    expect(blocksText(shared)).toContain(
      "Shared with the channel: compute params=70B tokens=15T gpu=H100 gpus=512",
    );
    const changed = await ask(server, mention("gpus=2048", "1700000700.000003", user, root));
    expect(changed.reply_broadcast === true || changed.reply_broadcast === "true").toBe(false);
  });
});

describe("Chart (an injected dependency)", () => {
  it("the Chart button and `@flopsbot chart` hand the answer, marked as asking for a chart, to the uploader", async () => {
    const charted: { title: string; chart?: boolean; channel: string; thread_ts?: string }[] = [];
    const withChart = await startHttpApp(slackConfig(), {
      ...BOT,
      store: new MemoryContextStore(),
      chart: async (_client, reply, where) => {
        if (reply.chart) charted.push({ title: reply.title.key, chart: reply.chart, ...where });
      },
    });
    try {
      const user = "U0CHART001";
      const response = await postSigned(
        `${withChart.url}/slack/events`,
        slashCommandBody("70B 15T gpu=H100 gpus=512", "/commands/T0001/unused", { user_id: user }),
        FORM,
      );
      const message = (await response.json()) as Message;
      expect(actionsOf(message).elements.map((e) => e.action_id)).toContain("flops_chart");
      const hookUrl = `${RESPONSE_HOST}/actions/T0001/chart/unused`;
      await postSigned(
        `${withChart.url}/slack/events`,
        blockActions(user, message, press(message, "flops_chart"), hookUrl),
        FORM,
      );
      for (let i = 0; i < 50 && charted.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(charted[0]).toMatchObject({
        chart: true,
        channel: "C2147483705",
        thread_ts: "1700000000.000100",
      });

      const root = "1700000500.000001";
      await ask(withChart, mention("70B 15T gpu=H100 gpus=512", root, user));
      await ask(withChart, mention("chart", "1700000500.000002", user, root));
      for (let i = 0; i < 50 && charted.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(charted[1]).toMatchObject({ chart: true, channel: "C0MEETING1", thread_ts: root });
      // A change with `chart` (`gpus=2048 chart`): the changed answer, charted, its change said.
      const changed = await ask(withChart, mention("gpus=2048 chart", "1700000500.000003", user, root));
      expect(all(changed)).toMatch(/90\.0 days/);
      expect(all(changed)).toContain("gpus=2048 chart");
      for (let i = 0; i < 50 && charted.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      expect(charted[2]).toMatchObject({ chart: true, channel: "C0MEETING1", thread_ts: root });
    } finally {
      await withChart.close();
    }
    // A command that draws no chart gets no Chart button.
    const noChart = await slash("params dense 784->128, dense 128->10", "U0CHART002");
    expect(actionsOf(noChart).elements.map((e) => e.action_id)).not.toContain("flops_chart");
  });
});

describe("Chart pressed under an answer in a channel the bot is not in", () => {
  it("Slack refuses the file: the presser is told privately at response_url, the answer stays", async () => {
    const user = "U0CHARTNO2";
    // A slash command answers in any channel, invited or not; its Chart button uploads there.
    const message = await slash("70B 15T gpu=H100 gpus=512", user);
    nock(SLACK_API)
      .post("/api/files.getUploadURLExternal")
      .reply(200, { ok: true, upload_url: "https://files.slack.test/upload/v1/F0NO", file_id: "F0NO" });
    nock("https://files.slack.test").post("/upload/v1/F0NO").reply(200, "OK");
    nock(SLACK_API)
      .post("/api/files.completeUploadExternal")
      .reply(200, { ok: false, error: "not_in_channel" });
    const hook = interceptActionResponse();
    const response = await send(blockActions(user, message, press(message, "flops_chart"), hook.url));
    expect(response.status).toBe(200);
    const [notice] = await hook.done;
    expect(notice?.response_type).toBe("ephemeral");
    expect(notice?.replace_original).toBe(false);
    expect(all(notice?.blocks)).toContain(t("en", "conversation.chartNotPosted"));
  });
});

describe("a private question in a thread stays its asker's", () => {
  it("another user's follow-up re-answers the thread's public question, never the private one (nor shows it)", async () => {
    const owner = "U0PUBLIC01";
    const secretive = "U0SECRET01";
    const other = "U0OTHER001";
    const root = "1700000900.000001";
    // The thread's public question: 512 H100 → 360 days.
    const open = await ask(server, mention("70B 15T gpu=H100 gpus=512", root, owner));
    expect(blocksText(open)).toContain("360 days");
    // A private question in the same thread, answered to its asker alone: 6 × 405B × 30T on 4096 H100.
    const hidden = await ask(
      server,
      mention("405B 30T gpu=H100 gpus=4096 private", "1700000900.000002", secretive, root),
      "chat.postEphemeral",
    );
    expect(hidden.user).toBe(secretive);
    expect(blocksText(hidden)).toContain("405B parameters × 30T tokens");

    // Someone else in the thread changes the GPU count: the public question's, 70B on 2048 H100 → 90.0 days.
    const followUp = await ask(server, mention("gpus=2048", "1700000900.000003", other, root));
    const said = blocksText(followUp);
    expect(said).toContain("Training compute: 70B parameters × 15T tokens");
    expect(said).toContain("90.0 days");
    expect(said).not.toContain("405B parameters");
    expect(said).not.toContain("30T tokens");
  });
});

describe("a lost thread in the asker's language", () => {
  it("a follow-up written in Chinese whose thread was forgotten is told so in Chinese", async () => {
    const restarted = await startHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });
    try {
      const lost = await ask(
        restarted,
        mention("換成 A100", "1700000950.000002", "U0LOSTZH01", "1700000950.000001"),
        "chat.postEphemeral",
      );
      expect(lost.user).toBe("U0LOSTZH01");
      expect(blocksText(lost)).toContain(t("zh-TW", "conversation.lostTitle"));
    } finally {
      await restarted.close();
    }
  });
});

describe("a thread whose only question was private says so, not that the bot restarted", () => {
  it("the asker's follow-up is told the thread keeps no private question, and the two ways on", async () => {
    const user = "U0PRIVTH01";
    const root = "1700000970.000001";
    // 6 × 405B × 30T on 4096 H100, answered to its asker alone.
    const hidden = await ask(
      server,
      mention("405B 30T gpu=H100 gpus=4096 private", root, user),
      "chat.postEphemeral",
    );
    expect(blocksText(hidden)).toContain("405B parameters × 30T tokens");
    for (const [who, ts] of [
      [user, "1700000970.000002"],
      ["U0PRIVTH02", "1700000970.000003"],
    ] as const) {
      const followUp = await ask(server, mention("gpu=A100", ts, who, root), "chat.postEphemeral");
      expect(followUp.user).toBe(who);
      const said = blocksText(followUp);
      expect(said).toContain(t("en", "conversation.privateThread"));
      expect(said).not.toContain("restarted");
      expect(said).not.toContain("expired");
      // Nothing of the private question shows: not its numbers, not a re-answer on A100.
      expect(said).not.toContain("405B");
      expect(said).not.toContain("30T");
    }
  });

  it("in the asker's language: a question asked in Chinese, then a follow-up with no Chinese in it", async () => {
    const user = "U0PRIVTH03";
    const root = "1700000980.000001";
    await ask(
      server,
      mention("70B 模型 15T token 512 張 H100 要多久 private", root, user),
      "chat.postEphemeral",
    );
    const followUp = await ask(
      server,
      mention("gpu=A100", "1700000980.000002", user, root),
      "chat.postEphemeral",
    );
    expect(blocksText(followUp)).toContain(t("zh-TW", "conversation.privateTitle"));
    expect(blocksText(followUp)).toContain(t("zh-TW", "conversation.privateThread"));
  });

  it("a thread that was never answered here still says the question is gone", async () => {
    const followUp = await ask(
      server,
      mention("gpu=A100", "1700000990.000002", "U0PRIVTH04", "1700000990.000001"),
      "chat.postEphemeral",
    );
    expect(blocksText(followUp)).toContain("Ask the whole question again");
    expect(blocksText(followUp)).not.toContain(t("en", "conversation.privateThread"));
  });
});

describe("a whole question in a thread answers in the thread's language", () => {
  it("after 175B 300B lang=zh-TW, `chinchilla 70B` and `help` in the thread are in Chinese; lang=en still chooses", async () => {
    const user = "U0THLANG01";
    const root = "1700001000.000001";
    // 6 × 175B × 300B = 3.15e23 FLOP (Kaplan et al. 2020 §2.1), in Chinese as asked.
    const first = await ask(server, mention("175B 300B lang=zh-TW", root, user));
    expect(blocksText(first)).toContain("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");

    // Chinchilla 70B: 20 × 70B = 1.4T tokens (Hoffmann et al. 2022), a question of its own.
    const fresh = await ask(server, mention("chinchilla 70B", "1700001000.000002", user, root));
    expect(blocksText(fresh)).toContain("1.4T token (1.4 兆)");
    expect(blocksText(fresh)).not.toContain("1.4T tokens");

    const help = await ask(server, mention("help", "1700001000.000003", user, root), "chat.postEphemeral");
    expect(blocksText(help)).toContain(t("zh-TW", "title.help"));
    expect(blocksText(help)).not.toContain(t("en", "title.help"));

    const english = await ask(server, mention("chinchilla 70B lang=en", "1700001000.000004", user, root));
    expect(blocksText(english)).toContain("1.4T tokens");
  });
});

describe("Share under a private answer in a thread", () => {
  it("posts the answer in that thread (thread_ts on the response_url message), and the thread's next change is of it", async () => {
    const user = "U0SHARETH1";
    const root = "1700001100.000001";
    // The thread's public question first (512 H100: 360 days), then a private one in the same thread.
    await ask(server, mention("70B 15T gpu=H100 gpus=512", root, user));
    const hidden = await ask(
      server,
      mention("405B 30T gpu=H100 gpus=4096 private", "1700001100.000002", user, root),
      "chat.postEphemeral",
    );
    expect(hidden.thread_ts).toBe(root);
    const message = {
      blocks: JSON.parse(String(hidden.blocks)),
      text: String(hidden.text),
    } as Message;
    const hookUrl = interceptActionResponse(2);
    // Slack sends no message for an ephemeral one: the container says where it is.
    const at = { channel: "C0MEETING1", ts: "1700001100.000003", threadTs: root };
    await send(blockActions(user, message, press(message, "flops_share"), hookUrl.url, true, at));
    const [shared, removed] = await hookUrl.done;
    expect(shared?.response_type).toBe("in_channel");
    expect(shared?.thread_ts).toBe(root);
    expect(all(shared?.blocks)).toContain("405B parameters × 30T tokens");
    expect(removed).toEqual({ delete_original: true });
    // `gpus=8192` now changes the shared question (405B on 30T), not the thread's earlier 70B one.
    const followUp = blocksText(await ask(server, mention("gpus=8192", "1700001100.000004", user, root)));
    expect(followUp).toContain("405B parameters × 30T tokens");
    expect(followUp).toContain("gpus=8192");
    expect(followUp).not.toContain("70B parameters");
  });

  it("a private answer outside any thread is shared in the channel, with no thread_ts", async () => {
    const user = "U0SHARETH2";
    const message = await slash("70B 15T gpu=H100 gpus=512 private", user);
    const hookUrl = interceptActionResponse(2);
    await send(blockActions(user, message, press(message, "flops_share"), hookUrl.url, true));
    const [shared] = await hookUrl.done;
    expect(shared?.response_type).toBe("in_channel");
    expect(shared).not.toHaveProperty("thread_ts");
  });
});
