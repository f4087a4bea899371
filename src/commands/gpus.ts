import { UserError } from "../core/errors.ts";
import { GPUS, type Gpu, searchGpus, shortGpuName } from "../core/gpus.ts";
import { nearest } from "../core/suggest.ts";
import { resultReply, text, uniqueSources } from "../reply/build.ts";
import { formatValue } from "../reply/format.ts";
import type { Row } from "../reply/reply.ts";
import { defineCommand } from "./command.ts";
import { opt } from "./options.ts";

/** The headline peaks: bf16 and fp8 where the sheet has them, else fp16 or fp32 (V100, T4). */
const HEADLINE = ["bf16", "fp8"] as const;
const FALLBACK = ["fp16", "fp32"] as const;

function gpuRow(gpu: Gpu): Row {
  const shown = HEADLINE.filter((p) => gpu.peakTflops[p] !== undefined);
  const precisions =
    shown.length > 0 ? shown : FALLBACK.filter((p) => gpu.peakTflops[p] !== undefined).slice(0, 1);
  const peaks = precisions.map((p) => `${p} ${gpu.peakTflops[p]}`).join(" · ");
  return {
    label: text("row.name", { name: shortGpuName(gpu) }),
    value: {
      kind: "text",
      text: `${gpu.memoryGB} GB · ${formatValue("en", "bandwidth", gpu.memoryBandwidthTBs * 1e12)} · ${peaks} TFLOP/s`,
    },
  };
}

export const gpus = defineCommand({
  name: "gpus",
  aliases: ["gpu", "catalog", "hardware"],
  options: {
    filter: opt.text({ positional: true, rest: true, aliases: ["search", "q"], example: "h100" }),
  },
  examples: ["gpus", "gpus h100", "gpus mi300"],
  run(args) {
    const filter = args.filter ?? "";
    const found = searchGpus(filter);
    if (found.length === 0) {
      throw new UserError("gpu.unknown", {
        query: filter,
        suggestions: nearest(filter, GPUS.map(shortGpuName)).join(", ") || "H100, A100, MI300X",
      });
    }
    return resultReply({
      command: "gpus",
      title: text(filter ? "title.gpusFiltered" : "title.gpus", { filter, count: found.length }),
      rows: found.map(gpuRow),
      notes: [text("note.densePeaks")],
      sources: uniqueSources(found.map((gpu) => gpu.source)),
      result: {
        gpus: found.map((gpu) => ({
          id: gpu.id,
          name: gpu.name,
          vendor: gpu.vendor,
          memoryBytes: gpu.memoryGB * 1e9,
          memoryBandwidthBytesPerSecond: gpu.memoryBandwidthTBs * 1e12,
          peakFlops: Object.fromEntries(
            Object.entries(gpu.peakTflops).map(([p, v]) => [p, (v as number) * 1e12]),
          ),
          source: gpu.source,
          ...(gpu.notes ? { notes: gpu.notes } : {}),
        })),
      },
      hint: text("hint.gpus"),
    });
  },
});
