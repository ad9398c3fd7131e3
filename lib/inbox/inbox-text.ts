import type { Locale } from "@/lib/i18n/locales";
import { isNotificationTopic, renderTopicMessage, type RenderedMessage } from "@/lib/notifications/topics";

/**
 * What an inbox message says, in the reader's language: rendered from its topic and payload, as the
 * mail of the same topic is, so the inbox never stores a text in one language only.
 */
export function inboxMessageText(message: { topic: string; payload: unknown }, locale: Locale): RenderedMessage {
  if (!isNotificationTopic(message.topic)) throw new Error(`inbox message with unknown topic ${message.topic}`);
  return renderTopicMessage(message.topic, message.payload, locale);
}
