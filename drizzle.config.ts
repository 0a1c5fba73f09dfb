import { defineConfig } from "drizzle-kit";

// Migrations are generated from src/db/schema.ts (`npm run db:generate`), committed, and applied at boot.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./src/db/migrations",
});
