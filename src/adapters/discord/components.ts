import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { registry } from "../../commands/registry.ts";
import { COMMON_GPUS, currentGpu } from "../../conversation/gpus.ts";
import { otherLang, type Question } from "../../conversation/question.ts";
import { type ContextStore, contextValue } from "../../conversation/store.ts";
import { findCommand } from "../../dispatch/registry.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { clipAtWord } from "./limits.ts";

/**
 * Discord's component limits (discord.com/developers/docs/components/reference): a custom_id at
 * most 100 characters, a button label 80, a select's options 25 with labels of 100, five rows.
 */
export const COMPONENT_LIMITS = { customId: 100, label: 80, selectOptions: 25 } as const;

/** The first characters of a custom_id: which control was used. The question follows. */
export const CONTROL = { gpu: "fg:", explain: "fx:", chart: "fc:", lang: "fl:", share: "fs:" } as const;

export const LANG_BUTTON: Record<Lang, string> = {
  en: "conversation.lang.en",
  "zh-TW": "conversation.lang.zh-TW",
};

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * The controls under an answer: a GPU menu (current card selected) when the command takes a GPU,
 * then Explain, Chart (when charts can be made), the language toggle and, on a private answer,
 * Share in channel. The question rides in each custom_id, or under a store reference when it
 * does not fit Discord's 100 characters.
 */
export async function answerComponents(
  question: Question,
  lang: Lang,
  store: ContextStore,
  choice: { chart: boolean },
): Promise<Row[]> {
  const context = await contextValue(question, COMPONENT_LIMITS.customId, store, "fx:");
  const rows: Row[] = [];
  const command = findCommand(registry, question.command);
  if (command && Object.hasOwn(command.options, "gpu")) {
    const current = currentGpu(question.options.gpu);
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: `${CONTROL.gpu}${context}`,
          placeholder: t(lang, "conversation.gpuMenu"),
          options: COMMON_GPUS.slice(0, COMPONENT_LIMITS.selectOptions).map((gpu) => ({
            label: clipAtWord(gpu.label, 100),
            value: gpu.value,
            ...(gpu.value === current ? { default: true } : {}),
          })),
        },
      ],
    });
  }
  const button = (
    prefix: string,
    key: string,
    style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  ) => ({
    type: ComponentType.Button as const,
    custom_id: `${prefix}${context}`,
    label: clipAtWord(t(lang, key), COMPONENT_LIMITS.label),
    style,
  });
  const buttons = [
    ...(question.explain ? [] : [button(CONTROL.explain, "conversation.explain")]),
    ...(choice.chart ? [button(CONTROL.chart, "conversation.chart")] : []),
    button(CONTROL.lang, LANG_BUTTON[otherLang(lang)]),
    ...(question.private ? [button(CONTROL.share, "conversation.share", ButtonStyle.Primary)] : []),
  ];
  rows.push({ type: ComponentType.ActionRow, components: buttons });
  return rows;
}
