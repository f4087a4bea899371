// Bundles src/ into dist/ (no TypeScript at run time, mathjs loaded once): `npm run build`.
// `--if-possible` (the `prepare` script, run by `npm ci`) builds only where it can: a production
// install (no esbuild) or a Docker layer without src/ skips quietly, and a failure never fails the
// install, because the `flops` bin can still build or fall back to the sources later.
// The bundle is written to a fresh folder and swapped in, so a command running meanwhile never
// loads half a build.
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;

/**
 * Bolt's index and App require every receiver at load, and its HTTP receiver the OAuth package:
 * Socket Mode (with undici and ws), Express (with body-parser and iconv-lite) and OAuth (with
 * jsonwebtoken) cost a quarter of the time to ready in HTTP mode, which uses none of them (one
 * workspace, one token). Those requires become getters, so a package's code runs the first time
 * it is used; the exports and `instanceof` checks read the same classes. A Bolt whose files no
 * longer have these lines is bundled as it is (test/startup.test.ts notices).
 */
const RECEIVERS = "SocketModeReceiver|ExpressReceiver|AwsLambdaReceiver";
const LAZY_REQUIRE = new RegExp(
  `const (\\w+) = __importDefault\\(require\\("(\\./receivers/(?:${RECEIVERS}))"\\)\\);`,
  "g",
);
const LAZY_EXPORT = new RegExp(`exports\\.(${RECEIVERS}) = (\\w+)\\.default;`, "g");
const LAZY_OAUTH = /(var|const) oauth_1 = require\("@slack\/oauth"\);/;
const lazyReceivers = (source) =>
  source
    .replace(LAZY_OAUTH, '$1 oauth_1 = new Proxy({}, { get: (_, key) => require("@slack/oauth")[key] });')
    .replace(LAZY_REQUIRE, 'const $1 = { get default() { return __importDefault(require("$2")).default; } };')
    .replace(
      LAZY_EXPORT,
      'Object.defineProperty(exports, "$1", { enumerable: true, configurable: true, get: () => $2.default });',
    );
const lazyBoltReceivers = {
  name: "lazy-bolt-receivers",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]@slack[\\/]bolt[\\/]dist[\\/](index|App|receivers[\\/]HTTPReceiver)\.js$/ },
      (args) => ({
        contents: lazyReceivers(readFileSync(args.path, "utf8")),
        loader: "js",
      }),
    );
  },
};

/**
 * node:http and node:https, required (the banner's `require`) where our ES modules import them.
 * An ES import of a built-in reads every export of it, and on Node 24 (not 20) node:http's include
 * lazy getters that compile undici (30 ms of a start, for classes the bot never uses); required,
 * a module's exports are read only when used (test/startup.test.ts checks undici at ready).
 */
const HTTP_BUILTINS = /^node:https?$/;
const builtinsByRequire = {
  name: "builtins-by-require",
  setup(build) {
    build.onResolve({ filter: HTTP_BUILTINS }, (args) =>
      args.kind === "import-statement" ? { path: args.path, namespace: "required-builtin" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "required-builtin" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

/** The part of mathjs's number-only build that src/core/quantity.ts builds its instance from. */
const MATHJS_NAMES = [
  "create",
  "parseDependencies",
  "addDependencies",
  "subtractDependencies",
  "multiplyDependencies",
  "divideDependencies",
  "powDependencies",
  "unaryMinusDependencies",
  "unaryPlusDependencies",
];

const requireOf = (entry) => `module.exports = require(${JSON.stringify(entry)});`;

/**
 * Packages only some paths use, bundled into files of their own beside the chunks and required
 * from there the first time they are used, so a start does not compile their code. Those with
 * `when` are required by bundled code (Bolt's): the chunks require the file instead (a third of
 * the Slack chunk: undici and ws in Socket Mode, Express with mime-db, iconv-lite's code pages;
 * then another third of what was left, OAuth with jsonwebtoken and semver).
 * The others are loaded by our own code on first use, from the file when it is there, otherwise
 * from node_modules (src/core/mathjs.ts: mathjs's number-only build, for the quantities the quick
 * path does not read; src/app/logger.ts: pino, which the terminal never uses, in one file instead
 * of thirty). Each is self-contained: it shares no state with the chunks that require it.
 */
const VENDOR = [
  {
    file: "vendor-socket-mode.cjs",
    contents: requireOf("@slack/socket-mode"),
    when: (args) => args.path === "@slack/socket-mode",
  },
  { file: "vendor-express.cjs", contents: requireOf("express"), when: (args) => args.path === "express" },
  // OAuth (with jsonwebtoken and semver), required by Bolt only where an app installs itself.
  {
    file: "vendor-oauth.cjs",
    contents: requireOf("@slack/oauth"),
    when: (args) => args.path === "@slack/oauth",
  },
  {
    file: "vendor-iconv-lite-encodings.cjs",
    contents: requireOf(`${root}node_modules/iconv-lite/encodings/index.js`),
    when: (args) => args.path === "../encodings" && args.resolveDir === `${root}node_modules/iconv-lite/lib`,
  },
  { file: "mathjs-number.cjs", contents: `export { ${MATHJS_NAMES.join(", ")} } from "mathjs/number";` },
  { file: "vendor-pino.cjs", contents: requireOf("pino") },
];
const splitVendor = {
  name: "split-vendor",
  setup(build) {
    build.onResolve({ filter: /^(@slack\/socket-mode|@slack\/oauth|express|\.\.\/encodings)$/ }, (args) => {
      const vendor = VENDOR.find((v) => v.when?.(args));
      return vendor ? { path: `./${vendor.file}`, external: true } : undefined;
    });
  },
};

export async function buildBundle() {
  const { build } = await import("esbuild");
  const staging = `${dist}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({
      // The chart thread's code is an entry of its own: dist/charts/renderWorker.js.
      entryPoints: [
        `${root}src/main.ts`,
        `${root}src/adapters/cli/bin.ts`,
        `${root}src/charts/renderWorker.ts`,
      ],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outdir: staging,
      outbase: `${root}src`,
      external: ["discord.js", "pino", "@resvg/resvg-js", "ioredis", "rate-limiter-flexible"],
      // Bolt and its dependencies are CommonJS: give them a require in the ESM bundle.
      banner: {
        // `require` for the packages left outside the bundle; on Node 22.1 and later, V8's compiled
        // code kept on disk between starts (the chunks loaded after this one, Bolt's among them).
        js: 'import __flopsbotModule from "node:module"; const require = __flopsbotModule.createRequire(import.meta.url); __flopsbotModule.enableCompileCache?.();',
      },
      plugins: [lazyBoltReceivers, splitVendor, builtinsByRequire],
      minify: true,
      sourcemap: true,
      // Maps name the sources' files and lines without copying the sources in: `npm start`
      // (--enable-source-maps) reads the map of every chunk it loads, and a third of the bytes
      // starts sooner; stack traces are the same.
      sourcesContent: false,
      logLevel: "warning",
    });
    await Promise.all(
      VENDOR.map((vendor) =>
        build({
          stdin: { contents: vendor.contents, resolveDir: root, loader: "js" },
          bundle: true,
          format: "cjs",
          platform: "node",
          target: "node20",
          outfile: `${staging}/${vendor.file}`,
          minify: true,
          logLevel: "warning",
        }),
      ),
    );
    rmSync(dist, { recursive: true, force: true });
    renameSync(staging, dist);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifPossible = process.argv.includes("--if-possible");
  if (ifPossible && !existsSync(`${root}src`)) process.exit(0);
  try {
    await buildBundle();
  } catch (error) {
    if (!ifPossible) throw error;
    const reason =
      error?.code === "ERR_MODULE_NOT_FOUND" ? "esbuild is not installed" : String(error?.message ?? error);
    process.stderr.write(
      `flopsbot: bundle not built (${reason}); the flops command will run from the sources.\n`,
    );
  }
}
