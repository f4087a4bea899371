/**
 * A chart on Discord: the embeds go out in the interaction callback first, then the PNG is
 * attached to that same reply with PATCH /webhooks/{app}/{token}/messages/@original, as
 * multipart/form-data with `payload_json` (attachments [{id: "0"}]) and `files[0]`,
 * the shape Discord documents for "Uploading Files". Real discord.js, local stand-in.
 */
import { type Client, ComponentType, InteractionType } from "discord.js";
import pino from "pino";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { APPLICATION_ID, chatInput, componentPress, estimateCompute } from "./payloads.ts";
import { BOT_USER, multipart, type Recorded, type StandIn, startStandIn } from "./standin.ts";

const answerer = testAnswerer(10_000);

let standIn: StandIn;
let client: Client;

beforeAll(async () => {
  standIn = await startStandIn();
  client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
    answerer,
    rest: { api: standIn.api },
  });
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

type Raw = ReturnType<typeof chatInput>;

function deliver(raw: Raw): void {
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

const isCallback = (raw: Raw) => (r: Recorded) =>
  r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`;
const isOriginalEdit = (raw: Raw) => (r: Recorded) =>
  r.method === "PATCH" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${raw.token}/messages/%40original`;

describe("`chart` on Discord", () => {
  test("cards with chart:true → the embeds first, then the PNG attached to the same reply", async () => {
    const raw = chatInput("cards", { params: "70B", gpu: "h100-sxm", chart: true });
    deliver(raw);
    const callback = await standIn.next(isCallback(raw));
    const edit = await standIn.next(isOriginalEdit(raw));
    expect(standIn.requests.indexOf(callback)).toBeLessThan(standIn.requests.indexOf(edit));
    expect((callback.body as { data: { embeds: { title: string }[] } }).data.embeds[0]?.title).toContain(
      "70B",
    );
    expect(String(edit.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const { payload, file } = await multipart(edit);
    // discord.js names attachment 0 in payload_json; its file is the files[0] part.
    expect(payload.attachments).toMatchObject([{ id: "0" }]);
    expect(file.name).toBe("flopsbot-cards.png");
    const png = PNG.sync.read(Buffer.from(await file.arrayBuffer()));
    expect(png.width).toBe(1200);
  });

  test("the word chart in the free-text query asks for one too (Chinese reply, Chinese chart)", async () => {
    const raw = chatInput("query", { text: "chinchilla 70B tokens=300B chart", lang: "zh-TW" });
    deliver(raw);
    const edit = await standIn.next(isOriginalEdit(raw));
    const { file } = await multipart(edit);
    expect(file.name).toBe("flopsbot-chinchilla.png");
  });

  test("no chart asked for → no edit after the callback", async () => {
    const raw = chatInput("cards", { params: "70B", gpu: "h100-sxm" });
    deliver(raw);
    await standIn.next(isCallback(raw));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.some(isOriginalEdit(raw))).toBe(false);
  });
});

describe("the asker changing an answer that carries a chart", () => {
  type Answer = { data: { embeds: unknown[]; components: { components: { custom_id: string }[] }[] } };
  /** The asker's pick of `gpu` in the menu under `answer`, shown with `attachments` (a chart, or none). */
  const pick = (answer: Answer, gpu: string, attachments: unknown[]) => {
    const menu = answer.data.components
      .flatMap((row) => row.components)
      .find((c) => c.custom_id.startsWith("fg:"));
    if (!menu) throw new Error("no GPU menu");
    return componentPress(
      {
        id: "1333200000000001",
        author: BOT_USER,
        embeds: answer.data.embeds,
        components: answer.data.components,
        attachments,
      },
      { custom_id: menu.custom_id, component_type: 3, values: [gpu] },
    );
  };
  const chartAttachment = {
    id: "1400000000000000001",
    filename: "flopsbot-gpus.png",
    size: 90_000,
    url: "https://cdn.discordapp.com/attachments/1/2/flopsbot-gpus.png",
    proxy_url: "https://media.discordapp.net/attachments/1/2/flopsbot-gpus.png",
    content_type: "image/png",
    width: 1200,
    height: 800,
  };

  test("picking A100 drops the H100 chart with the edit, then attaches the new question's chart", async () => {
    const raw = chatInput("compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512", chart: true });
    deliver(raw);
    const answer = (await standIn.next(isCallback(raw))).body as Answer;
    const first = await multipart(await standIn.next(isOriginalEdit(raw)));

    const press = pick(answer, "a100", [chartAttachment]);
    deliver(press as unknown as Raw);
    const update = await standIn.next(isCallback(press as unknown as Raw));
    const data = (
      update.body as { type: number; data: { attachments?: unknown[]; embeds: { description?: string }[] } }
    ).data;
    expect((update.body as { type: number }).type).toBe(7);
    // 6 · 70B · 15T = 6.3e24 FLOP on 512 A100 (312 dense bf16 TFLOP/s) at 40% MFU.
    expect(data.embeds[0]?.description).toContain("A100");
    expect(data.attachments).toEqual([]);
    const edit = await standIn.next(isOriginalEdit(press as unknown as Raw));
    expect(standIn.requests.indexOf(update)).toBeLessThan(standIn.requests.indexOf(edit));
    const { file } = await multipart(edit);
    expect(file.name).toBe(first.file.name);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(await first.file.arrayBuffer()))).toBe(
      false,
    );
  });

  test("an answer without a chart is edited as before: no attachments named, nothing attached after", async () => {
    const raw = chatInput("compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" });
    deliver(raw);
    const answer = (await standIn.next(isCallback(raw))).body as Answer;
    const press = pick(answer, "a100", []);
    deliver(press as unknown as Raw);
    const update = await standIn.next(isCallback(press as unknown as Raw));
    expect((update.body as { data: Record<string, unknown> }).data).not.toHaveProperty("attachments");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.some(isOriginalEdit(press as unknown as Raw))).toBe(false);
  });
});

describe("`chart` typed where a question is read as text, not in /flops", () => {
  /** The form's MODAL_SUBMIT, its last field holding `more`. */
  const formSubmit = (more: string): Raw => {
    const base = chatInput("compute", {});
    return {
      ...base,
      type: InteractionType.ModalSubmit,
      data: {
        custom_id: "flops_form",
        components: Object.entries({ params: "70B", tokens: "15T", gpu: "H100", gpus: "512", more }).map(
          ([id, value]) => ({
            type: ComponentType.ActionRow,
            components: [{ type: ComponentType.TextInput, custom_id: id, value }],
          }),
        ),
      },
    } as unknown as Raw;
  };
  /** Estimate compute (a MESSAGE command) on someone's message saying `content`. */
  const estimate = (content: string): Raw =>
    estimateCompute(content, { target: "1380000000000000091" }) as unknown as Raw;

  test("the form's last field `chart`: the answer, then its PNG attached to it", async () => {
    const raw = formSubmit("chart");
    deliver(raw);
    const callback = await standIn.next(isCallback(raw));
    const edit = await standIn.next(isOriginalEdit(raw));
    expect(standIn.requests.indexOf(callback)).toBeLessThan(standIn.requests.indexOf(edit));
    // 6 · 70B · 15T on 512 H100 at 40% MFU: 360 days (Kaplan et al. 2020 §2.1; NVIDIA datasheet).
    expect(JSON.stringify(callback.body)).toContain("360 days");
    const { file } = await multipart(edit);
    expect(file.name).toMatch(/^flopsbot-.*\.png$/);
  });

  test("Estimate compute on a message that asks for a chart: the private answer, then its PNG", async () => {
    const raw = estimate("cards 70B gpu=H100 chart");
    deliver(raw);
    const callback = await standIn.next(isCallback(raw));
    expect((callback.body as { data: { flags?: number } }).data.flags).toBe(64);
    const { file } = await multipart(await standIn.next(isOriginalEdit(raw)));
    expect(file.name).toBe("flopsbot-cards.png");
  });

  test("a form without chart: no edit after the answer", async () => {
    const raw = formSubmit("");
    deliver(raw);
    await standIn.next(isCallback(raw));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.some(isOriginalEdit(raw))).toBe(false);
  });
});
