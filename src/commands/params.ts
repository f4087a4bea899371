import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import {
  decoderParams,
  gptParams,
  networkParams,
  type ParamCount,
  parseLayerList,
} from "../core/params/index.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { SOURCES } from "../core/sources.ts";
import { type CommandContext, defineCommand } from "../dispatch/command.ts";
import { type ArgsOf, opt } from "../dispatch/options.ts";
import { MIN_PARAMS } from "../dispatch/plausibility.ts";
import { givenOptions } from "../dispatch/tracked.ts";
import { unknownOptionError } from "../dispatch/unknownOption.ts";
import { formula, input, resultReply, row, text } from "../reply/build.ts";
import type { Row, Source, Text } from "../reply/reply.ts";
import { architectureCountReply, countedArchitecture } from "./paramsArchitecture.ts";

const GPT_NAMES = ["transformer", "gpt"];
const DECODER_NAMES = ["decoder", "llama", "moe"];
/** What each architecture's count cannot do without (a MoE's top-k and expert width aside). */
const GPT_NEEDS = ["layers", "d", "vocab"] as const;
const DECODER_NEEDS = ["layers", "d", "heads", "vocab"] as const;

const options = {
  spec: opt.text({
    positional: true,
    rest: true,
    aliases: ["architecture", "arch", "network"],
    example: "dense 784->128, dense 128->10",
  }),
  layers: opt.integer({ aliases: ["l", "n-layers"], example: "96" }),
  d: opt.integer({ aliases: ["hidden", "h", "width", "d-model"], example: "12288" }),
  vocab: opt.integer({ aliases: ["v", "vocab-size"], example: "50257" }),
  ctx: opt.context({ aliases: ["context", "positions"], example: "2048" }),
  tied: opt.flag({ aliases: ["tie", "tied-embeddings"] }),
  heads: opt.integer({ aliases: ["n-heads"], example: "32" }),
  "kv-heads": opt.integer({ aliases: ["kv", "n-kv-heads"], example: "8" }),
  "head-dim": opt.integer({ aliases: ["d-head", "headdim"], example: "128" }),
  ffn: opt.integer({ aliases: ["intermediate", "d-ff", "ffn-dim"], example: "14336" }),
  experts: opt.integer({ aliases: ["e", "n-experts"], example: "8" }),
  "top-k": opt.integer({ aliases: ["k", "topk"], example: "2" }),
  "shared-experts": opt.integer({ aliases: ["shared"], example: "1" }),
  "expert-ffn": opt.integer({ aliases: ["moe-ffn"], example: "2048" }),
  "dense-layers": opt.integer({ aliases: ["first-dense"], example: "3" }),
  "relative-positions": opt.flag({ aliases: ["relative", "transformer-xl"] }),
  config: opt.text({ aliases: ["config-json", "hf-config"], example: '{"model_type":"llama",…}' }),
};

type Args = ArgsOf<typeof options>;

/**
 * A value the architecture needs, refused when missing with the asker's own shape and the missing
 * option's example as the Try line (`params transformer layers=32 d=4096 vocab=50257`).
 */
function needOf(args: Args, kind: string) {
  return <T>(value: T | undefined, name: string): T => {
    if (value !== undefined) return value;
    const option = (name === "hidden" ? "d" : name) as keyof typeof options;
    const given = givenOptions(args)
      .filter((given) => given !== "spec")
      .map((given) => `${given}=${String(args[given as keyof Args])}`);
    // Every option the architecture still lacks, so the line answers (not one refusal per retry).
    const lacking = [option, ...(GPT_NAMES.includes(kind) ? GPT_NEEDS : DECODER_NEEDS)].filter(
      (needed, i, all) => args[needed] === undefined && all.indexOf(needed) === i,
    );
    const added = lacking.map((needed) => `${needed}=${options[needed].example}`);
    const commandExample = ["params", kind, ...given, ...added].join(" ");
    throw new UserError("params.missing", { name, commandExample });
  };
}

/**
 * The architecture a shape with no name is counted as (`params 32 layers 4096 hidden`): Llama-style
 * when something only a decoder has was given (kv-heads, head-dim, ffn, experts), else GPT-style.
 * undefined when an architecture or a list of layers was named, or the shape lacks layers or width.
 */
function assumedArchitecture(args: Args): "transformer" | "decoder" | undefined {
  if (args.spec !== undefined || args.layers === undefined || args.d === undefined) return undefined;
  const decoderOnly = [args["kv-heads"], args["head-dim"], args.ffn, args.experts];
  return decoderOnly.some((value) => value !== undefined) ? "decoder" : "transformer";
}

function architecture(args: Args): {
  count: ParamCount;
  kind: "gpt" | "decoder" | "network";
  sources: Source[];
} {
  const [first = "", ...rest] = (args.spec ?? assumedArchitecture(args) ?? "").trim().split(/\s+/);
  const name = first.toLowerCase();
  const need = needOf(args, name);
  if (GPT_NAMES.includes(name) || DECODER_NAMES.includes(name)) {
    if (rest.length > 0) {
      const stray = rest[0] as string;
      const key = stray.split("=")[0] ?? stray;
      throw unknownOptionError("params", key, key, Object.keys(options), Object.keys(options));
    }
    if (GPT_NAMES.includes(name)) {
      const count = gptParams({
        layers: need(args.layers, "layers"),
        width: need(args.d, "d"),
        vocab: need(args.vocab, "vocab"),
        ...(args.ctx ? { context: args.ctx } : {}),
        tiedHead: args.tied ?? true,
        relativePositions: args["relative-positions"] ?? false,
      });
      return { count, kind: "gpt", sources: [SOURCES.kaplan2020, SOURCES.narayanan2021, SOURCES.gpt3] };
    }
    const experts = args.experts;
    const count = decoderParams({
      layers: need(args.layers, "layers"),
      hidden: need(args.d, "hidden"),
      heads: need(args.heads, "heads"),
      ...(args["kv-heads"] ? { kvHeads: args["kv-heads"] } : {}),
      ...(args["head-dim"] ? { headDim: args["head-dim"] } : {}),
      ...(args.ffn ? { ffn: args.ffn } : {}),
      vocab: need(args.vocab, "vocab"),
      tiedEmbeddings: args.tied ?? false,
      ...(experts
        ? {
            moe: {
              experts,
              topK: need(args["top-k"], "top-k"),
              sharedExperts: args["shared-experts"] ?? 0,
              expertFfn: args["expert-ffn"] ?? need(args.ffn, "expert-ffn"),
              denseLayers: args["dense-layers"] ?? 0,
            },
          }
        : {}),
    });
    return { count, kind: "decoder", sources: [SOURCES.llama3] };
  }
  if (!args.spec) throw new UserError("params.missing", { name: "spec" });
  return { count: networkParams(parseLayerList(args.spec)), kind: "network", sources: [] };
}

/**
 * A published run's name stood in for the architecture (`params qwen2.5-7b`) and nothing of it was
 * typed: its published total beside this count, and by how much the formula falls short (biases,
 * extra norms it leaves out; `model` says which) or matches.
 */
function publishedCount(
  args: Args,
  context: CommandContext,
  total: number,
): { note: Text; source: Source } | undefined {
  const preset = context.preset;
  if (!preset || givenOptions(args).some((name) => preset.filled[name] === undefined)) return undefined;
  const run = lookupModel(preset.name);
  if (!run) return undefined;
  const publishedTotal = run.published.params.value;
  const values = {
    model: run.name,
    id: run.id,
    published: input("grouped", publishedTotal),
  };
  const source = run.published.params.source;
  if (publishedTotal === total) return { note: text("params.note.matchesPublished", values), source };
  const key = total < publishedTotal ? "params.note.shortOfPublished" : "params.note.overPublished";
  const difference = input("grouped", Math.abs(publishedTotal - total));
  return { note: text(key, extended(values, { difference })), source };
}

export const params = defineCommand({
  name: "params",
  aliases: ["parameters", "count"],
  options,
  examples: [
    "params transformer layers=96 d=12288 vocab=50257 ctx=2048",
    "params decoder layers=32 hidden=4096 heads=32 kv-heads=8 ffn=14336 vocab=128256",
    "params dense 784->128, dense 128->10",
    "params hf:Qwen/Qwen3-8B",
    "params deepseek-v3",
  ],
  run(args, context) {
    const counted = countedArchitecture(args.spec, args.config);
    if (counted) return architectureCountReply(counted);
    const { count, kind, sources } = architecture(args);
    const rows: Row[] = count.parts.map((part) => {
      const repeated =
        part.count && part.count > 1
          ? formula("params.repeated", {
              count: input("count", part.count),
              each: input("count", part.params / part.count),
            })
          : undefined;
      return part.index === undefined
        ? row(`part.${part.id}`, "count", part.params, repeated)
        : row("part.layer", "count", part.params, repeated, { index: part.index + 1, kind: part.id });
    });
    rows.push(
      row(
        "row.totalParams",
        "count",
        count.total,
        formula("params.total", { total: input("count", count.total) }),
      ),
    );
    if (kind !== "network")
      rows.push(row("row.nonEmbedding", "params", count.nonEmbedding, formula("params.nonEmbedding")));
    const active = count.active !== undefined && count.active !== count.total ? count.active : undefined;
    if (active !== undefined) {
      rows.push(row("row.activeParams", "params", active, formula("params.activeMoe")));
    }
    const notes: Text[] =
      kind === "gpt" ? [text("note.gptFormula")] : kind === "decoder" ? [text("note.decoderFormula")] : [];
    const assumed = assumedArchitecture(args);
    if (assumed) notes.unshift(text("params.note.assumedArchitecture", { architecture: assumed }));
    if (args["relative-positions"]) notes.push(text("params.note.relativePositions"));
    const published = publishedCount(args, context, count.total);
    if (published) notes.push(published.note);
    return resultReply({
      command: "params",
      title: text(`title.params.${kind}`),
      rows,
      notes,
      sources: published ? [...sources, published.source] : sources,
      result: {
        total: count.total,
        nonEmbedding: count.nonEmbedding,
        ...(active !== undefined ? { active } : {}),
        layers: count.parts,
      },
      // Under MIN_PARAMS a size alone is refused as a number missing its suffix: no Next line then.
      ...((count.active ?? count.total) >= MIN_PARAMS
        ? { hint: text("hint.params", { params: hintSize(count.active ?? count.total) }) }
        : {}),
    });
  },
});

/**
 * The count as the Next line's command types it: a short size from a million up (`70.6B`), every
 * digit below (`98816`; a grouped `98,816` reads as two words, 98 and 816).
 */
const hintSize = (count: number) => input(count < 1e6 ? "plain" : "params", count);
