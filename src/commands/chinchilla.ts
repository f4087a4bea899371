import {
  chinchillaLoss,
  chinchillaOptimalTokens,
  computeOptimalSplit,
  tokensPerParam,
} from "../core/chinchilla.ts";
import { petaflopDays, trainingFlops } from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { SOURCES } from "../core/sources.ts";
import { resultReply, row, text } from "../reply/build.ts";
import { formulaNumber as f } from "../reply/format.ts";
import type { Row } from "../reply/reply.ts";
import { defineCommand } from "./command.ts";
import { opt } from "./options.ts";

export const chinchilla = defineCommand({
  name: "chinchilla",
  aliases: ["optimal", "scaling"],
  options: {
    params: opt.size({ positional: true, aliases: ["n", "p", "parameters"], example: "175B" }),
    budget: opt.size({ aliases: ["c", "flops", "compute"], example: "3.14e23" }),
    tokens: opt.size({ aliases: ["tok", "data", "d"], example: "300B" }),
  },
  examples: ["chinchilla 175B", "chinchilla budget=3.14e23", "chinchilla 175B tokens=300B"],
  run(args) {
    if (args.params === undefined && args.budget === undefined) {
      throw new UserError("chinchilla.needInput", { example: "chinchilla 70B" });
    }
    const rows: Row[] = [];
    let params: number;
    let tokens: number;
    if (args.params !== undefined) {
      params = args.params;
      tokens = chinchillaOptimalTokens(params);
      rows.push(row("row.chinchillaTokens", "tokens", tokens, `D* = 20 · N = 20 × ${f(params)}`));
    } else {
      const budget = args.budget as number;
      ({ params, tokens } = computeOptimalSplit(budget));
      rows.push(
        row("row.optimalParams", "params", params, `N* = √(C / 120) = √(${f(budget)} / 120)`),
        row("row.chinchillaTokens", "tokens", tokens, `D* = 20 · N* = 20 × ${f(params)}`),
      );
    }
    const flops = trainingFlops(params, tokens);
    rows.push(
      row("row.trainingFlops", "flop", flops, `6 · N · D = 6 × ${f(params)} × ${f(tokens)}`),
      row("row.pfDays", "pfDays", petaflopDays(flops), `C / 8.64e19`),
      row(
        "row.loss",
        "loss",
        chinchillaLoss(params, tokens),
        "E + A/N^α + B/D^β (1.69, 406.4, 410.7, 0.34, 0.28)",
      ),
    );
    const result: Record<string, unknown> = { params, tokens, flops, loss: chinchillaLoss(params, tokens) };
    const notes = [];
    if (args.tokens !== undefined) {
      const ratio = tokensPerParam(params, args.tokens);
      rows.push(
        row("row.tokensPerParam", "ratio", ratio.ratio, `D / N = ${f(args.tokens)} / ${f(params)}`),
        row("row.timesOptimal", "percent", ratio.timesOptimal, `(D / N) / 20`),
        row(
          "row.lossAtTokens",
          "loss",
          chinchillaLoss(params, args.tokens),
          `L(${f(params)}, ${f(args.tokens)})`,
        ),
      );
      result.tokensPerParam = ratio.ratio;
      result.runTokens = args.tokens;
    }
    notes.push(text("note.chinchillaRule"));
    return resultReply({
      command: "chinchilla",
      title: text(args.params !== undefined ? "title.chinchillaParams" : "title.chinchillaBudget", {
        params: f(params),
        budget: f(args.budget ?? flops),
      }),
      rows,
      notes,
      sources: [SOURCES.hoffmann2022, SOURCES.kaplan2020],
      result,
      hint: text("hint.chinchilla", { params: f(params), tokens: f(tokens) }),
    });
  },
});
