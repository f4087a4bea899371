import type { Lang } from "../i18n/lang.ts";
import { t } from "../i18n/translate.ts";
import { formatValue, shortScale } from "./format.ts";
import type { ReadAs, ReadItem } from "./reply.ts";

/** One option of the reading as people say it: `70B parameters`, `MFU 40%`, `30.0 days`, `bf16`. */
function itemText(lang: Lang, item: ReadItem): string {
  const { option, kind, value } = item;
  if (typeof value === "boolean") return option;
  if (typeof value === "string") {
    if (kind === "gpu") return item.display ?? value;
    // A price per GPU in a list (`price=$3/h,$2/h`, one per GPU): each as a price, not `3,2`.
    if (kind === "price" && NUMBER_LIST.test(value))
      return value
        .split(",")
        .map((price) => formatValue(lang, "usdPerHour", Number(price)))
        .join(", ");
    // compare's runs, labelled in the asker's language (`names gpt-3 palm`, `比較 gpt-3 palm`).
    if (option === "names") return t(lang, "readAs.names", { value });
    return kind === "precision" || option === "precision"
      ? value
      : t(lang, "readAs.item", { name: option, value });
  }
  switch (kind) {
    case "count":
      if (option === "params") return t(lang, "readAs.params", { value: formatValue(lang, "params", value) });
      if (option === "active") return t(lang, "readAs.active", { value: formatValue(lang, "params", value) });
      if (option === "tokens") return formatValue(lang, "tokens", value);
      // A request rate is held in requests per second, whatever unit it was typed in.
      if (option === "rate") return t(lang, "readAs.rate", { value: shortScale(value) });
      // A decode rate asked per sequence (serve's per-user=).
      if (option === "per-user") return t(lang, "readAs.per-user", { value: shortScale(value) });
      if (option === "budget" || option === "flops" || option === "model-flops")
        return t(lang, "readAs.flop", { value: shortScale(value) });
      return t(lang, "readAs.item", { name: option, value: shortScale(value) });
    case "fraction": {
      const percent = formatValue(lang, "percent", value);
      return option === "mfu"
        ? t(lang, "readAs.mfu", { value: percent })
        : t(lang, "readAs.item", { name: option, value: percent });
    }
    case "duration":
      // GPU time options hold hours; wall-time options hold seconds.
      return /hour/.test(option)
        ? formatValue(lang, "gpuHours", value)
        : option === "days"
          ? formatValue(lang, "duration", value)
          : t(lang, "readAs.item", { name: option, value: formatValue(lang, "duration", value) });
    case "price":
      return formatValue(lang, "usdPerHour", value);
    case "usd":
      return t(lang, "readAs.budgetUsd", { value: formatValue(lang, "usd", value) });
    default:
      return t(lang, "readAs.item", { name: option, value: formatValue(lang, "count", value) });
  }
}

/** Numbers joined by commas, as a list option's value is read (readAs.ts in dispatch). */
const NUMBER_LIST = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?(?:,\d+(?:\.\d+)?(?:e[+-]?\d+)?)+$/i;

const marked = (lang: Lang, item: ReadItem, body: string) =>
  item.assumed ? t(lang, "readAs.assumed", { item: body }) : body;

/** `Read as: 70B parameters · 15T tokens · 512 × H100 SXM5 80GB · bf16 · MFU 40% (assumed)`. */
export function readAsLine(lang: Lang, readAs: ReadAs): string | undefined {
  // The first GPU and the first numeric GPU count, in one pass over the items (no closures).
  let gpu: ReadItem | undefined;
  let count: ReadItem | undefined;
  for (const item of readAs.items) {
    if (gpu === undefined && item.kind === "gpu") gpu = item;
    // The GPUs of a plan (gpus) or those the asker has (cards' available): `2 × RTX 4090`.
    if (
      count === undefined &&
      (item.option === "gpus" || item.option === "available") &&
      typeof item.value === "number"
    )
      count = item;
  }
  // The items joined as they are worked out (no list of them to join).
  let items: string | undefined;
  for (const item of readAs.items) {
    if (item === count && gpu) continue;
    let part: string;
    if (item === gpu && count) {
      const both = t(lang, "readAs.gpus", {
        count: marked(lang, count, formatValue(lang, "count", count.value as number)),
        gpu: itemText(lang, gpu),
      });
      part = marked(lang, gpu, both);
    } else part = marked(lang, item, itemText(lang, item));
    items = items === undefined ? part : `${items} · ${part}`;
  }
  return items !== undefined ? t(lang, "readAs.line", { items }) : undefined;
}

/**
 * The JSON form: canonical option names → base-unit values, with the assumed ones listed. A wall
 * time is held in seconds under its option's name (`days`, a contract); `seconds` repeats it under
 * its unit's name, so a script never reads 604,800 as days.
 */
export function readAsJson(readAs: ReadAs): Record<string, unknown> {
  const wall = readAs.items.find((item) => item.option === "days" && item.kind === "duration");
  return {
    command: readAs.command,
    ...Object.fromEntries(readAs.items.map((item) => [item.option, item.value])),
    ...(wall ? { seconds: wall.value } : {}),
    assumed: readAs.items.filter((item) => item.assumed).map((item) => item.option),
  };
}
