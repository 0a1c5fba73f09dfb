import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  it("keeps a failed query's cause and code but never its SQL parameters or the values in its message", () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "contacts_phone" Key (phone)=(13812345678)'),
      {
        code: "23505",
      },
    );
    const err = new Error(
      "Failed query: insert into contacts (name, phone) values ($1, $2)\nparams: 王建国,13812345678",
      { cause },
    );
    const logged = JSON.stringify(describeError(err));
    expect(logged).not.toContain("王建国");
    expect(logged).not.toContain("13812345678");
    expect(logged).not.toContain("params");
    expect(describeError(err)).toMatchObject({ error: "Error", code: "23505" });
  });
});
