import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cosine } from "./cosine";
import { createLocalEmbedder } from "./create-local-embedder";

describe("createLocalEmbedder", () => {
  const embedder = createLocalEmbedder();

  it("returns unit vectors of the requested dimension with a stable id", () => {
    const [v] = embedder.embed(["医用空调采购项目"]);
    expect(embedder.id).toBe("local-ngram-v1");
    expect(v).toHaveLength(256);
    expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    expect(createLocalEmbedder(64).embed(["x"])[0]).toHaveLength(64);
  });

  it("gives byte-identical vectors for the same text across instances", () => {
    const a = createLocalEmbedder().embed(["Kitchen and Bathroom Framework 2020-2024"]);
    const b = createLocalEmbedder().embed(["Kitchen and Bathroom Framework 2020-2024"]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("ignores case and punctuation in English", () => {
    const [a, b] = embedder.embed(["Website re-design, development", "website redesign development"]);
    expect(cosine(a, b)).toBeGreaterThan(0.8);
  });

  it("ranks a related Chinese text above an unrelated one", () => {
    const [q, near, far] = embedder.embed(["变频空调采购", "分体式变频空调及安装", "道路塌陷隐患排查评估"]);
    expect(cosine(q, near)).toBeGreaterThan(cosine(q, far) + 0.2);
  });

  it("returns a zero vector for text without letters or digits", () => {
    const [v] = embedder.embed(["。，、!?"]);
    expect(v.every((x) => x === 0)).toBe(true);
  });

  it("keeps cosine within [-1, 1] for any pair of texts", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const [x, y] = embedder.embed([a, b]);
        const c = cosine(x, y);
        return c >= -1.000001 && c <= 1.000001;
      }),
      { numRuns: 100 },
    );
  });
});
