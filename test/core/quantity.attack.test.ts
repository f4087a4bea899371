import { readFileSync } from "node:fs";
import { version as installedMathjs } from "mathjs";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.ts";
import { evaluateQuantity, MAX_QUANTITY_LENGTH, parseCount } from "../../src/core/quantity.ts";
import { testAnswerer } from "../support/answerer.ts";

const { answer } = testAnswerer();

/**
 * Attacks on the quantity evaluator: mathjs's documented escape routes, payloads from mathjs's
 * published advisories and its own security tests, resource bombs, string/unit tricks and
 * unicode disguises. Each must be refused with a UserError whose id says why, execute nothing
 * (the payloads that would run code set a global canary) and return promptly.
 */
const CANARY = "__flopsbotPwned";
const PWN = `globalThis.${CANARY}=1`;

afterEach(() => {
  expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined();
});

function refusal(text: string): { id: string; params: UserError["params"] } {
  try {
    const value = evaluateQuantity(text);
    throw new Error(`“${text}” was evaluated to ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof UserError) return { id: error.id, params: error.params };
    throw error;
  }
}

describe("mathjs's documented escape routes are not reachable", () => {
  it.each([
    ["import({x: 1})", "quantity.notAllowed"],
    [`import({matrix: cos.constructor}, {override: 1})`, "quantity.notAllowed"],
    ['createUnit("x")', "quantity.notAllowed"],
    ['createUnit("knot", "0.514444 m/s")', "quantity.notAllowed"],
    ['evaluate("1+1")', "quantity.notAllowed"],
    ['parse("1")', "quantity.notAllowed"],
    ['compile("1").evaluate()', "quantity.notAllowed"],
    ['simplify("x+x")', "quantity.notAllowed"],
    ['derivative("x^2", "x")', "quantity.notAllowed"],
    ["reviver()", "quantity.notAllowed"],
    ['resolve(parse("x"), {x: 1})', "quantity.notAllowed"],
    ["parser()", "quantity.notAllowed"],
    ["chain(3)", "quantity.notAllowed"],
    ["f(x) = x^2", "quantity.notAllowed"],
    ["f(x) = x; f(2)", "quantity.notAllowed"],
    ["a = 1", "quantity.notAllowed"],
    ["B = 1", "quantity.notAllowed"],
    ["days = 2", "quantity.notAllowed"],
    ["1; 2", "quantity.notAllowed"],
    ["cos.constructor", "quantity.notAllowed"],
    ["B.constructor", "quantity.notAllowed"],
    ["days.toNumber", "quantity.notAllowed"],
    ["{}.constructor", "quantity.notAllowed"],
    ['["constructor"]', "quantity.notAllowed"],
    ['x["__proto__"]', "quantity.notAllowed"],
    ['B["constructor"]', "quantity.notAllowed"],
    ["{constructor: 2}", "quantity.notAllowed"],
    ["{hasOwnProperty: 2}", "quantity.notAllowed"],
  ])("%s → %s", (text, id) => {
    expect(refusal(text).id).toBe(id);
  });

  it.each([
    "constructor",
    "__proto__",
    "prototype",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "import",
    "evaluate",
  ])("the bare name %s is an unknown word, not a property of the scope", (text) => {
    expect(refusal(text)).toMatchObject({ id: "quantity.unknownWord", params: { word: text.toLowerCase() } });
  });
});

describe("payloads from mathjs's advisories and security tests", () => {
  it.each([
    // 2017 (mathjs issues #821, #822; CVE-2017-1001002 / CVE-2017-1001003): Function via constructors.
    [`cos.constructor("${PWN}")()`, "quantity.syntax"],
    [`f=cos.constructor("${PWN}"); f()`, "quantity.notAllowed"],
    [`[].map.constructor("${PWN}")`, "quantity.notAllowed"],
    [`f=[].map.constructor("${PWN}"); f()`, "quantity.notAllowed"],
    [`[].map["constructor"]("${PWN}")`, "quantity.notAllowed"],
    [`sqrt.constructor("${PWN}")`, "quantity.notAllowed"],
    [`[].map.constructor.call(null, "${PWN}")`, "quantity.notAllowed"],
    [`[].map.constructor.bind()("${PWN}")`, "quantity.notAllowed"],
    [`["//","a/*\\nreturn ${PWN}"]._data.map(cos.constructor)[1]()`, "quantity.notAllowed"],
    [`a=["${PWN}"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()`, "quantity.notAllowed"],
    ["{}.constructor.assign(cos.constructor, {binding: cos.bind})", "quantity.notAllowed"],
    [`f=[].map["\\u0063onstructor"]("${PWN}"); f()`, "quantity.notAllowed"],
    // 2020 and 2024 (typed-function names, FunctionNode/SymbolNode, rawArgs, #3255).
    ['[]["(){}+console.log(`x`);function a"]()=0', "quantity.syntax"],
    [`evalFunctionNode=parse("constructor('${PWN}')")._compile({},{})`, "quantity.notAllowed"],
    [`chain("a(){return evaluate;};function b").typed({"":f()=0}).done()`, "quantity.notAllowed"],
    ["expression.node.AssignmentNode.prototype", "quantity.notAllowed"],
    ['x=parse("cos");x.name="evaluate"', "quantity.notAllowed"],
    // 2026, fixed in 15.2.0. CVE-2026-41139: DenseMatrix.get() took an index that was not an
    // Array, so an object with length/reduce could be walked to Function.
    ["[1,2,3][{length: 1, reduce: cos.constructor}]", "quantity.notAllowed"],
    ["matrix([1]).get({length: 1, reduce: f})", "quantity.notAllowed"],
    // CVE-2026-40897: setSafeProperty let a non-index property be set on an array, hijacking
    // an internal .map() call.
    ["a=[1]; a.map=cos.constructor; a+1", "quantity.notAllowed"],
    ['a=[1]; a["map"]=f', "quantity.notAllowed"],
  ])("%s → %s", (text, id) => {
    expect(text.length).toBeLessThanOrEqual(MAX_QUANTITY_LENGTH);
    expect(refusal(text).id).toBe(id);
  });
});

describe("resource bombs are refused, not computed", () => {
  it.each([
    ["9^9^9^9", "quantity.notFinite"],
    ["10^308*10", "quantity.notFinite"],
    ["1e308*10", "quantity.notFinite"],
    ["2^1024", "quantity.notFinite"],
    ["1/0", "quantity.notFinite"],
    // NaN is refused as no number at all, not as one too large.
    ["0/0", "quantity.syntax"],
    ["zeros(1e9)", "quantity.notAllowed"],
    ["ones(1e5, 1e5)", "quantity.notAllowed"],
    ["identity(1e6)", "quantity.notAllowed"],
    ["1:1e9", "quantity.notAllowed"],
    ["range(1, 1e9)", "quantity.notAllowed"],
    ["factorial(1e9)", "quantity.notAllowed"],
    ["1e9!", "quantity.notAllowed"],
    // No complex numbers in the instance: the square root of -1 is not a number.
    ["(-1)^0.5", "quantity.syntax"],
  ])("%s → %s", (text, id) => {
    expect(refusal(text).id).toBe(id);
  });

  it("refuses anything longer than the 200-character cap before parsing it", () => {
    expect(refusal(`${"(".repeat(150)}1${")".repeat(150)}`)).toEqual({
      id: "quantity.tooLong",
      params: { length: 301, max: MAX_QUANTITY_LENGTH },
    });
    expect(refusal(`${"9^".repeat(100)}9`).id).toBe("quantity.tooLong");
  });

  it("evaluates the deepest nesting that fits in the cap", () => {
    expect(parseCount(`${"(".repeat(99)}1${")".repeat(99)}`)).toBe(1);
  });
});

describe("strings, units and unicode tricks", () => {
  it.each([
    ['"a"', "quantity.notAllowed"],
    ["'a'", "quantity.notAllowed"],
    ['"175B"', "quantity.notAllowed"],
    ["5 cm to inch", "quantity.notAllowed"],
    ["1 day to hour", "quantity.notAllowed"],
    ["5 kg", "quantity.unknownWord"],
    ["5 cm", "quantity.unknownWord"],
    ["1e5 mm", "quantity.unknownWord"],
    ["kelvin", "quantity.unknownWord"],
    ["true", "quantity.notAllowed"],
    ["null", "quantity.notAllowed"],
    ["pi", "quantity.unknownWord"],
    ["i", "quantity.unknownWord"],
    ["21 days + 5", "quantity.unitMismatch"],
    ["21 days * 2 days", "quantity.unitMismatch"],
    ["days^2", "quantity.unitMismatch"],
    ["2^days", "quantity.unitMismatch"],
    ["days^x", "quantity.unknownWord"],
    ["ｃｏｎｓｔｒｕｃｔｏｒ", "quantity.syntax"],
    ["co\u200bnstructor", "quantity.syntax"],
    ["\u0441os.constructor", "quantity.syntax"],
    ["a.co\\u006Estructor", "quantity.syntax"],
    ['a["co\\u006Estructor"]', "quantity.notAllowed"],
    ["175\u202eB", "quantity.syntax"],
    ["１７５Ｂ", "quantity.syntax"],
  ])("%s → %s", (text, id) => {
    expect(refusal(text).id).toBe(id);
  });

  it("works out durations and rates on the checked tree", () => {
    expect(evaluateQuantity("10 days / 2 days")).toEqual({ value: 5, dimension: "none", money: false });
    expect(evaluateQuantity("2048*21days")).toEqual({
      value: 2048 * 21 * 86_400,
      dimension: "time",
      money: false,
    });
    expect(evaluateQuantity("(1/h)^-1")).toEqual({ value: 3_600, dimension: "time", money: false });
    expect(evaluateQuantity("$60/day").value).toBeCloseTo(2.5, 12);
    expect(evaluateQuantity("1 month").value).toBe((365.25 * 86_400) / 12);
  });

  it("reads B as billion and K as thousand, never mathjs's byte or kelvin", () => {
    expect(evaluateQuantity("1 B")).toEqual({ value: 1e9, dimension: "none", money: false });
    expect(evaluateQuantity("13K")).toEqual({ value: 13_000, dimension: "none", money: false });
    expect(evaluateQuantity("1.4T").value).toBe(1.4e12);
  });

  it("refuses the same payloads arriving as Discord options, with the id in the reply", () => {
    const reply = answer({
      platform: "discord",
      userId: "attacker",
      lang: "en",
      command: "compute",
      options: { params: `cos.constructor("${PWN}")()`, tokens: "zeros(1e9)" },
    });
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.error?.key).toBe("quantity.syntax");
  });
});

describe("mathjs version", () => {
  const atLeast = (version: string, minimum: [number, number, number]): boolean => {
    const parts = version
      .replace(/^[\^~>=v\s]+/, "")
      .split(/[.-]/)
      .map(Number);
    for (let i = 0; i < 3; i++) {
      const [have, want] = [parts[i] ?? 0, minimum[i] ?? 0];
      if (have !== want) return have > want;
    }
    return true;
  };

  it("package.json asks for mathjs 15.2.0 or later (CVE-2026-41139, CVE-2026-40897)", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const range = pkg.dependencies.mathjs ?? "";
    expect(range).toMatch(/^[\^~]?\d+\.\d+\.\d+$|^>=\s*\d/);
    expect(atLeast(range, [15, 2, 0])).toBe(true);
  });

  it("the installed mathjs is 15.2.0 or later", () => {
    expect(atLeast(installedMathjs, [15, 2, 0])).toBe(true);
    expect(atLeast("15.1.1", [15, 2, 0])).toBe(false);
    expect(atLeast("^14.9.0", [15, 2, 0])).toBe(false);
  });
});
