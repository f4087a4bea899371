import {
  BESIROGLU_LOSS_FIT,
  CHINCHILLA_EXPONENTS,
  CHINCHILLA_LOSS_FIT,
  chinchillaLoss,
  chinchillaOptimalTokens,
  computeOptimalSplit,
  type LossFit,
  parametricOptimum,
  parametricTokensFor,
  type Table3Reading,
  table3ForBudget,
  table3ForParams,
  tokensPerParam,
} from "../core/chinchilla.ts";
import { petaflopDays, trainingFlops } from "../core/compute.ts";
import { UserError } from "../core/errors.ts";
import { oncePer } from "../core/oncePer.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { SOURCES } from "../core/sources.ts";
import { type CommandContext, defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { formula, input, ratioKind, resultReply, row, text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { FormulaInput, FormulaRef, Row } from "../reply/reply.ts";
import { chinchillaMoeNote } from "./chinchillaMoeNote.ts";

/**
 * A mixture of experts named by its run (`chinchilla deepseek-v3`, `chinchilla mixtral`): its active
 * parameters, when the run's total is the size answered (none typed in its place). chinchilla takes
 * no active= (the rows count the total, as compute's do), so the run says what the active ones are.
 */
function presetActiveParams(preset: CommandContext["preset"]): number | undefined {
  if (preset?.filled.params === undefined) return undefined;
  return lookupModel(preset.name)?.published.activeParams?.value;
}

export const chinchilla = defineCommand({
  name: "chinchilla",
  aliases: ["optimal", "scaling"],
  options: {
    params: opt.params({ positional: true, aliases: ["n", "p", "parameters"], example: "175B" }),
    budget: opt.budget({ aliases: ["c", "flops", "compute"], example: "3.14e23" }),
    // Second positional, as in compute (`chinchilla 70B 1.4T`: is 1.4T compute-optimal for 70B?).
    tokens: opt.size({ positional: true, aliases: ["tok", "data", "d"], example: "300B" }),
  },
  examples: ["chinchilla 175B", "chinchilla budget=3.14e23", "chinchilla 175B tokens=300B"],
  run(args, context) {
    // Each option read once (every answer reads all three).
    const { params: given, budget: typedBudget, tokens: runTokens } = args;
    // Dollars are not FLOP: /flops compute turns them into GPU-hours with a GPU and its price.
    if (typeof typedBudget === "object") {
      // The asker's amount, in the compute form that turns it into GPU-hours.
      const example = `budget=$${formulaNumber(typedBudget.usd)} gpu=H100 price=$2/h`;
      throw new UserError("compute.budgetUsd", {
        example: `/flops ${example}`,
        flopExample: "chinchilla budget=3.14e23",
        commandExample: example,
      });
    }
    const givenBudget = typedBudget;
    if (given === undefined && givenBudget === undefined) {
      throw new UserError("chinchilla.needInput", { example: "chinchilla 70B" });
    }
    const rows: Row[] = [];
    const result0: Record<string, unknown> = {};
    let params: number;
    let tokens: number;
    if (given !== undefined) {
      params = given;
      tokens = chinchillaOptimalTokens(params);
      rows.push(
        row(
          "row.chinchillaTokens",
          "tokens",
          tokens,
          formula("chinchilla.optimalTokens", { N: input("params", params) }),
        ),
      );
    } else {
      const budget = givenBudget as number;
      ({ params, tokens } = computeOptimalSplit(budget));
      rows.push(
        row(
          "row.optimalParams",
          "params",
          params,
          formula("chinchilla.splitParams", { C: input("flop", budget) }),
        ),
        row(
          "row.chinchillaTokens",
          "tokens",
          tokens,
          formula("chinchilla.splitTokens", { N: input("params", params) }),
        ),
      );
    }
    rows.push(...methodRows(given, givenBudget, result0));
    const flops = trainingFlops(params, tokens);
    const loss = chinchillaLoss(params, tokens);
    rows.push(
      row(
        "row.trainingFlops",
        "flop",
        flops,
        formula("training.flops", { N: input("params", params), D: input("tokens", tokens) }),
      ),
      row("row.pfDays", "pfDays", petaflopDays(flops), formula("training.pfDaysShort")),
      row("row.loss", "loss", loss, LOSS_FORMULA),
    );
    const result: Record<string, unknown> = {
      params,
      tokens,
      flops,
      loss,
      methods: result0,
    };
    const notes = [];
    if (runTokens !== undefined) {
      const ratio = tokensPerParam(params, runTokens);
      rows.push(
        row(
          "row.tokensPerParam",
          ratioKind(ratio.ratio),
          ratio.ratio,
          formula("chinchilla.tokensPerParam", {
            D: input("tokens", runTokens),
            N: input("params", params),
          }),
        ),
        row("row.timesOptimal", "percent", ratio.timesOptimal, formula("chinchilla.timesOptimal")),
        row(
          "row.lossAtTokens",
          "loss",
          chinchillaLoss(params, runTokens),
          formula("chinchilla.lossAt", { N: input("params", params), D: input("tokens", runTokens) }),
        ),
      );
      result.tokensPerParam = ratio.ratio;
      result.runTokens = runTokens;
    }
    notes.push(text("note.chinchillaRule"), text("note.chinchillaMethods", { exponents: EXPONENTS_TEXT }));
    const active = presetActiveParams(context.preset);
    if (active !== undefined) notes.push(chinchillaMoeNote(params, active));
    return resultReply({
      command: "chinchilla",
      title: text(given !== undefined ? "title.chinchillaParams" : "title.chinchillaBudget", {
        params: input("params", params),
        budget: input("flop", givenBudget ?? flops),
      }),
      rows,
      notes,
      sources: [SOURCES.hoffmann2022, SOURCES.besiroglu2024, SOURCES.kaplan2020],
      result,
      hint: text("hint.chinchilla", { params: input("params", params), tokens: input("tokens", tokens) }),
    });
  },
});

const EXPONENTS_TEXT = CHINCHILLA_EXPONENTS.map(
  (e) => `${e.approach}: a ${e.a.toFixed(2)}, b ${e.b.toFixed(2)}`,
).join("; ");

/** A loss fit's constants as formula inputs, digits as the paper prints them: once per fit (read only). */
const constantsOf = oncePer((fit: LossFit) => ({
  E: input("plain", fit.E),
  A: input("plain", fit.A),
  B: input("plain", fit.B),
  alpha: input("plain", fit.alpha),
  beta: input("plain", fit.beta),
}));

/**
 * A loss fit's constants as a formula's inputs and one more input after them (one record, not a
 * spread followed by a key).
 */
const fitInputs = (fit: LossFit, extra?: { name: "C" | "D"; value: FormulaInput }) => {
  const { E, A, B, alpha, beta } = constantsOf(fit);
  const inputs: Record<string, FormulaInput> = { E, A, B, alpha, beta };
  if (extra) inputs[extra.name] = extra.value;
  return inputs;
};

/** The fitted loss with the Approach 3 constants (static). */
const LOSS_FORMULA = formula("chinchilla.loss", fitInputs(CHINCHILLA_LOSS_FIT));

function table3Formula(reading: Table3Reading, after: FormulaRef[] = []): FormulaRef {
  const inputs = {
    N: input("params", reading.params),
    C: input("flop", reading.flops),
    D: input("tokens", reading.tokens),
  };
  return formula(reading.exact ? "chinchilla.table3Row" : "chinchilla.table3Between", inputs, { after });
}

/** The parametric fits a method row shows. */
const FITS = [
  {
    key: "approach3",
    label: "row.chinchillaApproach3",
    labelParams: "row.chinchillaApproach3Params",
    fit: CHINCHILLA_LOSS_FIT,
  },
  {
    key: "besiroglu2024",
    label: "row.chinchillaBesiroglu",
    labelParams: "row.chinchillaBesirogluParams",
    fit: BESIROGLU_LOSS_FIT,
  },
] as const;

/**
 * The compute-optimal answer by each method, labelled, so that a reader sees how much it depends
 * on the method: Hoffmann et al. 2022 Table 3 (Approach 1), Eq. 4 with the Approach 3 fit, and the
 * replication's corrected fit (Besiroglu et al. 2024). The 20·N rule is the row before these.
 */
function methodRows(
  params: number | undefined,
  budget: number | undefined,
  result: Record<string, unknown>,
): Row[] {
  const rows: Row[] = [];
  const fits = FITS;
  if (params !== undefined) {
    const table = table3ForParams(params);
    if (table) {
      rows.push(row("row.chinchillaTable3", "tokens", table.tokens, table3Formula(table)));
      result.table3 = { tokens: table.tokens, flops: table.flops, exact: table.exact };
    }
    for (const { key, label, fit } of fits) {
      const optimum = parametricTokensFor(fit, params);
      rows.push(
        row(
          label,
          "tokens",
          optimum.tokens,
          formula("chinchilla.eq4Tokens", fitInputs(fit, { name: "C", value: input("flop", optimum.flops) })),
        ),
      );
      result[key] = { tokens: optimum.tokens, flops: optimum.flops };
    }
    result.rule20 = { tokens: chinchillaOptimalTokens(params) };
    return rows;
  }
  if (budget === undefined) return rows;
  const table = table3ForBudget(budget);
  if (table) {
    rows.push(
      row(
        "row.chinchillaTable3Params",
        "params",
        table.params,
        table3Formula(table, [formula("fragment.tokens", { D: input("tokens", table.tokens) })]),
      ),
    );
    result.table3 = { params: table.params, tokens: table.tokens, exact: table.exact };
  }
  for (const { key, labelParams, fit } of fits) {
    const optimum = parametricOptimum(fit, budget);
    rows.push(
      row(
        labelParams,
        "params",
        optimum.params,
        formula(
          "chinchilla.eq4Params",
          fitInputs(fit, { name: "D", value: input("tokens", optimum.tokens) }),
        ),
      ),
    );
    result[key] = { params: optimum.params, tokens: optimum.tokens };
  }
  result.rule20 = computeOptimalSplit(budget);
  return rows;
}
