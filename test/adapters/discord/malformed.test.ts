/**
 * Interactions Discord delivers in shapes the bot did not write, driven through the real
 * discord.js client over loopback (the REST stand-in for Discord): a form submitted with fields
 * missing (a modal opened before an update changed its fields) and an autocomplete request that
 * marks no option as focused. Each must be answered, never left to fail with nothing sent
 * ("This interaction failed" for the asker, what they typed dropped).
 */
import { ComponentType, InteractionType } from "discord.js";
import { describe, expect, test } from "vitest";
import { testAnswerer } from "../../support/answerer.ts";
import { useBotAgainstStandIn } from "./bot.ts";
import { autocomplete, chatInput } from "./payloads.ts";
import type { Recorded } from "./standin.ts";

interface Callback {
  type: number;
  data?: {
    flags?: number;
    choices?: unknown[];
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  };
}

const bot = useBotAgainstStandIn({ answerer: testAnswerer(10_000) });

function deliver(raw: unknown): void {
  (
    bot.client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

/** The interaction's callback, or a failure when none is sent within `ms` (the handler threw). */
async function callback(raw: { id: string; token: string }, ms = 2_000): Promise<Callback> {
  deliver(raw);
  const sent = bot.standIn.next(
    (r: Recorded) =>
      r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  const none = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no callback within ${ms} ms`)), ms),
  );
  return (await Promise.race([sent, none])).body as Callback;
}

let counter = 0;

/** A MODAL_SUBMIT of the `/flops form` modal with exactly these text inputs. */
function modalSubmit(values: Record<string, unknown>) {
  counter += 1;
  return {
    ...chatInput("compute", {}),
    id: `13950000000000000${String(counter).padStart(2, "0")}`,
    token: `malformed-modal-${counter}`,
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: "flops_form",
      components: Object.entries(values).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
  };
}

const texts = (body: Callback) =>
  (body.data?.embeds ?? [])
    .flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join("\n");

describe("a form submitted without some of its fields", () => {
  test("params and tokens only (no gpu, gpus, more): answered from what was typed, 6 × 175B × 300B", async () => {
    const body = await callback(modalSubmit({ params: "175B", tokens: "300B" }));
    expect(body.type).toBe(4);
    expect(texts(body)).toContain("3.15 × 10²³ FLOP");
  });

  test("no fields at all: answered privately (the help a bare /flops gets), not left failing", async () => {
    const body = await callback(modalSubmit({}));
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
  });

  test("a field whose value is not text reads as empty; the others are answered", async () => {
    const body = await callback(
      modalSubmit({ params: "175B", tokens: "300B", gpu: 5, gpus: null, more: "" }),
    );
    expect(texts(body)).toContain("3.15 × 10²³ FLOP");
  });
});

describe("autocomplete with no option focused", () => {
  test("is answered with no choices (discord.js's getFocused threw, and nothing was sent)", async () => {
    const body = await callback(autocomplete("compute", { gpu: "h1" }, "none"));
    expect(body).toEqual({ type: 8, data: { choices: [] } });
  });

  test("a focused option is still completed", async () => {
    const body = await callback(autocomplete("compute", { gpu: "h1" }, "gpu"));
    expect(body.data?.choices?.length).toBeGreaterThan(0);
  });
});
