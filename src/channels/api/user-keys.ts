import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { listIdentities, removeIdentity } from "../../services/users/identities";
import { issueUserKey, listUserKeys, revokeUserKey } from "../../services/users/user-keys";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, KeyInfoSchema, moreErrorResponses } from "./schemas";

const errors = { ...errorResponses, ...moreErrorResponses };
const pathParam = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: "path" }, example });
const UserParam = z.object({ id: pathParam("id", "usr_…") });

const IdentitySchema = z
  .object({
    id: z.string(),
    identity: z.string().openapi({ example: "slack:T0123ABCD:U0456EFGH" }),
    provider: z.enum(["slack", "teams"]),
    createdAt: z.string(),
  })
  .openapi("Identity");

const listKeysRoute = createRoute({
  method: "get",
  path: "/api/users/{id}/keys",
  summary: "A user's keys: label, created, last used (admin, or your own); never the key",
  security: bearerSecurity,
  request: { params: UserParam },
  responses: {
    200: {
      description: "Keys",
      content: { "application/json": { schema: z.object({ items: z.array(KeyInfoSchema) }) } },
    },
    ...errors,
  },
});

const issueKeyRoute = createRoute({
  method: "post",
  path: "/api/users/{id}/keys",
  summary: "Issue another key (admin, or your own); shown once",
  security: bearerSecurity,
  request: {
    params: UserParam,
    body: {
      content: {
        "application/json": {
          schema: z
            .object({ label: z.string().trim().min(1).max(100).optional().openapi({ example: "laptop" }) })
            .strict(),
        },
      },
      required: false,
    },
  },
  responses: {
    201: {
      description: "The new key: store it now, it is not shown again",
      content: { "application/json": { schema: z.object({ keyId: z.string(), key: z.string(), label: z.string() }) } },
    },
    ...errors,
  },
});

const revokeKeyRoute = createRoute({
  method: "delete",
  path: "/api/users/{id}/keys/{keyId}",
  summary: "Revoke a key at once (admin, or your own)",
  security: bearerSecurity,
  request: { params: UserParam.extend({ keyId: pathParam("keyId", "key_…") }) },
  responses: { 204: { description: "Revoked" }, ...errors },
});

const listIdentitiesRoute = createRoute({
  method: "get",
  path: "/api/users/{id}/identities",
  summary: "Slack and Teams identities linked to a user (admin)",
  description:
    "Channels link an identity when they find the person by e-mail; removing one makes that person a stranger again.",
  security: bearerSecurity,
  request: { params: UserParam },
  responses: {
    200: {
      description: "Identities",
      content: { "application/json": { schema: z.object({ items: z.array(IdentitySchema) }) } },
    },
    ...errors,
  },
});

const removeIdentityRoute = createRoute({
  method: "delete",
  path: "/api/users/{id}/identities/{identityId}",
  summary: "Unlink an identity (admin)",
  security: bearerSecurity,
  request: { params: UserParam.extend({ identityId: pathParam("identityId", "idn_…") }) },
  responses: { 204: { description: "Unlinked" }, ...errors },
});

export function userKeyRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(listKeysRoute, async (c) =>
    c.json({ items: await listUserKeys(deps.db, c.get("user"), c.req.valid("param").id) }, 200),
  );
  app.openapi(issueKeyRoute, async (c) => {
    // The body is optional: an empty request issues a key labelled with today's date.
    const label = c.req.header("content-type")?.includes("json") ? c.req.valid("json")?.label : undefined;
    const issued = await issueUserKey(deps.db, c.get("user"), c.req.valid("param").id, label, deps.clock.now());
    return c.json(issued, 201);
  });
  app.openapi(revokeKeyRoute, async (c) => {
    const { id, keyId } = c.req.valid("param");
    await revokeUserKey(deps.db, c.get("user"), id, keyId);
    return c.body(null, 204);
  });
  app.openapi(listIdentitiesRoute, async (c) =>
    c.json({ items: await listIdentities(deps.db, c.get("user"), c.req.valid("param").id) }, 200),
  );
  app.openapi(removeIdentityRoute, async (c) => {
    const { id, identityId } = c.req.valid("param");
    await removeIdentity(deps.db, c.get("user"), id, identityId);
    return c.body(null, 204);
  });
  return app;
}
