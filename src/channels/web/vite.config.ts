import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The embeddable widget: one self-contained, minified IIFE at dist/web/widget.js (Preact and the CSS, inlined as a
 * string, all inside). No code splitting: one <script> tag is the API.
 */
export default defineConfig({
  root: here,
  publicDir: false,
  logLevel: "warn",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    target: "es2020",
    minify: true,
    sourcemap: false,
    cssCodeSplit: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: `${here}widget/main.tsx`,
      name: "FurrowWidget",
      formats: ["iife"],
      fileName: () => "widget.js",
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
