import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/**
 * A package that only some paths use, required the first time it is: from `file`, the copy that
 * dist/ ships pre-bundled beside its chunks (scripts/build.mjs), else (running from the sources,
 * where there is no such file) from the package itself.
 */
export function requireBundled<T>(file: string, packageName: string): T {
  try {
    return load(`./${file}`) as T;
  } catch (error) {
    if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
    return load(packageName) as T;
  }
}
