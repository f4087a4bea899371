import type { ErrorParams } from "../core/errors.ts";
import type { FormulaId } from "../core/formulas/index.ts";
import type { Lang } from "../i18n/lang.ts";

/**
 * A message's value: text as it is, or a typed number that src/reply formats for the reader's
 * language when the message is drawn (`{kind: "params", value: 175e9}` → `175B`, in zh-TW
 * `175B (1,750 億)` where the catalog asks for the everyday reading).
 */
export type TextParam = ErrorParams[string] | FormulaInput;

/** A piece of user-visible text, as a message key and its values; localized only when rendered. */
export interface Text {
  key: string;
  params?: Readonly<Record<string, TextParam>>;
}

/** How a number reads: the renderer formats it for the reader's language. */
export type ValueKind =
  | "flop"
  | "flopRate"
  | "pfDays"
  | "params"
  | "tokens"
  | "count"
  | "ratio"
  | "percent"
  | "duration"
  | "gpuHours"
  | "usd"
  | "usdPerHour"
  | "bytes"
  | "bandwidth"
  | "loss";

export type Value =
  | { kind: ValueKind; value: number }
  | { kind: "text"; text: string }
  | { kind: "message"; text: Text };

/**
 * A number put into a formula: typed like a reply value (formatted in src/reply, language-neutral
 * short numbers), or `plain` (digits as they are), `pct1` (a fraction as 40%, one decimal), `sig3`
 * (rounded to three significant digits first), `price` (`$` and the digits as typed), `dollars`
 * (`$` and a short number), `sig4`, `difference` (ours / published − 1 as `+0.3%`), `symbols` (another formula's symbols, `6N + 12·L·H·Q·T`) or
 * `durationShort` (seconds as `9.5 d`, `5.2 h` or `9.9 min`), `byteSize` (bytes with their unit, as a row writes them: `1.13 TB`), `grouped` (every digit, grouped: `671,026,419,200`), `fixed3` (three decimals: `4.127`).
 */
export type FormulaInput =
  | {
      kind:
        | ValueKind
        | "plain"
        | "price"
        | "dollars"
        | "pct1"
        | "pct1bare"
        | "sig3"
        | "sig4"
        | "difference"
        | "durationShort"
        | "byteSize"
        | "grouped"
        | "fixed3";
      value: number;
    }
  | { kind: "text"; text: string }
  | { kind: "symbols"; ref: FormulaRef };

/** A formula a row used: its registry id and its inputs, drawn by `formulaText` (src/reply/formula.ts). */
export interface FormulaRef {
  id: FormulaId;
  inputs: Readonly<Record<string, FormulaInput>>;
  /** Only the symbols (`N* = √(C / 120)`), without the inputs put in. */
  symbolsOnly?: true;
  /** Fragments drawn after it (an MFU range). */
  after?: readonly FormulaRef[];
}

export interface Row {
  label: Text;
  value: Value;
  /**
   * The formula with the numbers put in (`6 · N · D = 6 × 175B × 300B`): a registry reference,
   * or, for commands not yet moved onto the registry, the text itself.
   */
  formula?: FormulaRef;
}

/**
 * A table with one column per item (a run in `compare`): each row a quantity, its cells typed
 * values formatted by the renderer. The reply's `rows` keep every value and its formula (for
 * `explain` and the formulas under the table).
 */
export interface Table {
  columns: Text[];
  rows: { label: Text; cells: Value[] }[];
}

export interface Source {
  title: string;
  url: string;
}

/** One option of the reading a reply computed: canonical name, value in base units. */
export interface ReadItem {
  option: string;
  /** The option's kind (count, integer, fraction, duration, price, gpu, precision, choice, ...). */
  kind: string;
  /** Base units: counts as numbers, durations in seconds (GPU-hours in hours), fractions 0–1, a GPU by catalog id. */
  value: number | string | boolean;
  /** How a name reads (a GPU's catalog name). */
  display?: string;
  /** Not typed: a default the command applied. */
  assumed?: boolean;
}

/** How the question was read (`Read as: 70B parameters · 15T tokens · …`, JSON `readAs`). */
export interface ReadAs {
  command: string;
  items: ReadItem[];
}

/** A typed line as the grammar read it: the command, its raw option text and the delivery words. */
export interface Asked {
  command: string;
  raw: Record<string, string>;
  flags: { explain: boolean; private: boolean; lang?: string };
  /** A model name stood in for numbers: its name and the options its preset filled in. */
  preset?: { name: string; filled: Record<string, string> };
}

export interface Reply {
  ok: boolean;
  command: string;
  title: Text;
  rows: Row[];
  /** Drawn instead of the rows' values where present; the rows' formulas are listed below it. */
  table?: Table;
  notes: Text[];
  warnings: Text[];
  sources: Source[];
  /** What to ask next. */
  hint?: Text;
  /** Only the asker sees it: errors and help always, any reply with the private flag. */
  ephemeral: boolean;
  /** The JSON contract's `result` (base units) or, for errors, nothing. */
  result?: Record<string, unknown>;
  /** How the question was read, for answers (never for errors). */
  readAs?: ReadAs;
  /** What the grammar read, for a conversation's buttons and follow-ups (never rendered). */
  asked?: Asked;
  /** For errors: the message key and values. */
  error?: Text;
  /** The language it will be rendered in, when the request chose one. */
  lang?: Lang;
  /** The asker asked for a chart (`chart`, `--chart FILE.png`): sent after the text where the command has one. */
  chart?: boolean;
  /** A failure that is not the user's: logged by the adapter, never shown. */
  internalError?: unknown;
}
