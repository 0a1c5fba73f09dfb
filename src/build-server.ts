/**
 * `npm run build`: the server as plain JavaScript for `node dist/main.js` (`npm run serve`), so production runs one
 * node process, which receives SIGTERM itself, with no TypeScript compiler in it. One ES module bundle of Furrow's
 * own code (packages stay in node_modules), built by Vite (SSR mode); the migrations are copied beside it, where
 * src/db/migrate.ts looks for them. The widget is built first by `npm run build:web`.
 */
import { cpSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;

rmSync(`${dist}/main.js`, { force: true });
rmSync(`${dist}/migrations`, { recursive: true, force: true });
await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: "warn",
  build: {
    ssr: "src/main.ts",
    outDir: dist,
    // dist/web holds the widget: keep it.
    emptyOutDir: false,
    target: "node20",
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: "main.js", format: "es" } },
  },
  ssr: { target: "node" },
});
// app.ts finds the widget at ../dist/web from its own file: dist/main.js resolves that to dist/web, as src/app.ts does.
cpSync(`${root}src/db/migrations`, `${dist}/migrations`, { recursive: true });
console.log("server: dist/main.js (run it with `npm run serve` or `node dist/main.js`)");
