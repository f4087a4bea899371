/**
 * A thread in a meeting on the real Slack app over loopback (signed requests to Bolt's HTTP
 * receiver on 127.0.0.1; the Web API and response_url intercepted with nock): a button pressed
 * under the thread's answer changes the question the thread's next follow-up changes.
 * Numbers: 6·N·D = 6 × 70B × 15T = 6.3e24 FLOP (Kaplan et al. 2020 §2.1) at 40% MFU on dense bf16
 * peaks (NVIDIA datasheets): 2048 × H100 (989.4 TFLOP/s) → 90.0 days; 2048 × A100 (312) → 285 days.
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { ActionsBlock } from "../../../src/adapters/slack/actionsBlock.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  JSON_TYPE,
  mentionEvent,
  postSigned,
  RESPONSE_HOST,
  SLACK_API,
  slackConfig,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const server = useHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });

afterEach(() => {
  nock.cleanAll();
});

const CHANNEL = "C0T23MEET1";
type Block = { type: string } & Record<string, unknown>;

/** A mention in the channel at `ts` (in the thread `threadTs` when given); resolves with what the bot posted. */
async function mention(text: string, ts: string, user: string, threadTs?: string) {
  const posted = new Promise<Record<string, unknown>>((resolve) => {
    nock(SLACK_API)
      .post(/\/api\/chat\.post(Message|Ephemeral)/)
      .reply(200, (_uri, body) => {
        const args =
          typeof body === "string"
            ? Object.fromEntries(new URLSearchParams(body))
            : (body as Record<string, unknown>);
        resolve(args);
        return { ok: true, channel: CHANNEL, ts: `${ts}9`, message_ts: `${ts}9` };
      });
  });
  const event = mentionEvent(`<@${BOT.botUserId}> ${text}`, {
    user,
    ts,
    eventTs: ts,
    channel: CHANNEL,
    eventTime: 1700000000,
    ...(threadTs ? { threadTs } : {}),
  });
  const response = await postSigned(`${server.url}/slack/events`, event, JSON_TYPE);
  expect(response.status).toBe(200);
  const args = await posted;
  const blocks = (typeof args.blocks === "string" ? JSON.parse(args.blocks) : args.blocks) as Block[];
  return { args, blocks, text: textsIn(blocks).join("\n") };
}

/** A GPU picked in the menu under the bot's answer in the thread (`block_actions`, as Slack posts it). */
async function pickGpu(user: string, blocks: Block[], gpu: string, threadTs: string, messageTs: string) {
  const { path, posted } = interceptResponseUrl("actions");
  const actions = blocks.find((block) => block.type === "actions") as unknown as ActionsBlock;
  const payload = {
    type: "block_actions",
    user: { id: user, username: "ada", name: "ada", team_id: "T0001" },
    api_app_id: "A0FLOPS",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    container: { type: "message", message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false },
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: "T0001", domain: "example" },
    channel: { id: CHANNEL, name: "meeting" },
    message: {
      type: "message",
      user: BOT.botUserId,
      bot_id: BOT.botId,
      ts: messageTs,
      thread_ts: threadTs,
      text: "answer",
      blocks,
    },
    state: { values: {} },
    response_url: `${RESPONSE_HOST}${path}`,
    actions: [
      {
        type: "static_select",
        action_id: "flops_gpu",
        block_id: actions.block_id,
        selected_option: { text: { type: "plain_text", text: gpu, emoji: true }, value: gpu },
        action_ts: "1700000001.000200",
      },
    ],
  };
  const response = await postSigned(
    `${server.url}/slack/events`,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    FORM,
  );
  expect(response.status).toBe(200);
  const body = await posted;
  return textsIn(body.blocks).join("\n");
}

describe("a GPU picked under the thread's answer is the thread's GPU", () => {
  it("the asker picks A100 in the menu, then `gpus=2048`: 2048 × A100 (285 days), not the H100 the menu replaced", async () => {
    const user = "U0T23PICK1";
    const root = "1700002300.000001";
    const first = await mention("70B 15T gpu=H100 gpus=512", root, user);
    expect(first.text).toContain("360 days");
    const picked = await pickGpu(user, first.blocks, "A100", root, `${root}9`);
    expect(picked).toContain("3.1 years");
    // 6.3e24 / (2048 × 312e12 × 0.4) = 2.46e7 s = 285 days.
    expect(6.3e24 / (2048 * 312e12 * 0.4) / 86_400).toBeCloseTo(285.3, 1);
    const more = await mention("gpus=2048", "1700002300.000002", user, root);
    expect(more.text).toContain("285 days");
    expect(more.text).toContain("gpu=A100 gpus=2048");
  });

  it("someone else's pick is answered to them alone: the thread's question stays H100", async () => {
    const user = "U0T23PICK2";
    const root = "1700002301.000001";
    const first = await mention("70B 15T gpu=H100 gpus=512", root, user);
    await pickGpu("U0T23OTHER", first.blocks, "A100", root, `${root}9`);
    const more = await mention("gpus=2048", "1700002301.000002", user, root);
    // 6.3e24 / (2048 × 989.4e12 × 0.4) = 7.77e6 s = 90.0 days.
    expect(more.text).toContain("90.0 days");
  });

  it("a pick under an older answer of the thread does not undo a later follow-up", async () => {
    const user = "U0T23PICK3";
    const root = "1700002302.000001";
    const first = await mention("70B 15T gpu=H100 gpus=512", root, user);
    await mention("gpus=2048", "1700002302.000002", user, root);
    // The first answer's menu, pressed after the thread moved on to 2048 GPUs.
    await pickGpu(user, first.blocks, "A100", root, `${root}9`);
    const more = await mention("precision=fp8", "1700002302.000003", user, root);
    // Still 2048 × H100 at fp8 (1,978.9 dense TFLOP/s): 6.3e24 / (2048 × 1978.9e12 × 0.4) = 45.0 days.
    expect(6.3e24 / (2048 * 1978.9e12 * 0.4) / 86_400).toBeCloseTo(45.0, 1);
    expect(more.text).toContain("45.0 days");
  });
});
