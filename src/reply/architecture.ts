import type { Architecture } from "../core/params/architecture.ts";
import { grouped } from "./format.ts";

/** An architecture as one line, language-neutral: what was counted (`L 80, h 8,192, 64/8 heads × 128, …`). */
export function describeArchitecture(a: Architecture): string {
  const attention = a.mla
    ? `MLA q ${a.mla.qLoraRank ?? "full"}, kv ${a.mla.kvLoraRank}, qk ${a.mla.qkNopeHeadDim}+${a.mla.qkRopeHeadDim}, v ${a.mla.vHeadDim}`
    : `${a.heads}/${a.kvHeads} heads × ${a.headDim}`;
  const mlp = a.moe
    ? `${a.moe.experts} experts top-${a.moe.topK} × ${g(a.moe.expertFfn)}${a.moe.sharedExperts ? ` + ${a.moe.sharedExperts} shared` : ""}${a.moe.firstDenseLayers ? `, first ${a.moe.firstDenseLayers} dense (ffn ${g(a.ffn ?? 0)})` : ""}`
    : `${a.mlp === "plain" ? "plain " : ""}ffn ${g(a.ffn ?? 0)}`;
  return `L ${a.layers}, h ${g(a.hidden)}, ${attention}, ${mlp}, V ${g(a.vocab)}${a.tiedEmbeddings ? " tied" : ""}`;
}

/** Every digit, grouped as `toLocaleString("en-US")` writes a whole number. */
const g = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1e15 ? grouped(n) : n.toLocaleString("en-US"));
