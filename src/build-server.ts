/**
 * `npm run build`: the server as plain JavaScript for `node dist/main.js` (`npm run serve`), so production runs one
 * node process, which receives SIGTERM itself, with no TypeScript compiler in it. One ES module bundle of Furrow's
 * own code (packages stay in node_modules), built by Vite (SSR mode), with the database thread's entry beside it; the migrations are copied beside it, where
 * src/db/migrate.ts looks for them. The widget is built first by `npm run build:web`.
 */
import { cpSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
// Another folder as the argument: the tests build their own copy there once per run (test/global-setup.ts).
const dist = process.argv[2] ? resolve(process.argv[2]) : `${root}dist`;

rmSync(`${dist}/main.js`, { force: true });
rmSync(`${dist}/pglite-worker.js`, { force: true });
rmSync(`${dist}/chunks`, { recursive: true, force: true });
rmSync(`${dist}/migrations`, { recursive: true, force: true });
await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: "warn",
  build: {
    // The embedded database's thread is its own entry: src/db/pglite-thread.ts starts dist/pglite-worker.js.
    ssr: true,
    outDir: dist,
    // dist/web holds the widget: keep it.
    emptyOutDir: false,
    target: "node20",
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: { main: "src/main.ts", "pglite-worker": "src/db/pglite-worker.ts" },
      output: { entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js", format: "es" },
    },
  },
  ssr: { target: "node" },
});
// app.ts finds the widget at ../dist/web from its own file: dist/main.js resolves that to dist/web, as src/app.ts does.
cpSync(`${root}src/db/migrations`, `${dist}/migrations`, { recursive: true });
console.log("server: dist/main.js (run it with `npm run serve` or `node dist/main.js`)");
