import type { MessageKey } from "../i18n/en.ts";

/**
 * A problem with what the user asked, as data: a stable identifier (which is also the key of
 * its message in every language's catalog) and the values the message needs. The command
 * layer turns it into an error reply; nothing user-visible is written here.
 */
export type ErrorParams = Record<string, string | number>;

/** An error's id is the key of its message in the English catalog (checked by the compiler). */
export type ErrorId = MessageKey;

export class UserError extends Error {
  constructor(
    readonly id: ErrorId,
    readonly params: ErrorParams = {},
  ) {
    // A mistake in a question is an answer, not a fault: no stack trace to capture (it is thrown
    // on the hot path of every misread word, and capturing one costs more than the answer).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super();
    Error.stackTraceLimit = limit;
    this.name = "UserError";
  }

  /** `id {params as JSON}`, written only when read (a log, a test): most are only turned into a reply. */
  override get message(): string {
    return `${this.id} ${JSON.stringify(this.params)}`;
  }
}

export const isUserError = (value: unknown): value is UserError => value instanceof UserError;
