import { oncePer } from "../core/oncePer.ts";
import type { AnyCommand } from "./command.ts";
import { layoutOf } from "./validate.ts";

/**
 * A command's validated options as its `run` reads them, each read noted: an option the user typed
 * that the command never read is named in a note (runCommand). A command reads its options by
 * name (`args.gpu`, destructuring); `readAll` (commands/cardsServe.ts) lists the ones given with
 * `givenOptions`. Each declared option is a getter on a class made once per command, so a
 * command's code sees one shape of options. A Proxy around the record did this before, and every
 * read through it took the Proxy's slow path, in the commands' own code too. Read-only: a command
 * never writes its options (a getter has no setter).
 */
class TrackedOptions {
  readonly #data: Record<string, unknown>;
  /** Bit `place` is set once the option declared at `place` has been read. */
  #read = 0;

  constructor(data: Record<string, unknown>) {
    this.#data = data;
  }

  /** Every getter's body: a static method, since only code inside the class reaches its private fields. */
  static read(options: TrackedOptions, name: string, bit: number): unknown {
    options.#read |= bit;
    return options.#data[name];
  }

  static wasRead(options: TrackedOptions, bit: number): boolean {
    return (options.#read & bit) !== 0;
  }

  static data(options: TrackedOptions): Record<string, unknown> {
    return options.#data;
  }
}

/** The read flags are the bits of one 32-bit integer (`|` and `&` work on 32 bits). */
const MAX_TRACKED_OPTIONS = 32;

/** The class of a command's tracked options: one getter per declared option, made once per command. */
const optionsClass = oncePer((command: AnyCommand) => {
  const list = command.optionList;
  if (list.length > MAX_TRACKED_OPTIONS) {
    throw new Error(
      `${command.name} declares ${list.length} options; reads are tracked for ${MAX_TRACKED_OPTIONS}`,
    );
  }
  class CommandOptions extends TrackedOptions {}
  list.forEach(([name], place) => {
    const bit = 1 << place;
    Object.defineProperty(CommandOptions.prototype, name, {
      get(this: TrackedOptions) {
        return TrackedOptions.read(this, name, bit);
      },
    });
  });
  return CommandOptions;
});

/** `data` (validated: only declared options) as `command` reads it, every read noted. */
export function trackedOptions(command: AnyCommand, data: Record<string, unknown>): object {
  return new (optionsClass(command))(data);
}

/** The names in `typed` (declared options of `command`) that were not read from `options`, in the order typed. */
export function unreadOptions(command: AnyCommand, options: object, typed: readonly string[]): string[] {
  const { places } = layoutOf(command);
  return typed.filter((name) => {
    const place = places.get(name);
    return place === undefined || !TrackedOptions.wasRead(options as TrackedOptions, 1 << place);
  });
}

/** Whether `name` was given, without reading it (so it does not count as used). */
export function isGiven(options: object, name: string): boolean {
  return Object.hasOwn(options instanceof TrackedOptions ? TrackedOptions.data(options) : options, name);
}

/** The options given (in the order validated), without reading them; a plain record's own keys. */
export function givenOptions(options: object): string[] {
  return options instanceof TrackedOptions ? Object.keys(TrackedOptions.data(options)) : Object.keys(options);
}
