import type { Ask, Platform } from "../app/answer.ts";
import { extended } from "../core/extended.ts";
import { GPU_CATALOG } from "../core/gpus.ts";
import { findCommand, type Registry } from "../dispatch/registry.ts";
import type { Lang } from "../i18n/lang.ts";
import { text } from "../reply/build.ts";
import type { Reply, Text } from "../reply/reply.ts";
import type { FollowUp } from "./followUp.ts";
import { type Question, questionText } from "./question.ts";

/** A kept question as the command layer takes it (options already split, as Discord's are). */
export function askOfQuestion(
  question: Question,
  platform: Platform,
  userId: string,
  fallback: Lang,
  teamId?: string,
): Ask {
  return {
    platform,
    userId,
    // The rate limit counts per workspace (or server) and user, as for a typed command.
    ...(teamId ? { teamId } : {}),
    lang: question.lang ?? fallback,
    command: question.command,
    options: question.options,
    ...(question.explain ? { explain: true } : {}),
    ...(question.private ? { private: true } : {}),
  };
}

/**
 * A follow-up's question as the command layer takes it: `chart`, alone or with a change
 * (`gpus=2048 chart`), asks the answerer for the chart, as a typed `chart` does, so an answer with
 * nothing to draw (serve, mfu, the GPU list) says so in a note instead of the chart silently not
 * coming.
 */
export function askOfFollowUp(
  followUp: { kind: "changed" | "chart" | "share"; question: Question; chart?: boolean },
  platform: Platform,
  userId: string,
  fallback: Lang,
  teamId?: string,
): Ask {
  const ask = askOfQuestion(followUp.question, platform, userId, fallback, teamId);
  return followUp.kind === "chart" || followUp.chart === true ? extended(ask, { chart: true }) : ask;
}

/** A re-answer says what it answered and what changed, so a misreading is visible. */
export function withChanges(
  reply: Reply,
  question: Question,
  changes: readonly string[],
  unplaced: readonly string[] = [],
  keptGpu?: { gpu: string; model: string },
): Reply {
  if (!reply.ok) return reply;
  const note =
    changes.length > 0
      ? text("conversation.changed", { changes: changes.join(" "), question: questionText(question) })
      : text("conversation.again", { question: questionText(question) });
  // A follow-up's words the command has no option for: named, as a typed question's are (respond.ts).
  const unused =
    unplaced.length > 0
      ? [text("read.unplaced", { words: unplaced.join(", "), command: question.command })]
      : [];
  // The thread's GPU kept for a model that brings none (`what about 8B`): an assumption, said as one.
  const kept = keptGpu
    ? [text("conversation.gpuKept", { gpu: gpuName(keptGpu.gpu), model: keptGpu.model })]
    : [];
  return extended(reply, { notes: [note, ...kept, ...unused, ...reply.notes] });
}

/**
 * A follow-up's answer as the thread shows it, on any platform: a refusal with a change as its
 * example (asChangeRefusal), a share said as shared, a re-answer with what it answered and changed.
 */
export function followUpReply(reply: Reply, followUp: Exclude<FollowUp, { kind: "new" }>): Reply {
  const answered = asChangeRefusal(reply, followUp.question);
  if (followUp.kind === "share") return sharedReply(answered, followUp.question);
  if (followUp.kind === "chart") return withChanges(answered, followUp.question, []);
  return withChanges(answered, followUp.question, followUp.changes, followUp.unplaced, followUp.keptGpu);
}

/** The thread's answer posted again for everyone (`share that with the channel`): said so. */
function sharedReply(reply: Reply, question: Question): Reply {
  if (!reply.ok) return reply;
  return extended(reply, {
    notes: [text("conversation.shared", { question: questionText(question) }), ...reply.notes],
  });
}

/** A GPU as the notes name it (`NVIDIA H100 SXM5 80GB`), its id when the catalog has none. */
const gpuName = (id: string): string => GPU_CATALOG.find(id)?.name ?? id;

/**
 * A whole question in a thread, answered afresh with the thread's command (`and llama 3 405b?`
 * after a plan): said, with the question whose options it does not keep.
 */
export function startedOver(reply: Reply, previous: Question): Reply {
  if (!reply.ok || reply.command !== previous.command) return reply;
  return extended(reply, {
    notes: [text("conversation.startedOver", { question: questionText(previous) }), ...reply.notes],
  });
}

/** The whole question a reply with nothing to change shows when the thread's command is not known. */
const GENERAL_EXAMPLE = "70B 15T gpu=H100 gpus=512";

/**
 * The whole question to show for a thread whose command is known (`cards`): that command's first
 * example, not a compute question. Help asks no question, so it has none.
 */
export function threadExample(registry: Registry, command: string): string | undefined {
  const known = findCommand(registry, command);
  return known && known.name !== "help" ? known.examples[0] : undefined;
}

/**
 * A follow-up that finds no question to change, for the reason `title` and `error` give: private to
 * the asker, with a whole question as the example to ask instead.
 */
function noQuestionReply(
  command: string,
  lang: Lang,
  title: Text,
  error: Text,
  example: string = GENERAL_EXAMPLE,
): Reply {
  return {
    ok: false,
    command,
    title,
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error,
    hint: text("error.example", { example: `/flops ${example}` }),
    lang,
  };
}

/**
 * The context is gone (a restart, expiry, or a store that lost it): say so, ask for the whole
 * question, and show the last reading known, when there is one.
 */
export function contextLostReply(command: string, lang: Lang, lastReading?: string): Reply {
  return noQuestionReply(
    command,
    lang,
    text("conversation.lostTitle"),
    lastReading ? text("conversation.lostWith", { reading: lastReading }) : text("conversation.lost"),
  );
}

/**
 * *Estimate compute* on a message with no text (a file, an image, only mentions): nothing to read,
 * said so with a message it reads, where help's whole list said nothing of what was wrong.
 */
export function noTextReply(lang: Lang): Reply {
  return noQuestionReply("compute", lang, text("error.title"), text("conversation.estimateNoText"));
}

/**
 * A follow-up to a message that never carried a question (an error, help, a list): nothing was
 * lost, so not "the bot restarted"; said so, with the way on: on Slack a follow-up goes in an
 * answer's thread, on Discord it replies to the answer.
 */
export function notAnAnswerReply(command: string, lang: Lang, platform: Platform, example?: string): Reply {
  const how = platform === "slack" ? "conversation.notAnswerThread" : "conversation.notAnswer";
  return noQuestionReply(command, lang, text("conversation.notAnswerTitle"), text(how), example);
}

/**
 * A change replied to a message that was deleted (Discord: Unknown Message when it is fetched):
 * there is no question to change, and nothing was lost by the bot. Said so, with the way on.
 */
export function repliedToGoneReply(command: string, lang: Lang): Reply {
  return noQuestionReply(command, lang, text("conversation.goneTitle"), text("conversation.gone"));
}

/**
 * A follow-up in a thread whose only question was private: nothing was lost, the thread keeps no
 * private question by design (its answer's buttons carry it). Said so, with the two ways on.
 */
export function privateThreadReply(command: string, lang: Lang, example?: string): Reply {
  return noQuestionReply(
    command,
    lang,
    text("conversation.privateTitle"),
    text("conversation.privateThread"),
    example,
  );
}

/** Only the asker may change or share a private answer; anyone who sees a public one may ask about it. */
export const mayActOn = (question: Question, presser: string): boolean =>
  !question.private || question.asker === undefined || question.asker === presser;

/** A private answer's buttons act only for the person who asked. */
export function notYours(question: Question): Reply {
  return {
    ok: false,
    command: question.command,
    title: text("error.title"),
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: text("conversation.notYours"),
    ...(question.lang ? { lang: question.lang } : {}),
  };
}

/** A change each command's thread takes, as its refusals show it (typed grammar, either language). */
const CHANGE_EXAMPLES: Record<string, string> = {
  compute: "{gpu} · gpus=1024 · 2T tokens · mfu=50%",
  mfu: "{gpu} · days=54",
  chinchilla: "13B",
  cards: "{gpu} · mode=infer",
  serve: "{gpu} · batch=64",
  params: "layers=48",
  compare: "and palm",
  // `gpu=H100` is no change of these: the GPU list takes another filter, a run's card another run.
  gpus: "amd",
  model: "{run} · explain",
};

/** The example a refused follow-up shows: a change the thread's question takes. */
function changeExample(question: Pick<Question, "command" | "options">): string {
  const { command, options } = question;
  // A network given layer by layer (`dense 784->128, dense 128->10`) has no layers= to change.
  if (command === "params" && options.layers === undefined) return "explain";
  const gpu = /^h100$/i.test(options.gpu ?? "") ? "gpu=A100" : "gpu=H100";
  const run = /^palm/i.test(options.name ?? "") ? "gpt-3" : "palm";
  return (CHANGE_EXAMPLES[command] ?? "{gpu}").replace("{gpu}", gpu).replace("{run}", run);
}

/**
 * A follow-up the grammar refused: its example is a change to the thread's question (another
 * GPU than the thread's, `gpus=1024`), not a whole new question (`175B 300B`), which would start over.
 */
export function asChangeRefusal(reply: Reply, question: Pick<Question, "command" | "options">): Reply {
  if (reply.ok || !reply.error) return reply;
  const command = question.command;
  const example = changeExample(question);
  const error =
    reply.error.key === "read.unknownWord"
      ? text("conversation.unknownWord", { word: reply.error.params?.word ?? "", command })
      : reply.error;
  return extended(reply, { error, hint: text("conversation.changeHint", { example }) });
}
