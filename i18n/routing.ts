import { defineRouting } from "next-intl/routing";
import { locales } from "@/lib/i18n/locales";

export const routing = defineRouting({
  locales,
  defaultLocale: "nl",
  localePrefix: "always",
});
