import { describe, expect, it } from "vitest";
import { projectKey } from "./project-key";

describe("projectKey", () => {
  it("keys on the normalised project number when printed", () => {
    const tender = { projectNumber: "HCA(4)2017040GNN", projectName: "设备采购", buyer: "某局" };
    const correction = { projectNumber: "hca（4）2017040gnn", projectName: "设备采购更正公告", buyer: null };
    expect(projectKey(tender)).toBe(projectKey(correction));
  });

  it("falls back to buyer and project name without notice words", () => {
    const a = projectKey({ projectNumber: null, projectName: "绿化养护服务采购项目", buyer: "某某城建开发有限公司" });
    const b = projectKey({
      projectNumber: null,
      projectName: "绿化养护服务采购项目中标结果公告",
      buyer: "某某城建开发",
    });
    const c = projectKey({
      projectNumber: null,
      projectName: "绿化养护服务采购项目变更公告",
      buyer: "某某城建开发有限公司",
    });
    expect(a).toBe(b);
    expect(a).toBe(c);
  });

  it("keeps different projects of one buyer apart", () => {
    const a = projectKey({ projectNumber: null, projectName: "空调采购", buyer: "某中学" });
    const b = projectKey({ projectNumber: null, projectName: "家具采购", buyer: "某中学" });
    expect(a).not.toBe(b);
  });
});
