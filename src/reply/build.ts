import type { ErrorParams } from "../core/errors.ts";
import type { Notice } from "../core/notice.ts";
import type { KeyArg } from "../i18n/keys.ts";
import type { Reply, Row, Source, Table, Text, Value, ValueKind } from "./reply.ts";

export const text = <const K extends string>(key: K & KeyArg<K>, params?: ErrorParams): Text =>
  params ? { key, params } : { key };
export const fromNotice = (notice: Notice): Text => text(notice.id, notice.params);
export const value = (kind: ValueKind, amount: number): Value => ({ kind, value: amount });

export function row<const K extends string>(
  label: K & KeyArg<K>,
  kind: ValueKind,
  amount: number,
  formula?: string,
  params?: ErrorParams,
): Row {
  return { label: text<string>(label, params), value: value(kind, amount), ...(formula ? { formula } : {}) };
}

export interface ReplyParts {
  command: string;
  title: Text;
  rows: Row[];
  table?: Table;
  result: Record<string, unknown>;
  notes?: Text[];
  warnings?: Text[];
  sources?: Source[];
  hint?: Text;
}

export function resultReply(parts: ReplyParts): Reply {
  return {
    ok: true,
    ephemeral: false,
    notes: [],
    warnings: [],
    sources: [],
    ...parts,
  };
}

/** Merges sources by URL, keeping the first title. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((s) => [s.url, s])).values()];
}
