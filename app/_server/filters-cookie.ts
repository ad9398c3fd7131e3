import "server-only";
import { cookies } from "next/headers";
import type { z } from "zod";

/**
 * Filters of a list kept in a cookie (the back office's queue, the applicant's workspace): a list's
 * filters are posted by a form and never put in the address (no form sends its fields in the URL),
 * and the list page reads them back from here. The cookie holds the schema's parsed value as JSON;
 * it is parsed again on reading, so an edited or outdated cookie is no filter rather than an error.
 */
export function filtersCookie<Schema extends z.ZodType<object>>(name: string, schema: Schema) {
  type Filters = z.infer<Schema>;
  const none = () => schema.parse({}) as Filters;
  return {
    name,
    /** The filters last chosen; none when the cookie is absent or unreadable. */
    async read(): Promise<Filters> {
      const stored = (await cookies()).get(name)?.value;
      if (!stored) return none();
      try {
        const parsed = schema.safeParse(JSON.parse(stored));
        return parsed.success ? parsed.data : none();
      } catch {
        return none();
      }
    },
    /** Keeps the posted filters for the browser's session; a post the schema refuses (no form of ours sends one) leaves no filter. */
    async store(posted: unknown): Promise<void> {
      const parsed = schema.safeParse(posted);
      const filters = parsed.success ? parsed.data : none();
      (await cookies()).set(name, JSON.stringify(filters), { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/" });
    },
    async clear(): Promise<void> {
      (await cookies()).delete(name);
    },
  };
}
