/**
 * `/flops <subcommand>` asked through its options, the way people fill them in, against the same
 * question typed in `/flops query`: the real discord.js client, its callbacks to the loopback stand-in.
 */
import { describe, expect, test } from "vitest";
import { main } from "../../../src/adapters/discord/register.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { APPLICATION_ID, autocomplete, chatInput, componentPress, guildMember, USER } from "./payloads.ts";
import { BOT_USER } from "./standin.ts";

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Callback {
  type: number;
  data: {
    flags?: number;
    embeds?: Embed[];
    choices?: { name: string; value: string }[];
    components?: { components?: { custom_id?: string }[] }[];
  };
}

const control = (body: Callback, prefix: string): string => {
  const found = (body.data.components ?? [])
    .flatMap((row) => row.components ?? [])
    .find((c) => c.custom_id?.startsWith(prefix))?.custom_id;
  if (!found) throw new Error(`no control ${prefix}`);
  return found;
};

const bot = useBotAgainstStandIn({ answerer: testAnswerer(10_000), store: new MemoryContextStore() });

async function callback(raw: { id: string; token: string; [key: string]: unknown }): Promise<Callback> {
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
  const request = await bot.standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

/**
 * The answer as a person reads it: its title, its Read as line and every row. (A mention inside a
 * typed line is also said to be skipped, in a note; in an option it is simply not the value.)
 */
const shown = (body: Callback) =>
  (body.data.embeds ?? []).map((e) => ({
    title: e.title,
    readAs: e.description?.split("\n")[0],
    fields: e.fields,
  }));

describe("an option's value in the forms the same words take in /flops query", () => {
  const cases: [string, Record<string, string>, string][] = [
    // Discord's markup: bold, a spoiler, inline code, a mention pasted with the number.
    ["compute", { params: "70B", tokens: "**1.4T**" }, "compute 70B **1.4T**"],
    [
      "compute",
      { params: "<@1300000000000000077> 70B", tokens: "1.4T" },
      "compute <@1300000000000000077> 70B 1.4T",
    ],
    ["compute", { params: "`70B`", tokens: "||1.4T||" }, "compute `70B` ||1.4T||"],
    // The price as the Read as line writes it, and as people say it.
    [
      "compute",
      { params: "70B", tokens: "1.4T", gpu: "H100", gpus: "512", price: "$2.5/GPU-hour" },
      "compute 70B 1.4T gpu=H100 gpus=512 price=$2.5/GPU-hour",
    ],
    [
      "compute",
      { params: "70B", tokens: "1.4T", gpu: "H100", gpus: "512", price: "2.5 dollars per hour", mfu: "~40%" },
      "compute 70B 1.4T gpu=H100 gpus=512 price=2.5 dollars per hour at ~40% mfu",
    ],
    [
      "serve",
      { params: "70B", gpu: "H100", rate: "20", prompt: "1k", generate: "256", mfu: "40 percent" },
      "serve 70B gpu=H100 rate=20 prompt=1k generate=256 mfu=40 percent",
    ],
  ];

  test.each(cases)(
    "/flops %s %j answers as /flops query does (it was refused)",
    async (sub, values, text) => {
      const options = await callback(chatInput(sub, values));
      const query = await callback(chatInput("query", { text }));
      expect(query.data.flags ?? 0).toBe(0);
      expect(options.data.flags ?? 0).toBe(0);
      expect(shown(options)[0]?.readAs).toMatch(/^Read as: /);
      expect(shown(options)).toEqual(shown(query));
    },
  );

  test("$2.5/GPU-hour pasted back from the Read as line is read as $2.5 a GPU-hour: cost = GPU-hours × price", async () => {
    const body = await callback(
      chatInput("compute", {
        params: "70B",
        tokens: "1.4T",
        gpu: "H100",
        gpus: "512",
        mfu: "45%",
        price: "$2.5/GPU-hour",
      }),
    );
    const description = body.data.embeds?.[0]?.description ?? "";
    expect(description).toContain(
      "Read as: 70B parameters · 1.4T tokens · 512 × H100 SXM5 80GB · MFU 45% · $2.5/GPU-hour",
    );
    // 6 × 70e9 × 1.4e12 = 5.88e23 FLOP / (989.4e12 × 0.45) / 3600 = 367K GPU-hours; × $2.5 = $917K.
    expect(((6 * 70e9 * 1.4e12) / (989.4e12 * 0.45) / 3600) * 2.5).toBeCloseTo(917e3, -4);
    expect(JSON.stringify(body.data.embeds)).toContain("$917K");
  });

  test("a value that is no number after its markup is still refused privately, naming what was typed", async () => {
    const body = await callback(chatInput("compute", { params: "**abc**" }, { locale: "zh-TW" }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.description).toContain("abc");
    expect(body.data.embeds?.[0]?.description).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("autocomplete of a GPU typed with a Chinese keyboard", () => {
  test("full-width Ｈ１００ suggests what H100 does (it suggested nothing, though the value is read once sent)", async () => {
    const wide = await callback(
      autocomplete("compute", { params: "70B", gpu: "Ｈ１００" }, "gpu", { locale: "zh-TW" }),
    );
    const ascii = await callback(
      autocomplete("compute", { params: "70B", gpu: "H100" }, "gpu", { locale: "zh-TW" }),
    );
    expect(wide.type).toBe(8);
    expect(ascii.data.choices?.[0]?.value).toBe("h100-sxm");
    expect(wide.data.choices).toEqual(ascii.data.choices);
    const answered = await callback(
      chatInput("compute", { params: "70B", tokens: "1.4T", gpu: "Ｈ１００", gpus: "512" }),
    );
    expect(answered.data.embeds?.[0]?.description).toContain("512 × H100 SXM5 80GB");
  });
});

describe("autocomplete of compute's list of GPUs (gpu:h100,a100 compares them)", () => {
  test("the GPU being typed after a comma is completed, the ones before kept (nothing was suggested)", async () => {
    const body = await callback(autocomplete("compute", { params: "70B", gpu: "h100, mi3" }, "gpu"));
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]).toEqual({ name: "h100, Instinct MI300X 192GB", value: "h100,mi300x" });
    // The picked value is answered as the two GPUs side by side.
    const answer = await callback(
      chatInput("compute", { params: "70B", tokens: "1.4T", gpu: "h100,mi300x" }),
    );
    expect(answer.data.embeds?.[0]?.description?.split("\n")[0]).toContain(
      "H100 SXM5 80GB, Instinct MI300X 192GB",
    );
  });

  test("mfu's gpu takes one GPU: a list gets no suggestion rather than one that is refused", async () => {
    const body = await callback(autocomplete("mfu", { gpu: "h100,a1" }, "gpu"));
    expect(body.type).toBe(8);
    expect(body.data.choices).toEqual([]);
  });
});

describe("option descriptions as registered", () => {
  type Option = {
    name: string;
    description: string;
    description_localizations?: Record<string, string>;
    options?: Option[];
  };
  test("an aside inside the phrase is dropped, not where the description ends", async () => {
    const request = bot.standIn.next(
      (r) => r.method === "PUT" && r.path === `/api/v10/applications/${APPLICATION_ID}/commands`,
    );
    const io = { out: { write: () => undefined }, err: { write: () => undefined } };
    const env = {
      DISCORD_TOKEN: "MTMwMDAwMDAwMDAwMDAwMDAwMA.stand-in.token",
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: bot.standIn.api,
    };
    expect(await main([], env, io)).toBe(0);
    const [flops] = (await request).body as Option[];
    const option = (sub: string, name: string) =>
      flops?.options?.find((o) => o.name === sub)?.options?.find((o) => o.name === name);
    const zh = (sub: string, name: string) => option(sub, name)?.description_localizations?.["zh-TW"];
    // "Intermediate size of the (gated) MLP." read "Intermediate size of the".
    expect(option("cards", "ffn")?.description).toBe("Intermediate size of the MLP.");
    expect(zh("params", "ffn")).toBe("MLP 的中間層大小。");
    // "infer, train, full (fine-tune), lora or qlora." left lora and qlora out.
    expect(option("cards", "mode")?.description).toBe("infer, train, full, lora or qlora.");
    expect(zh("cards", "mode")).toBe("infer、train、full、lora 或 qlora。");
    // "每個 MoE 層的共享 (一律啟用) 專家數。" read "每個 MoE 層的共享" (shared ...), "開頭使用 dense MLP" (leading ... dense MLP).
    expect(zh("params", "shared-experts")).toBe("每個 MoE 層的共享專家數。");
    expect(zh("params", "dense-layers")).toBe("開頭使用 dense MLP 的層數。");
    expect(option("params", "spec")?.description).toBe(
      "An architecture or a list of layers: dense 784->128, dense 128->10.",
    );
    // An example in brackets stays: the list form of gpu.
    expect(option("compute", "gpu")?.description).toContain("(h100,a100)");
  });
});

describe("/flops help topic:… as /flops query text:help …", () => {
  test("the same private help with no controls under it (it had Explain and a language toggle)", async () => {
    for (const locale of ["en-US", "zh-TW"]) {
      const options = await callback(chatInput("help", { topic: "mfu" }, { locale }));
      const query = await callback(chatInput("query", { text: "help mfu" }, { locale }));
      expect(options.data.flags).toBe(64);
      expect(options.data.embeds).toEqual(query.data.embeds);
      expect(query.data.components ?? []).toEqual([]);
      expect(options.data.components ?? []).toEqual([]);
    }
  });
});

describe("two numbers in one option", () => {
  test("params:175B 300B is refused privately in the asker's language, not read as 175B × 300B = 5.25e22 parameters", async () => {
    // It answered in the channel: 5.25e22 parameters, 3.31e47 FLOP, with only a warning that the size was implausible.
    const body = await callback(chatInput("compute", { params: "175B 300B" }, { locale: "zh-TW" }));
    expect(body.data.flags).toBe(64);
    const said = body.data.embeds?.[0]?.description ?? "";
    expect(said).toContain("「175B 300B」是兩個並排的數字");
    expect(said).toContain("試試：/flops 175B 300B");
    expect(JSON.stringify(body.data.embeds)).not.toContain("5.25");
  });

  test("a number and its word side by side is still one value: days:21 days is 21 days", async () => {
    const body = await callback(
      chatInput("compute", { params: "70B", tokens: "2T", gpu: "H100", days: "21 days" }),
    );
    expect(body.data.flags).toBeUndefined();
    expect(body.data.embeds?.[0]?.description?.split("\n")[0]).toContain("21.0 days");
  });
});

describe("a value pasted back from an answer, with its gloss", () => {
  test("70B (700 億) as the zh-TW answer writes it is 70B, not 70B × 700 億 = 4.9 × 10²¹ parameters", async () => {
    const pasted = await callback(
      chatInput("compute", { params: "70B (700 億)", tokens: "1.4T (1.4 兆)" }, { locale: "zh-TW" }),
    );
    const typed = await callback(
      chatInput("compute", { params: "70B", tokens: "1.4T" }, { locale: "zh-TW" }),
    );
    expect(pasted.data.embeds?.[0]?.description?.split("\n")[0]).toBe(
      "解讀為：70B (700 億) 參數 · 1.4T token (1.4 兆)",
    );
    expect(shown(pasted)).toEqual(shown(typed));
    // 6 × 70e9 × 1.4e12 = 5.88e23 FLOP (Kaplan et al. 2020 §2.1).
    expect(JSON.stringify(pasted.data.embeds)).toContain("5.88 × 10²³ FLOP");
  });

  test("1,024 (assumed) and 40%（預設） are the values, not refused for the word in brackets", async () => {
    const pasted = await callback(
      chatInput("compute", {
        params: "70B",
        tokens: "1.4T",
        gpu: "H100",
        gpus: "1,024 (assumed)",
        mfu: "40%（預設）",
      }),
    );
    const typed = await callback(
      chatInput("compute", { params: "70B", tokens: "1.4T", gpu: "H100", gpus: "1024", mfu: "40%" }),
    );
    expect(pasted.data.flags ?? 0).toBe(0);
    expect(shown(pasted)).toEqual(shown(typed));
  });
});

describe("a value pasted back from the Read as line, with the word it names", () => {
  const plain = { gpu: "H800", params: "671B", tokens: "14.8T", "gpu-hours": "2.66M", active: "37B" };
  test("671B parameters · 14.8T tokens · 2.66M GPU-hours · 37B active parameters: the numbers (refused for the word)", async () => {
    const typed = await callback(chatInput("mfu", plain));
    const pasted = await callback(
      chatInput("mfu", {
        gpu: "H800",
        params: "671B parameters",
        tokens: "14.8T tokens",
        "gpu-hours": "2.66M GPU-hours",
        active: "37B active parameters",
      }),
    );
    expect(pasted.data.flags ?? 0).toBe(0);
    expect(shown(pasted)).toEqual(shown(typed));
  });

  test("the zh-TW line as written: 671B (6,710 億) 參數 · 14.8T token (14.8 兆) · 2.66M GPU 小時 · 37B (370 億) 啟用參數", async () => {
    const typed = await callback(chatInput("mfu", plain, { locale: "zh-TW" }));
    const pasted = await callback(
      chatInput(
        "mfu",
        {
          gpu: "H800",
          params: "671B (6,710 億) 參數",
          tokens: "14.8T token (14.8 兆)",
          "gpu-hours": "2.66M GPU 小時",
          active: "37B (370 億) 啟用參數",
        },
        { locale: "zh-TW" },
      ),
    );
    expect(pasted.data.flags ?? 0).toBe(0);
    expect(shown(pasted)).toEqual(shown(typed));
  });

  test("a word naming another quantity is still refused: params:70B tokens", async () => {
    const body = await callback(chatInput("compute", { params: "70B tokens" }));
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.description).toContain("“tokens”");
  });
});

describe("someone else's private copy of a public answer is theirs", () => {
  test("their language press on it changes it in place (type 7), not yet another private copy (type 4)", async () => {
    const asker = { ...USER, id: "1300000000000025101" };
    const other = { ...USER, id: "1300000000000025102" };
    const answer = await callback({
      ...chatInput("compute", { params: "70B", tokens: "1.4T", gpu: "H100", gpus: "512" }),
      member: guildMember(asker),
    });
    const onAnswer = {
      id: "1391000000000000001",
      author: BOT_USER,
      embeds: answer.data.embeds,
      components: answer.data.components,
    };
    const copy = await callback(
      componentPress(onAnswer, { custom_id: control(answer, "fx:"), component_type: 2 }, { presser: other }),
    );
    expect(copy.type).toBe(4);
    expect(copy.data.flags).toBe(64);
    const onCopy = {
      id: "1391000000000000002",
      author: BOT_USER,
      embeds: copy.data.embeds,
      components: copy.data.components,
      flags: 64,
    };
    const toggled = await callback(
      componentPress(onCopy, { custom_id: control(copy, "fl:"), component_type: 2 }, { presser: other }),
    );
    expect(toggled.type).toBe(7);
    expect(toggled.data.embeds?.[0]?.description?.split("\n")[0]).toMatch(/^解讀為：70B \(700 億\) 參數/);
    // The asker's own answer is still only theirs to change in place: their press updates it.
    const own = await callback(
      componentPress(onAnswer, { custom_id: control(answer, "fl:"), component_type: 2 }, { presser: asker }),
    );
    expect(own.type).toBe(7);
  });
});
