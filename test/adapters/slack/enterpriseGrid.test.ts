/**
 * Slack Enterprise Grid on the real Bolt app (HTTP mode, signed requests): an org-wide app's
 * interactive payloads (`block_actions`, `view_submission`, `message_action`) may carry `team: null`,
 * the workspace being then at `user.team_id` (Slack, "Enterprise Grid: interactivity payloads"),
 * while the slash command carries `team_id`. One person's rate limit is one key
 * (`slack:<team>:<user>`, app/rateLimit.ts) whatever they press: here a limit of one command a
 * minute, spent by a slash command, refuses the same person's press, form and shortcut after it.
 */
import nock from "nock";
import { describe, expect, it } from "vitest";
import type { ActionsBlock } from "../../../src/adapters/slack/actionsBlock.ts";
import { encodeQuestion } from "../../../src/conversation/question.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  postSigned,
  RESPONSE_HOST,
  SLACK_API,
  slackConfig,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const server = useHttpApp(slackConfig(), {
  ...BOT,
  answerer: testAnswerer(1),
  store: new MemoryContextStore(),
});

type Message = { blocks: ({ type: string } & Record<string, unknown>)[]; text: string };

const TEAM = "T0001";
const ENTERPRISE = { id: "E0001", name: "Example Org" };
const LIMITED = "You are asking faster than 1 commands a minute";

/** `/flops …` in workspace T0001 of the org E0001, by `user`: the acknowledgement's message. */
async function slash(text: string, user: string): Promise<Message> {
  const response = await postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused", {
      user_id: user,
      enterprise_id: ENTERPRISE.id,
      enterprise_name: ENTERPRISE.name,
      is_enterprise_install: "true",
    }),
    FORM,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Message;
}

/** A response_url for one payload: resolves with the JSON Slack would have been sent there. */
function interceptResponse() {
  const { path, posted } = interceptResponseUrl("actions");
  return { url: `${RESPONSE_HOST}${path}`, posted };
}

/** A payload of an org-wide install: `team` null, the workspace at `user.team_id`. */
const orgWide = (user: string) => ({
  team: null,
  user: { id: user, username: "ada", name: "ada", team_id: TEAM },
  enterprise: ENTERPRISE,
  is_enterprise_install: true,
  api_app_id: "A0FLOPS",
  token: "gIkuvaNzQIHg97ATvDxqgjtO",
  trigger_id: "13345224609.738474920.8088930838d88f008e0",
});

const send = (payload: Record<string, unknown>) =>
  postSigned(
    `${server.url}/slack/events`,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    FORM,
  );

/** Presses Explain under `message` as `user`, from an org-wide install. */
async function pressExplain(user: string, message: Message) {
  const block = message.blocks.find((b) => b.type === "actions") as unknown as ActionsBlock;
  const element = block.elements.find((e) => e.action_id === "flops_explain");
  if (element?.type !== "button") throw new Error("no Explain button");
  const hookUrl = interceptResponse();
  const ack = await send({
    ...orgWide(user),
    type: "block_actions",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C2147483705" },
    channel: { id: "C2147483705", name: "ml-infra" },
    message: { type: "message", ts: "1700000000.000100", text: message.text, blocks: message.blocks },
    state: { values: {} },
    response_url: hookUrl.url,
    actions: [
      {
        type: "button",
        action_id: "flops_explain",
        block_id: block.block_id,
        text: element.text,
        value: element.value,
        action_ts: "1700000001.000200",
      },
    ],
  });
  expect(ack.status).toBe(200);
  return hookUrl.posted;
}

describe("Enterprise Grid: one person's rate limit is one key, whether they type, press, submit or use a shortcut", () => {
  it("a button press with team null counts against the slash command's limit (user.team_id is the workspace)", async () => {
    // 6 × 70B × 15T = 6.3 × 10²⁴ FLOP (Kaplan et al. 2020), in the first answer.
    const message = await slash("70B 15T gpu=H100 gpus=512", "U0GRID0001");
    expect(textsIn(message.blocks).join("\n")).toContain("6.3 × 10²⁴ FLOP");
    const posted = await pressExplain("U0GRID0001", message);
    expect(posted.response_type).toBe("ephemeral");
    expect(textsIn(posted.blocks).join("\n")).toContain(LIMITED);
  });

  it("someone else's first press with team null is answered (their own limit, not everyone's `-` key)", async () => {
    const message = await slash("70B 15T gpu=H100 gpus=512", "U0GRID0002");
    const posted = await pressExplain("U0GRID0003", message);
    expect(textsIn(posted.blocks).join("\n")).not.toContain(LIMITED);
    expect(textsIn(posted.blocks).join("\n")).toContain("6.3 × 10²⁴ FLOP");
  });

  it("a submitted form with team null counts against the same limit", async () => {
    await slash("70B 15T", "U0GRID0004");
    const hookUrl = interceptResponse();
    const field = (value: string) => ({ value: { type: "plain_text_input", value } });
    const ack = await send({
      ...orgWide("U0GRID0004"),
      type: "view_submission",
      view: {
        id: "V0FORM",
        team_id: TEAM,
        type: "modal",
        callback_id: "flops_form",
        private_metadata: "en",
        blocks: [],
        state: { values: { params: field("70B"), tokens: field("15T") } },
        hash: "1700000300.abcd",
        title: { type: "plain_text", text: "Estimate compute" },
        app_id: "A0FLOPS",
        bot_id: BOT.botId,
      },
      response_urls: [
        { block_id: "where", action_id: "value", channel_id: "C2147483705", response_url: hookUrl.url },
      ],
    });
    expect(ack.status).toBe(200);
    expect(textsIn((await hookUrl.posted).blocks).join("\n")).toContain(LIMITED);
  });

  it("Estimate compute on a message with team null counts against the same limit", async () => {
    await slash("70B 15T", "U0GRID0005");
    const hookUrl = interceptResponse();
    const ack = await send({
      ...orgWide("U0GRID0005"),
      type: "message_action",
      action_ts: "1700000200.000001",
      channel: { id: "C2147483705", name: "ml-infra" },
      callback_id: "estimate_compute",
      response_url: hookUrl.url,
      message_ts: "1700000150.000001",
      message: { type: "message", user: "U0SOMEONE", ts: "1700000150.000001", text: "70B 15T" },
    });
    expect(ack.status).toBe(200);
    expect(textsIn((await hookUrl.posted).blocks).join("\n")).toContain(LIMITED);
  });
});

describe("Enterprise Grid: the App Home's recent questions", () => {
  it("a press on a recent question with team null counts against the slash command's limit", async () => {
    const user = "U0GRID0006";
    await slash("70B 15T", user);
    const question = { command: "compute", options: { params: "70B", tokens: "15T" }, lang: "en" as const };
    const posted = new Promise<Record<string, unknown>>((resolve) => {
      nock(SLACK_API)
        .post("/api/chat.postMessage")
        .reply(200, (_uri, body) => {
          resolve(
            typeof body === "string"
              ? Object.fromEntries(new URLSearchParams(body))
              : (body as Record<string, unknown>),
          );
          return { ok: true, channel: user, ts: "1700000500.000001" };
        });
    });
    const ack = await send({
      ...orgWide(user),
      type: "block_actions",
      container: { type: "view", view_id: "V0HOME" },
      view: { id: "V0HOME", type: "home", blocks: [] },
      actions: [
        {
          type: "button",
          action_id: "flops_ask_0",
          block_id: "flops_recent",
          text: { type: "plain_text", text: "compute params=70B tokens=15T" },
          value: encodeQuestion(question),
          action_ts: "1700000501.000001",
        },
      ],
    });
    expect(ack.status).toBe(200);
    const message = await posted;
    expect(message.channel).toBe(user);
    const blocks = typeof message.blocks === "string" ? JSON.parse(message.blocks) : message.blocks;
    expect(textsIn(blocks).join("\n")).toContain(LIMITED);
  });
});
