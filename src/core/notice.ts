import type { ErrorId, ErrorParams } from "./errors.ts";

/** A warning or note from the core, as data: its message key and the values it needs. */
export interface Notice {
  id: ErrorId;
  params?: ErrorParams;
}
