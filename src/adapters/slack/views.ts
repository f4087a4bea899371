import { capEcho } from "../../app/answer.ts";
import { registry } from "../../commands/registry.ts";
import { COMMON_GPUS } from "../../conversation/gpus.ts";
import type { Question } from "../../conversation/question.ts";
import { PRECISIONS } from "../../core/gpus.ts";
import type { OptionSpec } from "../../dispatch/options.ts";
import { findCommand } from "../../dispatch/registry.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";

/** The modal's callback_id, and the global shortcut's that opens it (slack/manifest.yml). */
export const FORM_CALLBACK = "flops_form";

/** The text fields: their block_id is the option name they fill. */
const TEXT_FIELDS = ["params", "tokens", "gpus", "mfu", "price"] as const;
/** Labels (message keys) of every field, by block_id. */
const LABEL: Record<string, string> = {
  params: "conversation.form.params",
  tokens: "conversation.form.tokens",
  gpu: "conversation.form.gpu",
  gpus: "conversation.form.gpus",
  mfu: "conversation.form.mfu",
  price: "conversation.form.price",
  precision: "conversation.form.precision",
  mode: "conversation.form.mode",
  where: "conversation.form.where",
};
const EXAMPLE: Record<(typeof TEXT_FIELDS)[number], string> = {
  params: "70B",
  tokens: "15T",
  gpus: "512",
  mfu: "40%",
  price: "$2/h",
};

const plain = (text: string) => ({ type: "plain_text" as const, text, emoji: true });
const option = (text: string, value: string) => ({ text: plain(text), value });

/**
 * The form (a Block Kit modal): parameters, tokens, GPU from the catalog's common cards, GPU
 * count, MFU, price, precision, mode (training time, or cards to serve), and the conversation to
 * answer in (response_url_enabled: Slack gives a response_url for it on submission).
 */
export function formView(lang: Lang): Record<string, unknown> {
  const textField = (name: (typeof TEXT_FIELDS)[number]) => ({
    type: "input",
    block_id: name,
    optional: name !== "params",
    label: plain(t(lang, LABEL[name] ?? "")),
    element: {
      type: "plain_text_input",
      action_id: "value",
      placeholder: plain(EXAMPLE[name]),
    },
  });
  const select = (name: string, options: { text: ReturnType<typeof plain>; value: string }[]) => ({
    type: "input",
    block_id: name,
    optional: true,
    label: plain(t(lang, LABEL[name] ?? "")),
    element: { type: "static_select", action_id: "value", options },
  });
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    title: plain(t(lang, "conversation.form.title")),
    submit: plain(t(lang, "conversation.form.submit")),
    close: plain(t(lang, "conversation.form.close")),
    private_metadata: lang,
    blocks: [
      textField("params"),
      textField("tokens"),
      select(
        "gpu",
        COMMON_GPUS.map((gpu) => option(gpu.label, gpu.value)),
      ),
      textField("gpus"),
      textField("mfu"),
      textField("price"),
      select(
        "precision",
        PRECISIONS.map((p) => option(p, p)),
      ),
      select("mode", [
        option(t(lang, "conversation.form.train"), "train"),
        option(t(lang, "conversation.form.infer"), "infer"),
      ]),
      {
        type: "input",
        block_id: "where",
        label: plain(t(lang, LABEL.where ?? "")),
        element: {
          type: "conversations_select",
          action_id: "value",
          default_to_current_conversation: true,
          response_url_enabled: true,
        },
      },
    ],
  };
}

type StateValues = Record<
  string,
  Record<string, { type: string; value?: string | null; selected_option?: { value: string } | null }>
>;

/**
 * The submitted form as a question, or the field-level errors (block_id → message) that
 * `response_action: "errors"` shows under each field. Every value is checked with the option's
 * own declaration, as the text grammar checks it.
 */
export function readForm(
  values: StateValues,
  lang: Lang,
  asker: string,
): { question: Question } | { errors: Record<string, string> } {
  const read = (block: string): string | undefined => {
    // Only the form's own blocks, and only text: Slack gives a field's value as a string or null.
    const field = Object.hasOwn(values, block) ? values[block]?.value : undefined;
    const text = field?.selected_option?.value ?? field?.value ?? undefined;
    return typeof text !== "string" || text.trim() === "" ? undefined : text.trim();
  };
  const mode = read("mode") === "infer" ? "infer" : "train";
  const command = findCommand(registry, mode === "infer" ? "cards" : "compute") ?? registry.defaultCommand;
  const options: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const name of ["params", "tokens", "gpu", "gpus", "mfu", "price", "precision"]) {
    const value = read(name);
    if (value === undefined) continue;
    const spec = (command.options as Record<string, OptionSpec>)[name];
    // A field the chosen mode does not use (tokens when serving) is refused under it, as the
    // grammar refuses `cards tokens=15T`: an answer without it would drop what was typed unsaid.
    if (!spec) {
      errors[name] = t(lang, "conversation.form.unusedServing", { value: capEcho(value) });
      continue;
    }
    if (!spec.schema.safeParse(value).success) {
      errors[name] = t(lang, "conversation.form.invalid", {
        // Quoted as every reply quotes the user: in at most MAX_ECHO characters.
        value: capEcho(value),
        example: EXAMPLE[name as keyof typeof EXAMPLE] ?? spec.example,
      });
      continue;
    }
    options[name] = value;
  }
  if (options.params === undefined && errors.params === undefined) {
    errors.params = t(lang, "conversation.form.required", { example: EXAMPLE.params });
  }
  if (mode === "infer") {
    options.mode = "infer";
    if (options.gpu === undefined) errors.gpu = t(lang, "conversation.form.required", { example: "H100" });
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { question: { command: command.name, options, lang, asker } };
}
