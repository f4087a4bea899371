import type { Question } from "./question.ts";
import type { ContextStore } from "./store.ts";

/** How many of a user's last questions the App Home shows. */
export const RECENT = 5;

const slot = (user: string, i: number) => `recent:${user}:${i}`;

/** A user's last questions, newest first (in the context store, so they expire with it). */
export async function recentQuestions(store: ContextStore, user: string): Promise<Question[]> {
  const slots: string[] = [];
  for (let i = 0; i < RECENT; i++) slots.push(slot(user, i));
  const found = store.getMany
    ? await store.getMany(slots)
    : await Promise.all(slots.map((key) => store.get(key)));
  return found.filter((q): q is Question => q !== undefined);
}

/** Two questions are the same entry when their command and options are (explain, lang and the asker aside). */
const samenessOf = new WeakMap<Question, string>();
const sameness = (q: Question): string => {
  // A stored question comes back as the same object from the memory store, answer after answer:
  // its key is written once (questions are not changed once asked).
  let key = samenessOf.get(q);
  if (key === undefined) {
    key = JSON.stringify([q.command, q.options]);
    samenessOf.set(q, key);
  }
  return key;
};

/** Puts a question first in the user's list; an identical older one moves up rather than repeating. */
export async function rememberQuestion(store: ContextStore, user: string, question: Question): Promise<void> {
  const asked = sameness(question);
  const older = (await recentQuestions(store, user)).filter((q) => sameness(q) !== asked);
  const list = [question, ...older].slice(0, RECENT);
  const entries = list.map((q, i) => [slot(user, i), q] as const);
  if (store.setMany) await store.setMany(entries);
  else await Promise.all(entries.map(([key, q]) => store.set(key, q)));
}
