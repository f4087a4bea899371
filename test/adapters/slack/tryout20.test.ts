/**
 * A new user's errors and presses on the real Slack app over loopback (signed requests to Bolt's
 * HTTP receiver on 127.0.0.1, response_url intercepted with nock): what a refusal quotes of the
 * user is no mention, and a press whose question is gone is refused in the answer's language.
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessage } from "../../../src/adapters/slack/limits.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { t } from "../../../src/i18n/translate.ts";
import {
  BOT,
  FORM,
  postSigned,
  RESPONSE_HOST,
  SLACK_API,
  slackConfig,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const server = useHttpApp(slackConfig(), { ...BOT, store: new MemoryContextStore() });

afterEach(() => {
  nock.cleanAll();
});

type Posted = SlackMessage & { response_type: string; text: string; replace_original?: boolean };
/** A mrkdwn text object as a message carries it. */
interface Mrkdwn {
  type: "mrkdwn";
  text: string;
  verbatim?: boolean;
}

let trigger = 0;
async function slash(text: string): Promise<Posted> {
  trigger += 1;
  const ack = await postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused", { trigger_id: `13345224609.738474920.t20${trigger}` }),
    FORM,
  );
  expect(ack.status).toBe(200);
  return JSON.parse(await ack.text()) as Posted;
}

/** Every mrkdwn text object of a message's blocks (section texts and fields, context elements). */
function mrkdwnTexts(posted: Posted): Mrkdwn[] {
  const found: Mrkdwn[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const object = value as { type?: unknown; text?: unknown };
      if (object.type === "mrkdwn" && typeof object.text === "string") found.push(object as Mrkdwn);
      else Object.values(value).forEach(walk);
    }
  };
  walk(posted.blocks);
  return found;
}

describe("a refusal quoting a typed mention or channel name is shown as typed (verbatim)", () => {
  it.each(["@here", "@channel", "@everyone", "@ada", "#general"])(
    "`/flops 175B 300B %s`: refused privately, the word quoted in a verbatim text",
    async (word) => {
      const posted = await slash(`175B 300B ${word}`);
      expect(posted.response_type).toBe("ephemeral");
      const quoting = mrkdwnTexts(posted).filter((text) => text.text.includes(word));
      // The error names the word (and the example under it is still a correct one).
      expect(quoting.length).toBeGreaterThan(0);
      expect(textsIn(posted.blocks).join("\n")).toContain("/flops 175B 300B");
      // Without verbatim Slack parses mentions and links conversation names in a text object.
      for (const text of quoting) expect(text).toMatchObject({ type: "mrkdwn", verbatim: true });
    },
  );

  it("the same in Chinese: 訓練 175B 300B @here is refused in Chinese, @here verbatim", async () => {
    const posted = await slash("訓練 175B 300B @here");
    expect(posted.response_type).toBe("ephemeral");
    expect(posted.blocks[0]).toMatchObject({ type: "header", text: { text: t("zh-TW", "error.title") } });
    const quoting = mrkdwnTexts(posted).filter((text) => text.text.includes("@here"));
    expect(quoting.length).toBeGreaterThan(0);
    for (const text of quoting) expect(text.verbatim).toBe(true);
  });

  it("a public answer with nothing to mention or link keeps Slack's default (no verbatim)", async () => {
    const posted = await slash("70B 15T gpu=H100 gpus=512");
    expect(posted.response_type).toBe("in_channel");
    expect(mrkdwnTexts(posted).some((text) => text.verbatim)).toBe(false);
  });
});

/** A `block_actions` press on `message` (as Slack posts it: form-encoded `payload`). */
function pressOn(message: Posted, value: string, responseUrl: string): string {
  const payload = {
    type: "block_actions",
    user: { id: "U0T20PRESS", username: "ada", name: "ada", team_id: "T0001" },
    api_app_id: "A0FLOPS",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C2147483705" },
    trigger_id: "13345224609.738474920.8088930838d88f008e0",
    team: { id: "T0001", domain: "example" },
    channel: { id: "C2147483705", name: "ml-infra" },
    message: {
      type: "message",
      user: BOT.botUserId,
      bot_id: BOT.botId,
      ts: "1700000000.000100",
      text: message.text,
      blocks: message.blocks,
    },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: "flops_explain",
        block_id: "flops_actions",
        text: { type: "plain_text", text: "Explain" },
        value,
        action_ts: "1700000001.000200",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let hook = 0;
function interceptOne(): { url: string; posted: Promise<Posted> } {
  hook += 1;
  const path = `/actions/T0001/20${hook}/t20x${hook}`;
  const posted = new Promise<Posted>((resolve) => {
    nock(RESPONSE_HOST)
      .post(path)
      .reply(200, (_uri, body) => {
        resolve(body as Posted);
        return "ok";
      });
  });
  return { url: `${RESPONSE_HOST}${path}`, posted };
}

describe("a press whose question is gone is refused in the answer's language", () => {
  // A reference (`#` and 16 hex digits) that no store holds: the question it named is gone
  // (a restart, an expiry) or was never there.
  const GONE = "#0123456789abcdef";

  it.each([
    ["a Chinese answer", "訓練 70B 15T gpu=H100 gpus=512", "zh-TW"],
    ["an English answer", "70B 15T gpu=H100 gpus=512", "en"],
  ] as const)("%s: privately, in its language, naming its title", async (_what, question, lang) => {
    const answer = await slash(question);
    expect(answer.response_type).toBe("in_channel");
    const title = (answer.blocks[0] as { text: { text: string } }).text.text;
    const hookUrl = interceptOne();
    const ack = await postSigned(`${server.url}/slack/events`, pressOn(answer, GONE, hookUrl.url), FORM);
    expect(ack.status).toBe(200);
    const refused = await hookUrl.posted;
    expect(refused.response_type).toBe("ephemeral");
    expect(refused.replace_original).toBe(false);
    expect(refused.blocks[0]).toMatchObject({
      type: "header",
      text: { text: t(lang, "conversation.lostTitle") },
    });
    const shown = textsIn(refused.blocks).join("\n");
    expect(shown).toContain(title);
    // With a correct example to copy.
    expect(shown).toContain("/flops 70B 15T gpu=H100 gpus=512");
  });
});

/** views.open, intercepted: resolves with the view flopsbot asked Slack to open. */
function interceptViewsOpen(): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    nock(SLACK_API)
      .post("/api/views.open")
      .reply(200, (_uri, body) => {
        const args =
          typeof body === "string"
            ? Object.fromEntries(new URLSearchParams(body))
            : (body as Record<string, unknown>);
        resolve(
          typeof args.view === "string" ? JSON.parse(args.view) : (args.view as Record<string, unknown>),
        );
        return { ok: true, view: { id: "V0FORM" } };
      });
  });
}

async function formAck(text: string): Promise<Response> {
  trigger += 1;
  return postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused", { trigger_id: `13345224609.738474920.f20${trigger}` }),
    FORM,
  );
}

describe("/flops form in the asker's language", () => {
  it.each([
    ["form", "en"],
    ["form lang=zh-TW", "zh-TW"],
    ["lang=zh-tw form", "zh-TW"],
    ["FORM lang=en", "en"],
    // The tags the grammar's `lang=` reads (resolveLang): a form it opens, not a refusal.
    ["form lang=zh-Hant", "zh-TW"],
    ["form lang=en-US", "en"],
  ] as const)(
    "`/flops %s` opens the form in %s (its submission answers in it too), an empty ack",
    async (typed, lang) => {
      const opened = interceptViewsOpen();
      const ack = await formAck(typed);
      expect(ack.status).toBe(200);
      expect(await ack.text()).toBe("");
      const view = await opened;
      expect(view.callback_id).toBe("flops_form");
      // The submission reads its language from here (listeners/form.ts).
      expect(view.private_metadata).toBe(lang);
      expect(view.title).toMatchObject({ text: t(lang, "conversation.form.title") });
    },
  );

  it("`/flops form lang=fr` opens nothing: refused privately, naming the language, with an example", async () => {
    void interceptViewsOpen();
    const ack = await formAck("form lang=fr");
    expect(ack.status).toBe(200);
    const posted = JSON.parse(await ack.text()) as Posted;
    expect(posted.response_type).toBe("ephemeral");
    const shown = textsIn(posted.blocks).join("\n");
    // The form's own example to copy, under a refusal's title: it was help's title and `/flops help`.
    expect(shown).toContain("Try: /flops form lang=zh-TW");
    expect(shown).toContain(t("en", "error.title"));
    expect(shown).not.toContain(t("en", "title.help"));
    expect(shown).toContain(t("en", "args.badLang", { value: "fr" }));
    // views.open was never called: its interception is still waiting.
    expect(nock.pendingMocks()).toHaveLength(1);
  });
});
