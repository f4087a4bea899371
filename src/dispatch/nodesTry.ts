/**
 * A node count said without the GPUs in each (`64 nodes`, 64 個節點, 64 台機器): the asker's line with
 * a DGX/HGX node's 8 GPUs added where the count stands, as a Try line (`64 nodes of 8`,
 * 64 個節點、每節點 8 張). The caller keeps it only when it is answered.
 */
import { GPUS_PER_NODE } from "../core/training.ts";

/** `64 nodes`, `64 nodes of H100` (no count after `of`). */
const ENGLISH_NODES = /\b(\d+)\s+(?:nodes?|servers?|machines?|hosts?)\b(?:\s+of\b)?(?!\s*(?:\d|x\b|\*))/i;
/** 64 個節點, 64 節點, 64 台, 64 台機器, and the 的 after it (64 個節點的 H100). */
const CHINESE_NODES = /(\d+)\s*(?:個\s*)?(?:節點|台\s*(?:機器|伺服器|主機)?)(\s*的)?/;

export function withGpusPerNode(line: string, nodes: string): string | undefined {
  const chinese = CHINESE_NODES.exec(line);
  if (chinese?.[1] === nodes) {
    const each = chinese[0].includes("台") ? "每台" : "每節點";
    const said = chinese[0].slice(0, chinese[0].length - (chinese[2]?.length ?? 0));
    return line.replace(chinese[0], `${said}、${each} ${GPUS_PER_NODE} 張 `).replace(/ {2,}/g, " ");
  }
  const english = ENGLISH_NODES.exec(line);
  if (english?.[1] !== nodes) return undefined;
  const of = /\bof$/i.test(english[0]) ? "" : " of";
  return line.replace(english[0], `${english[0]}${of} ${GPUS_PER_NODE}`);
}
