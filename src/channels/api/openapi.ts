import { OpenAPIHono } from "@hono/zod-openapi";
import { AppError } from "../../errors";
import type { AuthVars } from "./auth";

export type ApiEnv = { Variables: AuthVars };

/** An OpenAPIHono whose request-validation failures become the contract's 422 with field-level details. */
export function createApi(): OpenAPIHono<ApiEnv> {
  return new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
        throw new AppError(
          "validation_failed",
          `Invalid request: ${details.map((d) => `${d.field || "body"} ${d.message}`).join("; ")}`,
          details,
        );
      }
    },
  });
}

export const bearerSecurity = [{ bearer: [] as string[] }];
