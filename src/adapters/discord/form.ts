import {
  type APIModalInteractionResponseCallbackData,
  type ChatInputCommandInteraction,
  ComponentType,
  MessageFlags,
  type ModalSubmitInteraction,
  TextInputStyle,
} from "discord.js";
import { registry } from "../../commands/registry.ts";
import { questionOfReply } from "../../conversation/followUp.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { answeredLang, textAsk } from "./asker.ts";
import { attachChart } from "./attach.ts";
import type { CommandHandlerOptions } from "./handlers/command.ts";
import { messageWithControls } from "./handlers/component.ts";
import { clipAtWord } from "./limits.ts";
import { langOfLocale } from "./locale.ts";

/** `/flops form` and the modal's custom_id. */
export const FORM_SUBCOMMAND = "form";
export const FORM_MODAL = "flops_form";

/**
 * Discord's modal holds at most five inputs: parameters, tokens, GPU, GPU count, and one line for
 * the rest (MFU, price, precision, mode) in the text grammar's `key=value` form.
 */
const FIELDS = [
  { id: "params", key: "conversation.form.params", example: "70B", required: true },
  { id: "tokens", key: "conversation.form.tokens", example: "15T", required: false },
  { id: "gpu", key: "conversation.form.gpu", example: "H100", required: false },
  { id: "gpus", key: "conversation.form.gpus", example: "512", required: false },
  {
    id: "more",
    key: "conversation.form.more",
    example: "mfu=40% price=$2/h precision=bf16",
    required: false,
  },
] as const;

export function formModal(lang: Lang): APIModalInteractionResponseCallbackData {
  return {
    custom_id: FORM_MODAL,
    title: clipAtWord(t(lang, "conversation.form.title"), 45),
    components: FIELDS.map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field.id,
          label: clipAtWord(t(lang, field.key), 45),
          style: TextInputStyle.Short,
          placeholder: field.example,
          required: field.required,
          max_length: 400,
        },
      ],
    })),
  };
}

/** `/flops form`: the modal is the acknowledgement (type 9). */
export async function showForm(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.showModal(formModal(langOfLocale(interaction.locale)));
}

/**
 * The submitted modal (MODAL_SUBMIT): its fields assembled into the text grammar (the same
 * reader and validation as `/flops`), answered in the channel with the controls, or privately
 * with the error and an example.
 */
export async function handleFormSubmit(
  interaction: ModalSubmitInteraction,
  options: CommandHandlerOptions,
): Promise<void> {
  // A field the submission lacks (a modal opened before an update changed its fields) or whose value
  // is not text reads as empty: the rest of what was typed is still answered.
  const value = (id: string) => {
    const field = interaction.fields.fields.get(id) as { value?: unknown } | undefined;
    return typeof field?.value === "string" ? field.value.trim() : "";
  };
  const named = (key: string, id: string) => (value(id) ? `${key}=${value(id).replace(/\s+/g, "")}` : "");
  const text = [
    named("params", "params"),
    named("tokens", "tokens"),
    named("gpu", "gpu"),
    named("gpus", "gpus"),
    value("more"),
  ]
    .filter(Boolean)
    .join(" ");
  const run = options.answer ?? options.answerer.answer;
  const ask = textAsk(interaction, text);
  const reply = await run(ask);
  const lang = answeredLang(reply, ask);
  const question = reply.ok
    ? questionOfReply(registry, reply, text, { lang, asker: interaction.user.id })
    : undefined;
  const message = await messageWithControls(reply, question, { ...options, lang });
  await interaction.reply(reply.ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message);
  // `chart` in the last field asks for one, as in /flops query: the PNG follows the answer.
  await attachChart(interaction, reply, lang, options.logger);
}
