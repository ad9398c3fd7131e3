import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type MessageTree } from "@/lib/i18n/pick-messages";
import { clientMessages, type ClientMessagesOf } from "./client-messages";

/**
 * Hands the client components below it exactly the messages that `of` names (client-messages.ts),
 * in place of the whole catalog. A provider replaces the one above it for its subtree (they do not
 * merge), so name every client component the subtree renders.
 */
export async function ClientMessages({ of, children }: { of: readonly ClientMessagesOf[]; children: ReactNode }) {
  const messages = (await getMessages()) as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, of.flatMap((name) => clientMessages[name]))}>{children}</NextIntlClientProvider>;
}
