import type { Question } from "./question.ts";
import type { ContextStore } from "./store.ts";

/** How many of a user's last questions the App Home shows. */
export const RECENT = 5;

const slot = (user: string, i: number) => `recent:${user}:${i}`;

/** A user's last questions, newest first (in the context store, so they expire with it). */
export async function recentQuestions(store: ContextStore, user: string): Promise<Question[]> {
  return readSlots(store, slotsOf(user));
}

const slotsOf = (user: string): string[] => {
  const slots: string[] = [];
  for (let i = 0; i < RECENT; i++) slots.push(slot(user, i));
  return slots;
};

async function readSlots(store: ContextStore, slots: readonly string[]): Promise<Question[]> {
  const found = store.getMany
    ? await store.getMany(slots)
    : await Promise.all(slots.map((key) => store.get(key)));
  return found.filter((q): q is Question => q !== undefined);
}

/**
 * Two questions are the same entry when their command and options are (explain, lang and the
 * asker aside): the same options in the same order, as their JSON would show them (option
 * values are strings).
 */
function sameEntry(a: Question, b: Question): boolean {
  if (a.command !== b.command) return false;
  const names = Object.keys(a.options);
  const others = Object.keys(b.options);
  if (names.length !== others.length) return false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (name !== others[i] || a.options[name] !== b.options[name]) return false;
  }
  return true;
}

/** Puts a question first in the user's list; an identical older one moves up rather than repeating. */
export async function rememberQuestion(store: ContextStore, user: string, question: Question): Promise<void> {
  const slots = slotsOf(user);
  const older = (await readSlots(store, slots)).filter((q) => !sameEntry(q, question));
  const list = [question, ...older].slice(0, RECENT);
  const entries = list.map((q, i) => [slots[i] as string, q] as const);
  if (store.setMany) await store.setMany(entries);
  else await Promise.all(entries.map(([key, q]) => store.set(key, q)));
}
