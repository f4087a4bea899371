/**
 * `70B 1000 H100-days` showed energy "18" MWh, while 24,000 GPU-h × 700 W × 1.1 = 18.48 MWh: from 10
 * up the energy and emissions rows were whole numbers. They now show three significant digits, as
 * the other rows do.
 */
import { describe, expect, it } from "vitest";
import { answered } from "../dispatch/helpers.ts";

/** A row's value as the asker reads it. */
const shown = (line: string, label: RegExp) =>
  answered(line).rendered.rows.find((row) => label.test(row.label))?.value;

describe("energy and emissions rows to three significant digits", () => {
  it("1000 H100-days: 24,000 h × 700 W (H100 SXM datasheet) × PUE 1.1 = 18.48 MWh → 18.5", () => {
    expect(shown("70B 1000 H100-days", /^Energy/)).toBe("18.5");
    expect(shown("70B 1000 H100-days", /^Emissions/)).toBe("7.12");
  });

  it("Llama 2 70B, 1,720,320 GPU-h at 400 W: 291 t CO2eq (Llama 2 Table 2: 291.42)", () => {
    expect(shown("70B 2T 1720320 A100-hours power=400", /^Emissions/)).toBe("291");
    expect(shown("70B 2T 1720320 A100-hours power=400", /^Energy/)).toBe("757");
  });
});
