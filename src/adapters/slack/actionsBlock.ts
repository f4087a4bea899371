import type { types } from "@slack/bolt";
import { registry } from "../../commands/registry.ts";
import { COMMON_GPUS, currentGpu } from "../../conversation/gpus.ts";
import { encodeQuestion, otherLang, type Question } from "../../conversation/question.ts";
import { type ContextStore, contextValue } from "../../conversation/store.ts";
import { extended } from "../../core/extended.ts";
import { findCommand } from "../../dispatch/registry.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { type Block, SLACK_LIMITS, truncate } from "./limits.ts";

/**
 * Block Kit's limits for the interactive parts (docs.slack.dev/reference/block-kit): a button's
 * value at most 2,000 characters, a block_id 255, an option's value 150, a button's or option's
 * text 75, a static_select at most 100 options, an actions block at most 25 elements.
 */
export const INTERACTIVE_LIMITS = {
  buttonValue: 2000,
  blockId: 255,
  optionValue: 150,
  buttonText: 75,
  selectOptions: 100,
  actionsElements: 25,
} as const;

/** The action ids this app's buttons and menu carry (src/adapters/slack/listeners/actions.ts). */
export const ACTION = {
  gpu: "flops_gpu",
  explain: "flops_explain",
  chart: "flops_chart",
  lang: "flops_lang",
  share: "flops_share",
  ask: "flops_ask",
} as const;

/** The block_id of the actions block: the question rides in it for the menu (whose option values hold 150). */
export const BLOCK_PREFIX = "flops_q:";

/** The actions block's elements this adapter writes: Block Kit's button (with a value) and static select (with options). */
export type ActionElement =
  | (types.Button & { value: string })
  | (types.StaticSelect & { options: types.PlainTextOption[] });
export type ActionsBlock = Omit<types.ActionsBlock, "elements"> & {
  block_id: string;
  elements: ActionElement[];
};

export type InteractiveBlock = Block | ActionsBlock;

/** The language toggle names the language it switches to, in that language. */
export const LANG_BUTTON: Record<Lang, string> = {
  en: "conversation.lang.en",
  "zh-TW": "conversation.lang.zh-TW",
};

const plain = (text: string): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(text, INTERACTIVE_LIMITS.buttonText),
  emoji: true,
});

/** A catalog label as a button's or menu's text: the same for every answer in a language, so made once. */
const labels: Record<Lang, Map<string, types.PlainTextElement>> = { en: new Map(), "zh-TW": new Map() };
const label = (lang: Lang, key: string): types.PlainTextElement => {
  let element = labels[lang].get(key);
  if (!element) {
    element = plain(t(lang, key));
    labels[lang].set(key, element);
  }
  return element;
};

type GpuOption = { text: types.PlainTextElement; value: string };

/** The GPU menu's options: the same for every answer, so built once (on the first menu). */
let gpuOptions: readonly GpuOption[] | undefined;
const menuOptions = (): readonly GpuOption[] => {
  gpuOptions ??= COMMON_GPUS.map((gpu) => ({ text: plain(gpu.label), value: gpu.value }));
  return gpuOptions;
};

export interface ActionsChoice {
  /** A Chart button only when charts can be made (another module provides them). */
  chart: boolean;
}

/**
 * The buttons and menu under an answer: a GPU menu (the common cards, the current one selected)
 * when the command takes a GPU, Explain (unless already explained), Chart, the language toggle,
 * and Share in channel on a private answer. The question, in `lang`, rides in every button's value
 * (and the block_id for the menu); one too long for either is kept in the store under a reference.
 */
export async function actionsBlock(
  question: Question,
  lang: Lang,
  store: ContextStore,
  choice: ActionsChoice,
): Promise<ActionsBlock> {
  // The question is carried in the answer's language: encoded with it, without a copy of the
  // question (one is made only to be stored, below).
  const encoded = encodeQuestion(question, lang);
  const asked = () => (question.lang === lang ? question : extended(question, { lang }));
  // Inline when it fits (almost always): contextValue's answer, without waiting on it.
  const value =
    encoded.length <= INTERACTIVE_LIMITS.buttonValue
      ? encoded
      : await contextValue(asked(), INTERACTIVE_LIMITS.buttonValue, store, "", encoded);
  const blockValue =
    BLOCK_PREFIX.length + encoded.length <= INTERACTIVE_LIMITS.blockId
      ? encoded
      : await contextValue(asked(), INTERACTIVE_LIMITS.blockId, store, BLOCK_PREFIX, encoded);
  const command = findCommand(registry, question.command);
  const elements: ActionElement[] = [];
  if (command && Object.hasOwn(command.options, "gpu")) {
    // A copy of the list (the elements are shared, never changed): Slack's types want a mutable array.
    const options = [...menuOptions()];
    const current = currentGpu(question.options.gpu);
    const initial = options.find((o) => o.value === current);
    // Built by assignment, initial_option last as a spread of it would put it (no temporary object).
    const menu: ActionElement = {
      type: "static_select",
      action_id: ACTION.gpu,
      placeholder: label(lang, "conversation.gpuMenu"),
      options,
    };
    if (initial) menu.initial_option = initial;
    elements.push(menu);
  }
  const button = (action: string, key: string, primary = false): ActionElement => {
    const element: ActionElement = { type: "button", action_id: action, text: label(lang, key), value };
    if (primary) element.style = "primary";
    return element;
  };
  if (!question.explain) elements.push(button(ACTION.explain, "conversation.explain"));
  if (choice.chart) elements.push(button(ACTION.chart, "conversation.chart"));
  elements.push(button(ACTION.lang, LANG_BUTTON[otherLang(lang)]));
  if (question.private) elements.push(button(ACTION.share, "conversation.share", true));
  return { type: "actions", block_id: `${BLOCK_PREFIX}${blockValue}`, elements };
}

/**
 * A message with the actions block last, inside Slack's 50 blocks (the block before it gives way).
 * The message is the caller's own, just made (interactiveMessage): when there is room (almost
 * always), the block goes at the end of its blocks, with no copy of the message or its blocks.
 */
export function withActions<M extends { blocks: InteractiveBlock[] }>(
  message: M,
  block: ActionsBlock,
): Omit<M, "blocks"> & { blocks: InteractiveBlock[] } {
  if (message.blocks.length < SLACK_LIMITS.blocksPerMessage) {
    message.blocks.push(block);
    return message;
  }
  const blocks: InteractiveBlock[] = [...message.blocks];
  blocks.splice(SLACK_LIMITS.blocksPerMessage - 2, 1);
  return extended(message, { blocks: [...blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1), block] });
}
