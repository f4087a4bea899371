import pkg from "../../package.json" with { type: "json" };

/** `flopsbot 0.1.0`: what `flops --version` and `npm start -- --version` print (package.json, bundled). */
export const VERSION_LINE = `${pkg.name} ${pkg.version}`;
