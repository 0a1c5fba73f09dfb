import { z } from "zod";

export const ROLES = ["rep", "manager", "admin"] as const;

/** Locales people write (`zh-CN`, `中文`, `English`) to the two Furrow speaks. */
const LOCALE_FORMS: Record<string, "zh" | "en"> = {
  zh: "zh",
  "zh-cn": "zh",
  "zh-hans": "zh",
  zh_cn: "zh",
  chinese: "zh",
  中文: "zh",
  简体中文: "zh",
  en: "en",
  "en-us": "en",
  "en-gb": "en",
  en_us: "en",
  english: "en",
  英文: "en",
  英语: "en",
};

export function normalizeLocale(v: string): "zh" | "en" | null {
  return LOCALE_FORMS[v.trim().toLowerCase()] ?? null;
}

export const localeField = z.string().transform((v, ctx) => {
  const l = normalizeLocale(v);
  if (!l) ctx.addIssue({ code: "custom", message: `"${v}" is not a locale Furrow speaks (zh-CN or en)` });
  return l ?? "zh";
});

export const emailField = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .email("must be an e-mail address")
  .transform((v) => v.toLowerCase());

export const nameField = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
export const teamField = z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters");

export const NewUserInput = z
  .object({
    email: emailField,
    name: nameField,
    role: z.enum(ROLES, { message: "must be rep, manager or admin" }),
    team: teamField.nullish(),
    managerEmail: emailField.nullish(),
    locale: localeField.optional(),
    keyLabel: z.string().trim().min(1).max(100).optional(),
  })
  .strict();
export type NewUser = z.infer<typeof NewUserInput>;

export const UserPatchInput = z
  .object({
    name: nameField.optional(),
    role: z.enum(ROLES, { message: "must be rep, manager or admin" }).optional(),
    team: teamField.nullable().optional(),
    managerEmail: emailField.nullable().optional(),
    locale: localeField.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UserPatch = z.infer<typeof UserPatchInput>;
