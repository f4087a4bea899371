import type * as z from "zod";

/**
 * Whether a zod schema accepts a value, as a plain function built once from the schema: for a
 * yes or no (is there a chart?) without zod's parse, which copies the value and costs
 * microseconds for a ten-field object. Objects (unknown keys allowed, as z.object does), numbers
 * (finite, with bounds), strings, enums, optionals and arrays with a minimum length are read
 * from the schema; any other part is left to zod's own safeParse, so the answer is always zod's.
 */
export type Accepts = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, unknown>;
}

interface Check {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

export function acceptsOf(schema: z.ZodType): Accepts {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const zods: Accepts = (value) => schema.safeParse(value).success;
  switch (def.type) {
    case "optional": {
      const inner = def.innerType ? acceptsOf(def.innerType) : zods;
      return (value) => value === undefined || inner(value);
    }
    case "string":
      return checks.length === 0 ? (value) => typeof value === "string" : zods;
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      return checks.length === 0 ? (value) => values.has(value) : zods;
    }
    case "number": {
      const bounds = checks.map(numberCheck);
      if (bounds.some((b) => b === undefined)) return zods;
      return (value) =>
        typeof value === "number" && Number.isFinite(value) && bounds.every((b) => b?.(value));
    }
    case "object": {
      if (checks.length > 0 || !def.shape) return zods;
      const fields = Object.entries(def.shape).map(([key, field]) => [key, acceptsOf(field)] as const);
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        return fields.every(([key, accepts]) => accepts(record[key]));
      };
    }
    case "array": {
      const min = checks.length === 1 && checks[0]?.check === "min_length" ? checks[0].minimum : undefined;
      if ((checks.length > 0 && min === undefined) || !def.element) return zods;
      const element = acceptsOf(def.element);
      return (value) => {
        if (!Array.isArray(value) || value.length < (min ?? 0)) return false;
        // Every index, holes too (as zod reads them), not `every`, which skips holes.
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    default:
      return zods;
  }
}

/** A number's bound (`.nonnegative()`, `.min(0)`, `.positive()`, `.max(…)`), or undefined for another check. */
function numberCheck(check: Check): ((value: number) => boolean) | undefined {
  const bound = check.value;
  if (typeof bound !== "number") return undefined;
  if (check.check === "greater_than") return check.inclusive ? (v) => v >= bound : (v) => v > bound;
  if (check.check === "less_than") return check.inclusive ? (v) => v <= bound : (v) => v < bound;
  return undefined;
}
