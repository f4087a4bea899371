/**
 * A loopback review of the real Slack app (signed requests to Bolt's HTTP receiver on 127.0.0.1,
 * Slack's Web API and response_url intercepted): what a chat user could make the bot post.
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackMessage } from "../../../src/adapters/slack/limits.ts";
import { MAX_WORD } from "../../../src/app/answer.ts";
import { holdsLayer } from "../../../src/core/params/architecture.ts";
import { t } from "../../../src/i18n/translate.ts";
import {
  BOT,
  FORM,
  nowSeconds,
  postSigned,
  RESPONSE_HOST,
  slackConfig,
  slashCommandBody,
  startHttpApp,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const server = useHttpApp();

afterEach(() => {
  nock.cleanAll();
});

type Posted = SlackMessage & { response_type: string; text: string };

/** Sends `/flops <text>` as Slack would; the answer comes back in the acknowledgement. */
let trigger = 0;
async function slash(text: string, fields: Record<string, string> = {}): Promise<Posted> {
  trigger += 1;
  const ack = await postSigned(
    `${server.url}/slack/events`,
    // Each command Slack sends has its own trigger_id.
    slashCommandBody(text, "/commands/T0001/unused", {
      trigger_id: `13345224609.738474920.${trigger}`,
      ...fields,
    }),
    FORM,
  );
  expect(ack.status).toBe(200);
  return JSON.parse(await ack.text()) as Posted;
}

const shown = (posted: Posted) => textsIn(posted.blocks).join("\n");

describe("a long value is computed as typed or refused whole, never cut", () => {
  // 1024·24·21 + 1024·24·14 + … + 2048·24·90 = 5,462,400 GPU-hours: a word of 112 characters.
  const hours =
    "1024*24*21+1024*24*14+512*24*7+512*24*3+256*24*2+128*24*1+64*24*12+32*24*6+16*24*30+8*24*30+2048*24*90";

  it("a 112-character gpu-hours= is read whole: MFU 4.32%, not the 22.7% of its first 101 characters", async () => {
    const word = `gpu-hours=${hours}`;
    expect(word.length).toBe(112);
    const posted = await slash(`mfu 70B 2T gpu=H100 ${word}`);
    // MFU = 6·N·D / (GPU-hours · 3600 · peak) (PaLM App. B) = 6·70e9·2e12 / (5,462,400 · 3600 · 989.4e12),
    // the H100 SXM5's dense bf16 peak (NVIDIA H100 datasheet) = 4.32%.
    const mfu = (6 * 70e9 * 2e12) / (5_462_400 * 3600 * 989.4e12);
    expect(shown(posted)).toContain(`${(mfu * 100).toFixed(2)}%`);
    expect(shown(posted)).toContain("5.46M GPU-hours");
    expect(shown(posted)).not.toContain("22.7%");
  });

  it("a word over the cap is refused whole and privately, naming the limit with an example; nothing computed", async () => {
    const ones = "1".repeat(MAX_WORD + 50);
    const posted = await slash(ones);
    expect(posted.response_type).toBe("ephemeral");
    const text = shown(posted);
    expect(text).toContain(t("en", "args.wordTooLong", { length: MAX_WORD + 50, max: MAX_WORD }));
    expect(text).toContain("/flops 175B 300B");
    expect(text).not.toMatch(/FLOP|×\s*10/);
  });

  it("the same refusal in Chinese when the question is written in Chinese", async () => {
    const posted = await slash(`用 64 張 H100 訓練 70B ${"9".repeat(MAX_WORD + 1)}`);
    expect(shown(posted)).toContain(t("zh-TW", "args.wordTooLong", { length: MAX_WORD + 1, max: MAX_WORD }));
  });
});

describe("what a public answer quotes of the user", () => {
  // Llama 2 7B's config.json (meta-llama/Llama-2-7b-hf): 32 layers, width 4096, 32 heads, FFN 11008, vocab 32000.
  const llama =
    '"model_type":"llama","num_hidden_layers":32,"hidden_size":4096,"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000';

  it("a pasted config is quoted in at most 80 characters, its URL no live link (verbatim), the count unchanged", async () => {
    const posted = await slash(
      `params config={"evil":"https://evil.example/login",${llama},"z":"${"A".repeat(1500)}"}`,
    );
    expect(posted.response_type).toBe("in_channel");
    const texts = posted.blocks.flatMap((block) =>
      block.type === "context" ? block.elements : block.type === "section" && block.text ? [block.text] : [],
    );
    const readAs = texts.find((text) => text.text.includes("config"));
    expect(readAs?.text.length).toBeLessThanOrEqual(100);
    for (const text of texts.filter((x) => /evil\.example/.test(x.text)))
      expect(text).toMatchObject({ type: "mrkdwn", verbatim: true });
    // What the channel sees (the buttons' hidden values carry the question to re-ask it).
    expect(texts.map((text) => text.text).join("\n")).not.toContain("A".repeat(81));
    // Llama 2 7B has 6.74B parameters (Touvron et al. 2023, Table 1: "7B"; the HF model card: 6.74B).
    expect(shown(posted)).toContain("6.74B");
  });

  it("a link-free answer is unchanged: no verbatim flag where Slack has nothing to link", async () => {
    const posted = await slash("175B 300B");
    expect(JSON.stringify(posted.blocks)).not.toContain("verbatim");
  });
});

describe("signed requests: the five-minute window both ways, and no replay", () => {
  const url = () => `${server.url}/slack/events`;

  it.each([360, 86_400, 365 * 86_400])(
    "a correctly signed command stamped %i s in the future is refused (401), as abs(now − ts) > 300 s",
    async (ahead) => {
      const body = slashCommandBody("175B 300B", "/commands/T0001/unused");
      const response = await postSigned(url(), body, FORM, { timestamp: nowSeconds() + ahead });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe("");
    },
  );

  it("a command stamped within the window either way is answered", async () => {
    for (const offset of [-240, 240]) {
      const body = slashCommandBody("175B 300B", "/commands/T0001/unused");
      const response = await postSigned(url(), body, FORM, { timestamp: nowSeconds() + offset });
      expect(response.status).toBe(200);
      // 6 · 175e9 · 300e9 = 3.15e23 FLOP (Kaplan et al. 2020 §2.1).
      expect(await response.text()).toContain("3.15 × 10²³ FLOP");
    }
  });

  it("a byte-identical signed command sent again is acknowledged but not answered twice", async () => {
    const body = slashCommandBody("175B 300B", "/commands/T0001/unused");
    const timestamp = nowSeconds();
    const first = await postSigned(url(), body, FORM, { timestamp });
    expect(await first.text()).toContain("3.15 × 10²³ FLOP");
    const again = await postSigned(url(), body, FORM, { timestamp });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe("");
  });
});

let hook = 0;
/** A response_url: every JSON Slack would have been sent there, collected. */
function responseUrl() {
  hook += 1;
  const path = `/actions/T0001/${7000 + hook}/r${hook}`;
  const bodies: Record<string, unknown>[] = [];
  nock(RESPONSE_HOST)
    .post(path)
    .times(10)
    .reply(200, (_uri, body) => {
      bodies.push(body as Record<string, unknown>);
      return "ok";
    });
  return { url: `${RESPONSE_HOST}${path}`, bodies };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A button press (`block_actions`) as Slack posts it, on a message in #ml-infra. */
function pressBody(user: string, posted: Posted, actionId: string, url: string, at: string): string {
  const block = (posted.blocks as { type: string }[]).find((b) => b.type === "actions") as unknown as {
    block_id: string;
    elements: { action_id: string; value?: string; text: unknown }[];
  };
  const element = block.elements.find((e) => e.action_id === actionId);
  if (!element) throw new Error(`no ${actionId}`);
  const ephemeral = posted.response_type === "ephemeral";
  const payload = {
    type: "block_actions",
    user: { id: user, username: "ada", name: "ada", team_id: "T0001" },
    api_app_id: "A0FLOPS",
    token: "gIkuvaNzQIHg97ATvDxqgjtO",
    container: {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: "C2147483705",
      is_ephemeral: ephemeral,
    },
    trigger_id: `13345224609.738474920.${at.replace(".", "")}`,
    team: { id: "T0001", domain: "example" },
    channel: { id: "C2147483705", name: "ml-infra" },
    // Slack sends the message only for non-ephemeral ones.
    ...(ephemeral
      ? {}
      : { message: { type: "message", ts: "1700000000.000100", text: posted.text, blocks: posted.blocks } }),
    state: { values: {} },
    response_url: url,
    actions: [
      {
        type: "button",
        action_id: actionId,
        block_id: block.block_id,
        text: element.text,
        value: element.value,
        action_ts: at,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe("Share in channel posts one public copy", () => {
  it("a double click (two presses of one private answer's Share) posts once and deletes the private copy once", async () => {
    const user = "U0SHARE001";
    const posted = await slash("70B 15T gpu=H100 gpus=512 private", { user_id: user });
    expect(posted.response_type).toBe("ephemeral");
    const hook = responseUrl();
    const acks = await Promise.all(
      ["1700000001.000200", "1700000001.000900"].map((at) =>
        postSigned(`${server.url}/slack/events`, pressBody(user, posted, "flops_share", hook.url, at), FORM),
      ),
    );
    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);
    await sleep(1_500);
    const shared = hook.bodies.filter((body) => body.response_type === "in_channel");
    expect(shared).toHaveLength(1);
    // 6 · 70e9 · 15e12 / (512 × 989.4e12 × 0.4) s = 360 days (Kaplan et al. 2020 §2.1; H100 datasheet).
    expect(textsIn(shared[0]?.blocks).join("\n")).toContain("360 days");
    expect(hook.bodies.filter((body) => body.delete_original === true)).toHaveLength(1);
  });
});

describe("the Chart button", () => {
  it("posts a chart only for the asker; anyone else gets the answer privately, saying so; none on a private answer", async () => {
    const charted: { user?: string; channel: string }[] = [];
    const app = await startHttpApp(slackConfig(), {
      ...BOT,
      chart: async (_client, reply, where) => {
        if (reply.chart) charted.push(where);
      },
    });
    try {
      const ask = async (text: string, user: string) => {
        const ack = await postSigned(
          `${app.url}/slack/events`,
          slashCommandBody(text, "/commands/T0001/unused", { user_id: user }),
          FORM,
        );
        return JSON.parse(await ack.text()) as Posted;
      };
      const press = async (user: string, posted: Posted) => {
        const hook = responseUrl();
        const at = `1700000002.${String(Date.now()).slice(-6)}`;
        await postSigned(
          `${app.url}/slack/events`,
          pressBody(user, posted, "flops_chart", hook.url, at),
          FORM,
        );
        await sleep(600);
        return hook.bodies;
      };
      const asker = "U0CHART001";
      const publicAnswer = await ask("70B 15T gpu=H100 gpus=512", asker);
      expect(publicAnswer.response_type).toBe("in_channel");

      const other = await press("U0CHART002", publicAnswer);
      expect(charted).toEqual([]);
      expect(other).toHaveLength(1);
      expect(other[0]?.response_type).toBe("ephemeral");
      expect(other[0]?.replace_original).toBe(false);
      const said = textsIn(other[0]?.blocks).join("\n");
      expect(said).toContain(t("en", "conversation.chartOthers"));
      // Their own private answer: 360 days on 512 H100 at 40% MFU (Kaplan et al. 2020 §2.1; H100 datasheet).
      expect(said).toContain("360 days");

      expect(await press(asker, publicAnswer)).toEqual([]);
      expect(charted).toEqual([{ channel: "C2147483705", thread_ts: "1700000000.000100" }]);

      const privateAnswer = await ask("70B 15T gpu=H100 gpus=512 private", asker);
      const actions = privateAnswer.blocks.find(
        (b) => (b as { type: string }).type === "actions",
      ) as unknown as {
        elements: { action_id: string }[];
      };
      expect(actions.elements.map((e) => e.action_id)).not.toContain("flops_chart");
      expect(actions.elements.map((e) => e.action_id)).toContain("flops_share");
    } finally {
      await app.close();
    }
  });
});

describe("the bot's name is stripped only as a whole word", () => {
  it("/flops flops=1e25 gpu=H100 gpus=4096 reads flops= as the budget: N* = √(1e25/120) = 289B, 71.4 days", async () => {
    for (const text of ["flops=1e25 gpu=H100 gpus=4096", "flops flops=1e25 gpu=H100 gpus=4096"]) {
      const posted = await slash(text);
      expect(posted.response_type).toBe("in_channel");
      // C = 6ND with D = 20N (Hoffmann et al. 2022): N* = √(C/120) = √(1e25/120) = 2.89e11.
      expect(shown(posted)).toContain(`${(Math.sqrt(1e25 / 120) / 1e9).toFixed(0)}B`);
      // 1e25 / (4096 × 989.4e12 FLOP/s × 0.4) = 6.17e6 s (H100 SXM5 dense bf16, datasheet; 40% MFU).
      const days = 1e25 / (4096 * 989.4e12 * 0.4) / 86_400;
      expect(shown(posted)).toContain(`${days.toFixed(1)} days`);
    }
  });
});

describe("a sentence's final period, and Estimate compute on an ordinary message", () => {
  it.each([
    ["175B 300B.", "3.15 × 10²³ FLOP"],
    ["70B 15T on H100 in 30 days.", "30.0 days"],
  ])("/flops %s is read like the same question ending in ?", async (text, expected) => {
    const posted = await slash(text);
    expect(posted.response_type).toBe("in_channel");
    expect(shown(posted)).toContain(expected);
  });

  /** A `message_action` (the message shortcut) on someone's message, as Slack posts it. */
  function messageAction(text: string, url: string): string {
    const payload = {
      type: "message_action",
      token: "gIkuvaNzQIHg97ATvDxqgjtO",
      action_ts: "1700000200.000001",
      team: { id: "T0001", domain: "example" },
      user: { id: "U0ESTIM001", username: "grace", team_id: "T0001", name: "grace" },
      channel: { id: "C2147483705", name: "ml-infra" },
      callback_id: "estimate_compute",
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
      response_url: url,
      message_ts: "1700000150.000001",
      message: { type: "message", user: "U0SOMEONE", ts: "1700000150.000001", text },
    };
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  }

  it.each([
    "We trained a 70B model on 15T tokens using 512 H100s for 30 days.",
    "We trained a 70B model on 15T tokens with 512 H100s for 30 days, cc <@U0123ABC>",
    "<!channel> We trained a 70B model on 15T tokens with 512 H100s for 30 days",
  ])("reads %j, skipping mentions, cc and the final period", async (message) => {
    const hook = responseUrl();
    await postSigned(`${server.url}/slack/events`, messageAction(message, hook.url), FORM);
    for (let i = 0; i < 100 && hook.bodies.length === 0; i++) await sleep(20);
    const said = textsIn(hook.bodies[0]?.blocks).join("\n");
    expect(said).toContain("30.0 days");
    // 6·70e9·15e12 / (512 × 989.4e12 FLOP/s × 30 days) = 480% (PaLM App. B; H100 SXM5 datasheet): impossible.
    expect(said).toContain(`${Math.round(((6 * 70e9 * 15e12) / (512 * 989.4e12 * 30 * 86_400)) * 100)}%`);
  });
});

describe("invisible format characters", () => {
  it.each([
    ["175B 300B\u202e", "right-to-left override"],
    ["\u2066175B\u2069 300B", "isolates"],
    ["175B\u200f 300B", "right-to-left mark"],
    ["175B 3\u00ad00B", "soft hyphen"],
  ])("%j (%s) is read as 175B 300B and nothing invisible is echoed", async (text) => {
    const posted = await slash(text);
    expect(posted.response_type).toBe("in_channel");
    // 6 · 175e9 · 300e9 = 3.15e23 FLOP (Kaplan et al. 2020 §2.1).
    expect(shown(posted)).toContain("3.15 × 10²³ FLOP");
    expect(JSON.stringify(posted)).not.toMatch(/[\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it("an unknown GPU name with an override inside is quoted without it", async () => {
    const posted = await slash("175B 300B gpu=ab\u202ecd");
    expect(posted.response_type).toBe("ephemeral");
    expect(shown(posted)).toContain("“abcd”");
  });
});

describe("the rate-limit reply speaks the asker's language", () => {
  it("after 20 commands a minute, a question in Chinese or with lang=zh-TW is told to wait in Chinese", async () => {
    const user = "U0RATEZH01";
    for (let i = 0; i < 20; i++) await slash("175B 300B", { user_id: user });
    const chinese = await slash("用 64 張 H100 訓練 70B 2T", { user_id: user });
    expect(chinese.response_type).toBe("ephemeral");
    expect(shown(chinese)).toContain(t("zh-TW", "rate.title"));
    const chosen = await slash("175B 300B lang=zh-TW", { user_id: user });
    expect(shown(chosen)).toContain(t("zh-TW", "rate.title"));
    const english = await slash("175B 300B", { user_id: user });
    expect(shown(english)).toContain(t("en", "rate.title"));
  });
});

describe("a user over the rate limit makes the bot fetch nothing", () => {
  it("after 20 commands a minute, four hf: names are told to wait and none is fetched from the Hub", async () => {
    const user = "U0HUBFLOOD";
    for (let i = 0; i < 20; i++) await slash("175B 300B", { user_id: user });
    const fetched: string[] = [];
    nock("https://huggingface.co")
      .get(/.*/)
      .times(20)
      .reply(404, (uri) => {
        fetched.push(uri);
        return "{}";
      });
    const limited = await slash(
      "params hf:flood-org/model-1 hf:flood-org/model-2 hf:flood-org/model-3 hf:flood-org/model-4",
      { user_id: user },
    );
    expect(limited.response_type).toBe("ephemeral");
    expect(shown(limited)).toContain(t("en", "rate.title"));
    expect(fetched).toEqual([]);
  });
});

describe("malformed hf: names", () => {
  it.each(["foo", "_x/y", "a/b/c", "https://evil.example/x", "a/b?x=1", "a/b#frag"])(
    "params hf:%s is named as no repository name, with an example; nothing is fetched",
    async (name) => {
      const fetched: string[] = [];
      nock("https://huggingface.co")
        .get(/.*/)
        .times(10)
        .reply(200, (uri) => {
          fetched.push(uri);
          return "{}";
        });
      const posted = await slash(`params hf:${name}`);
      expect(posted.response_type).toBe("ephemeral");
      const said = shown(posted);
      expect(said).toContain(
        t("en", "hf.badName", { repo: name }).replace(
          /[<>&]/g,
          (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c] ?? c,
        ),
      );
      expect(said).not.toContain("was not fetched");
      expect(fetched).toEqual([]);
      nock.cleanAll();
    },
  );
});

describe("a config.json from the Hub nested past the stack", () => {
  it("a field of 30,000 nested lists is named with its value as […], not “Something went wrong on our side”", async () => {
    const deep = `${"[".repeat(30_000)}${"]".repeat(30_000)}`;
    // Llama 2 7B's config.json (meta-llama/Llama-2-7b-hf) with hidden_size replaced: 60 KB, under the Hub's 64 KB cap.
    const config = `{"model_type":"llama","num_hidden_layers":32,"hidden_size":${deep},"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000}`;
    nock("https://huggingface.co")
      .get("/deep-org/nested-config/resolve/main/config.json")
      .reply(200, config)
      .get("/deep-org/nested-config/resolve/main/model.safetensors.index.json")
      .reply(404);
    const posted = await slash("params hf:deep-org/nested-config");
    expect(posted.response_type).toBe("ephemeral");
    const said = shown(posted);
    expect(said).toContain(t("en", "hf.configNotNumber", { field: "hidden_size", value: "[…]" }));
    expect(said).not.toContain(t("en", "internal"));
    expect(said).toContain('params config={"model_type":"llama","num_hidden_layers":32');
  });
});

describe("a config's layer count is bounded", () => {
  const config = (layers: number) =>
    `params config={"model_type":"llama","num_hidden_layers":${layers},"hidden_size":4096,"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000}`;

  it.each(["en", "zh-TW"] as const)(
    "num_hidden_layers 1,000,000,000 (%s) is refused at once, naming the 10,000 it may be; it held the process six seconds",
    async (lang) => {
      const posted = await slash(`${config(1_000_000_000)}${lang === "zh-TW" ? " lang=zh-TW" : ""}`);
      expect(posted.response_type).toBe("ephemeral");
      const said = shown(posted);
      expect(said).toContain(
        // The config's value as it stands in the JSON; the limit, a number in prose, grouped.
        t(lang, "hf.configAboveMax", { field: "num_hidden_layers", value: "1000000000", max: "10,000" }),
      );
      expect(said).toContain('params config={"model_type":"llama","num_hidden_layers":32');
    },
  );

  it("10,000 layers are still counted: 10,000 × 202,383,360 + the embeddings = 2.02T", async () => {
    // Llama 2 7B's layer (4·4096² + 3·4096·11008 + 2·4096 = 202,383,360), 10,000 of them, and 2 × 32000 × 4096 + 4096.
    const posted = await slash(config(10_000));
    expect(posted.response_type).toBe("in_channel");
    expect(shown(posted)).toContain("2.02T");
  });
});

describe("a config's long lists of layers", () => {
  // Llama 4's shape (modeling_llama4): 10,000 layers (the most a config may have), MoE on the ones
  // `moe_layers` lists; the list a config of 60 KB can hold, 30,000 indices, against none.
  const llama4 = (moeLayers?: number[]) =>
    JSON.stringify({
      model_type: "llama4_text",
      num_hidden_layers: 10_000,
      hidden_size: 4096,
      num_attention_heads: 32,
      intermediate_size: 8192,
      intermediate_size_mlp: 16384,
      vocab_size: 32000,
      num_local_experts: 16,
      num_experts_per_tok: 1,
      ...(moeLayers ? { moe_layers: moeLayers } : {}),
    });
  let repo = 0;
  /** The fastest of two answers to `params hf:` for this config.json, in ms. */
  async function fastest(config: string): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      repo += 1;
      const name = `layers-org/list-${repo}`;
      nock("https://huggingface.co")
        .get(`/${name}/resolve/main/config.json`)
        .reply(200, config)
        .get(`/${name}/resolve/main/model.safetensors.index.json`)
        .reply(404);
      const started = performance.now();
      const posted = await slash(`params hf:${name}`);
      times.push(performance.now() - started);
      expect(posted.response_type).toBe("in_channel");
    }
    return Math.min(...times);
  }

  it("30,000 listed MoE layers are answered as none listed are (each layer was looked for in the whole list: most of a second)", async () => {
    // Layer 0 named 30,000 times: every other layer is looked for in all of them, and is dense.
    const listed = llama4(Array.from({ length: 30_000 }, () => 0));
    expect(listed.length).toBeLessThan(64 * 1024);
    await fastest(llama4());
    await fastest(listed);
  });

  it("a long list of layers is read once, however many layers ask it (a count, not a time)", () => {
    let reads = 0;
    const list = Array.from({ length: 30_000 }, () => 0);
    const counted = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (let layer = 0; layer < 10_000; layer++) holdsLayer(counted, layer);
    // One pass to build the set: 30,000 reads, where a scan a layer read 10,000 × 30,000.
    expect(reads).toBeLessThanOrEqual(30_000);
    expect(holdsLayer(counted, 0)).toBe(true);
    expect(holdsLayer(counted, 1)).toBe(false);
  });
});

describe("the largest batch at a rate per sequence, for a model millions of sequences fit", () => {
  // 1M parameters, one layer of width 64, 4 tokens of context on an H100 (80 GB, 72 usable): the
  // weights are 2 MB and a sequence's KV cache 1.02 KB, so 63,918,501 sequences fit.
  const ask = (rate: string) =>
    slash(`serve 1M gpu=H100 ctx=4 layers=1 hidden=64 heads=1 ${rate} tokens/s per user`);

  // How many steps the search takes is held in test/core/serving.test.ts (a count, not a time).
  it("at 1 token/s each, all 63,918,501 are answered at once (each batch up to them was tried: 3.7 s, the process waiting)", async () => {
    const posted = await ask("1");
    expect(posted.response_type).toBe("in_channel");
    expect(shown(posted)).toMatch(/Largest batch at the rate per sequence\*\n63,918,501/);
  });

  it("at 1M tokens/s each, 494: compute-bound, b ≤ 10⁻⁶ s × 989.4 TFLOP/s / 2,001,024 FLOP = 494.4", async () => {
    // 2·N + 4·L·ctx·d = 2,000,000 + 4 × 1 × 4 × 64 FLOP a token at the H100's dense bf16 peak (NVIDIA datasheet).
    const posted = await ask("1000000");
    expect(shown(posted)).toMatch(/Largest batch at the rate per sequence\*\n494\n/);
  });
});

describe("params for published runs", () => {
  it("params deepseek-r1 is counted like params deepseek-v3: 671,026,419,200 from the same config.json", async () => {
    const r1 = await slash("params deepseek-r1");
    const v3 = await slash("params deepseek-v3");
    expect(r1.response_type).toBe("in_channel");
    // DeepSeek-V3 config.json counted tensor by tensor: 671.0B (the paper: "671B total", §1); R1 ships the same config.
    expect(shown(r1)).toContain("671,026,419,200");
    expect(shown(v3)).toContain("671,026,419,200");
    expect(shown(r1)).toContain("huggingface.co/deepseek-ai/DeepSeek-R1");
  });

  it.each([
    ["llama-4-scout", "Llama 4 Scout (17B active, 16 experts)"],
    ["llama-4-maverick", "Llama 4 Maverick (17B active, 128 experts)"],
  ])("params %s says why it is not counted and where its published counts are", async (id, name) => {
    const posted = await slash(`params ${id}`);
    expect(posted.response_type).toBe("ephemeral");
    expect(shown(posted)).toContain(t("en", "params.runUnmodelled", { model: name, id }));
    expect(shown(posted)).not.toContain("needs spec=");
  });
});

describe("config.json errors in the asker's language, with a config example", () => {
  it.each(["en", "zh-TW"] as const)(
    "params config={model_type: llama} alone (%s): the missing field named, no zod text",
    async (lang) => {
      const posted = await slash(
        `params config={"model_type":"llama"}${lang === "zh-TW" ? " lang=zh-TW" : ""}`,
      );
      expect(posted.response_type).toBe("ephemeral");
      const said = shown(posted);
      expect(said).toContain(t(lang, "hf.configNeeds", { field: "num_hidden_layers", type: "llama" }));
      expect(said).not.toMatch(/Invalid input|expected number|received undefined/);
      // The example to copy is a config.json (Llama 2 7B's), not a transformer spec.
      expect(said).toContain('params config={"model_type":"llama","num_hidden_layers":32');
      expect(said).not.toContain("params transformer");
    },
  );
});

describe("wording", () => {
  it("a missing option is a full sentence with an example to copy, in both languages", async () => {
    const en = await slash("mfu 70B");
    expect(shown(en)).toContain(t("en", "args.missing", { option: "gpu" }));
    expect(t("en", "args.missing", { option: "gpu" })).toMatch(/^This needs gpu= .+\.$/);
    expect(shown(en)).toMatch(/Try: \/flops mfu .*gpu=/);
    const zh = await slash("cards gpu=H100 lang=zh-TW");
    expect(shown(zh)).toContain(t("zh-TW", "args.missing", { option: "params" }));
    expect(shown(zh)).toContain("/flops cards 70B gpu=H100");
  });

  it("/flops help xyz is titled as help, listing the commands", async () => {
    const posted = await slash("help xyz");
    expect(posted.response_type).toBe("ephemeral");
    expect(JSON.stringify(posted.blocks[0])).toContain(t("en", "title.help"));
    expect(shown(posted)).not.toContain(t("en", "error.title"));
    expect(shown(posted)).toContain("compute, mfu, chinchilla");
  });
});

describe("a budget no run comes near", () => {
  it("/flops 1e100 warns that its compute-optimal model, √(1e100/120) = 9.13e48 parameters, is past any published model", async () => {
    const posted = await slash("1e100");
    // N* = √(C / 120) (Hoffmann et al. 2022, with D = 20N): 9.13 × 10⁴⁸, over the 100T (1e14) bound.
    expect(Math.sqrt(1e100 / 120)).toBeGreaterThan(1e14);
    expect(shown(posted)).toContain("more than 100T and far beyond any published model");
    // 1e25 FLOP gives N* = 289B: no such warning.
    expect(shown(await slash("1e25"))).not.toContain("beyond any published model");
  });
});

describe("no far-fetched suggestion", () => {
  it("foo=bar is told the options, never “Did you mean tok?” (two of three letters would change)", async () => {
    const posted = await slash("175B 300B gpu=H100 foo=bar");
    expect(posted.response_type).toBe("ephemeral");
    expect(shown(posted)).toContain("/flops compute has no option “foo”. Its options: params, tokens");
    expect(shown(posted)).not.toContain("Did you mean tok");
  });
});
