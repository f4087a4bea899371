import { oncePer } from "../core/oncePer.ts";
import type { AnyCommand } from "./command.ts";
import { layoutOf } from "./validate.ts";

/**
 * A command's validated options as its `run` reads them, each read noted: an option the user typed
 * that the command never read is named in a note (runCommand). A command reads its options by
 * name (`args.gpu`, destructuring); `readAll` (commands/cardsServe.ts) lists the ones given with
 * `givenOptions`. Each option name any command declares is a getter on this one class (added when
 * the first command declaring it is tracked), so every command's options have one shape, and the
 * getters' shared code sees one: a class per command gave each its own shape, and the reads in
 * the shared code went by the slow path for many shapes. A name the command does not declare
 * reads as undefined, as it did with no getter. A Proxy around the record did
 * this before that, and every read through it took the Proxy's slow path. Read-only: a command
 * never writes its options (a getter has no setter).
 */
class TrackedOptions {
  readonly #data: Record<string, unknown>;
  /** By option number (`numbers`): the option's place in the command's declaration order, when declared. */
  readonly #places: readonly (number | undefined)[];
  /** Bit `place` is set once the option declared at `place` has been read. */
  #read = 0;

  constructor(data: Record<string, unknown>, places: readonly (number | undefined)[]) {
    this.#data = data;
    this.#places = places;
  }

  /** Every getter's body: a static method, since only code inside the class reaches its private fields. */
  static read(options: TrackedOptions, name: string, number: number): unknown {
    const place = options.#places[number];
    if (place === undefined) return undefined;
    options.#read |= 1 << place;
    return options.#data[name];
  }

  static wasRead(options: TrackedOptions, bit: number): boolean {
    return (options.#read & bit) !== 0;
  }

  static data(options: TrackedOptions): Record<string, unknown> {
    return options.#data;
  }
}

/** Every option name with a getter, numbered as first met. */
const numbers = new Map<string, number>();

/**
 * A command's places by option number, made once per command: the getters of names no command
 * declared before are added to the class then.
 */
const placesOf = oncePer((command: AnyCommand): readonly (number | undefined)[] => {
  const places: (number | undefined)[] = [];
  // The places layoutOf gives (in declaration order; it refuses a command with too many for the bits).
  for (const [name, place] of layoutOf(command).places) {
    let number = numbers.get(name);
    if (number === undefined) {
      const added = numbers.size;
      number = added;
      numbers.set(name, added);
      Object.defineProperty(TrackedOptions.prototype, name, {
        get(this: TrackedOptions) {
          return TrackedOptions.read(this, name, added);
        },
      });
    }
    places[number] = place;
  }
  return places;
});

/** `data` (validated: only declared options) as `command` reads it, every read noted. */
export function trackedOptions(command: AnyCommand, data: Record<string, unknown>): object {
  return new TrackedOptions(data, placesOf(command));
}

/** The names in `typed` (declared options of `command`) that were not read from `options`, in the order typed. */
export function unreadOptions(
  command: AnyCommand,
  options: object,
  typed: readonly string[],
): readonly string[] {
  const { places } = layoutOf(command);
  // Nearly every option typed is read: a list only when one is not (no closure, no copy per question).
  let unread: string[] | undefined;
  for (const name of typed) {
    const place = places.get(name);
    if (place === undefined || !TrackedOptions.wasRead(options as TrackedOptions, 1 << place)) {
      if (unread) unread.push(name);
      else unread = [name];
    }
  }
  return unread ?? NONE_UNREAD;
}

const NONE_UNREAD: readonly string[] = Object.freeze([]);

/** Whether `name` was given, without reading it (so it does not count as used). */
export function isGiven(options: object, name: string): boolean {
  return Object.hasOwn(options instanceof TrackedOptions ? TrackedOptions.data(options) : options, name);
}

/** An option's value as given, without counting it as read (a Next: line repeating it is no use of it). */
export function givenValue(options: object, name: string): unknown {
  const data =
    options instanceof TrackedOptions ? TrackedOptions.data(options) : (options as Record<string, unknown>);
  return Object.hasOwn(data, name) ? data[name] : undefined;
}

/** The options given (in the order validated), without reading them; a plain record's own keys. */
export function givenOptions(options: object): string[] {
  return options instanceof TrackedOptions ? Object.keys(TrackedOptions.data(options)) : Object.keys(options);
}
