import { createRoute, z } from "@hono/zod-openapi";
import type { Deps } from "../../deps";
import { AppError } from "../../errors";
import { createUser } from "../../services/users/create-user";
import { updateUser } from "../../services/users/update-user";
import { NewUserInput, UserPatchInput } from "../../services/users/user-input";
import { listKeys, requireVisibleUser, selectUserRecords, visibleUsers } from "../../services/users/user-record";
import { bearerSecurity, createApi } from "./openapi";
import { errorResponses, IdParam, KeyInfoSchema, moreErrorResponses, UserSchema } from "./schemas";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
const errors = { ...errorResponses, ...moreErrorResponses };

const meRoute = createRoute({
  method: "get",
  path: "/api/me",
  summary: "Who this key belongs to",
  security: bearerSecurity,
  responses: {
    200: json(
      z.object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        role: z.enum(["rep", "manager", "admin"]),
        team: z.string().nullable(),
        locale: z.enum(["zh", "en"]),
      }),
      "The key's owner",
    ),
    ...errorResponses,
  },
});

const createUserRoute = createRoute({
  method: "post",
  path: "/api/users",
  summary: "Create a user and their first key (admin)",
  description:
    "The key is in this answer only and stored as a hash. `team` defaults to the manager's team; a manager needs a team. Duplicate e-mail: 409.",
  security: bearerSecurity,
  request: body(NewUserInput),
  responses: {
    201: json(UserSchema.extend({ key: z.string(), keyId: z.string() }), "The user and their key"),
    ...errors,
  },
});

const listUsersRoute = createRoute({
  method: "get",
  path: "/api/users",
  summary: "List users (admin: everyone; manager: their team; rep: 403)",
  security: bearerSecurity,
  responses: { 200: json(z.object({ items: z.array(UserSchema) }), "Users, by team and e-mail"), ...errors },
});

const getUserRoute = createRoute({
  method: "get",
  path: "/api/users/{id}",
  summary: "One user, with their keys' labels and last use (never a key)",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(UserSchema.extend({ keys: z.array(KeyInfoSchema) }), "The user"), ...errors },
});

const patchUserRoute = createRoute({
  method: "patch",
  path: "/api/users/{id}",
  summary: "Change a user (admin; anyone may change their own name and locale)",
  description:
    "`active: false` makes the user's keys and tokens answer 401 at once; their accounts stay visible to their manager and admins.",
  security: bearerSecurity,
  request: { params: IdParam, ...body(UserPatchInput) },
  responses: { 200: json(UserSchema, "The user after the change"), ...errors },
});

export function userRoutes(deps: Deps) {
  const app = createApi();
  app.openapi(meRoute, async (c) => {
    const me = c.get("user");
    return c.json({ id: me.id, email: me.email, name: me.name, role: me.role, team: me.team, locale: me.locale }, 200);
  });
  app.openapi(createUserRoute, async (c) => {
    const { user, keyId, key } = await createUser(deps.db, c.get("user"), c.req.valid("json"));
    return c.json({ ...user, keyId, key }, 201);
  });
  app.openapi(listUsersRoute, async (c) => {
    const actor = c.get("user");
    if (actor.role === "rep")
      throw new AppError("forbidden", "A rep cannot list users; GET /api/me tells you who you are.");
    return c.json({ items: await selectUserRecords(deps.db, visibleUsers(actor)) }, 200);
  });
  app.openapi(getUserRoute, async (c) => {
    const user = await requireVisibleUser(deps.db, c.get("user"), c.req.valid("param").id);
    return c.json({ ...user, keys: await listKeys(deps.db, user.id) }, 200);
  });
  app.openapi(patchUserRoute, async (c) => {
    return c.json(await updateUser(deps.db, c.get("user"), c.req.valid("param").id, c.req.valid("json")), 200);
  });
  return app;
}
