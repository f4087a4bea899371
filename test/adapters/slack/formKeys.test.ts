/**
 * A slash command's form is judged by its keys without decoding its values (guard.ts): the
 * verdict must be the one the full parse gives, for any form Bolt reads as the form itself.
 */
import { parse } from "node:querystring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boltProblem, shapeProblem } from "../../../src/adapters/slack/guard.ts";

const FORM = "application/x-www-form-urlencoded";
/** The keys that decide (and look-alikes a decoder or a `+` turns into them), and filler. */
const KEY = fc.constantFrom(
  "command",
  "user_id",
  "text",
  "token",
  "event",
  "type",
  "name",
  "actions",
  "user",
  "user%5Fid",
  "com+mand",
  "",
);
const VALUE = fc.string({ maxLength: 12 }).map((value) => encodeURIComponent(value));
const PAIR = fc.oneof(
  fc.tuple(KEY, VALUE).map(([key, value]) => `${key}=${value}`),
  KEY,
);

describe("a slash command's form read by its keys", () => {
  it("gives the full parse's verdict for every form without a payload", () => {
    fc.assert(
      fc.property(fc.array(PAIR, { maxLength: 8 }), (pairs) => {
        const text = pairs.join("&");
        expect(shapeProblem(Buffer.from(text), FORM)).toBe(boltProblem(parse(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses a repeated user_id and a command with none, and takes Slack's own form", () => {
    const slack = "token=t&team_id=T1&user_id=U1&command=%2Fflops&text=70B+1.4T&response_url=x";
    expect(shapeProblem(Buffer.from(slack), FORM)).toBeUndefined();
    expect(shapeProblem(Buffer.from(`${slack}&user_id=U2`), FORM)).toBe("a command field is not a string");
    expect(shapeProblem(Buffer.from("command=%2Fflops&text=x"), FORM)).toBe("a command with no user_id");
  });
});
