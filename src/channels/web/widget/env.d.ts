/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The project tsconfig targets Node (lib ES2023 only); the widget runs in browsers.

declare module "*.css?inline" {
  const css: string;
  export default css;
}
