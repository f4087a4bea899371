import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { t } from "../../src/i18n/translate.ts";
import { row, text } from "../../src/reply/build.ts";

/**
 * Message keys are checked by the compiler (src/i18n/keys.ts): `tsc --noEmit -p .` covers this
 * file, and each @ts-expect-error below fails the type check if a wrong key stops being an error.
 */
describe("message keys are typed from the English catalog", () => {
  it("a catalog key compiles and resolves to its English text", () => {
    expect(t("en", "row.trainingFlops")).toBe("Training compute (6ND)");
    expect(text("row.trainingFlops")).toEqual({ key: "row.trainingFlops" });
    expect(new UserError("compute.priceCount", { prices: 2, gpus: 3 }).id).toBe("compute.priceCount");
    // A key built from a template that matches catalog keys (compare.row.params, …) compiles.
    const metric: string = "params";
    expect(text(`compare.row.${metric}`, { model: "GPT-3" }).key).toBe("compare.row.params");
  });

  it("a wrong key does not compile (checked by tsc); at run time it falls back to the key itself", () => {
    // @ts-expect-error "row.trainingFlop" is no key of en.ts.
    expect(t("en", "row.trainingFlop")).toBe("row.trainingFlop");
    // @ts-expect-error "row.nope" is no key (either branch of a conditional is checked).
    expect(text(Math.random() < 2 ? "row.trainingFlops" : "row.nope").key).toBe("row.trainingFlops");
    // @ts-expect-error no catalog key starts with "comparison.row.".
    expect(text(`comparison.row.${"params" as string}`).key).toBe("comparison.row.params");
    // @ts-expect-error "compute.priceCounts" is no error id.
    expect(new UserError("compute.priceCounts").id).toBe("compute.priceCounts");
    // @ts-expect-error a row's label is a key too.
    expect(row("row.trainingFlopz", "flop", 3.14e23).label.key).toBe("row.trainingFlopz");
  });
});
