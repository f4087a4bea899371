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
  return (await readEach(store, slots)).filter((q): q is Question => q !== undefined);
}

/** Each slot's question, or undefined where it is empty. */
const readEach = (store: ContextStore, slots: readonly string[]): Promise<(Question | undefined)[]> =>
  store.getMany ? store.getMany(slots) : Promise.all(slots.map((key) => store.get(key)));

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
  const found = await readEach(store, slots);
  // The new list written slot by slot as it is made: the question, then the older ones kept (no
  // list of them to filter, copy and cut first).
  const entries: (readonly [string, Question])[] = [[slots[0] as string, question]];
  for (const older of found) {
    if (entries.length === RECENT) break;
    if (older !== undefined && !sameEntry(older, question))
      entries.push([slots[entries.length] as string, older]);
  }
  if (store.setMany) await store.setMany(entries);
  else await Promise.all(entries.map(([key, q]) => store.set(key, q)));
}
