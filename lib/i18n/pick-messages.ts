/**
 * The part of a message catalog that a page's client components need: the namespaces or nested
 * paths named (`"forms"`, `"checklist.form"`), each kept at its place in the tree, so that
 * `useTranslations("checklist.form")` and `t("checklist.form.legend")` resolve as in the whole
 * catalog. Server components translate from the whole catalog; only what the browser needs is sent
 * to it (the whole catalog made every page carry ~58 KB of messages in its payload).
 *
 * A path that names nothing is an error: a list that drifts from the catalog fails where it is
 * used (the route's render, and the unit test of the lists), not as a missing message later.
 * The catalog is not changed; what is picked shares its objects.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export function pickMessages(messages: MessageTree, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const keys = path.split(".");
    const found = keys.reduce<string | MessageTree | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), messages);
    if (found === undefined) throw new Error(`pickMessages: no messages at "${path}"`);
    copyPath(picked, messages, keys);
  }
  return picked;
}

function copyPath(target: MessageTree, source: MessageTree, [key, ...rest]: string[]): void {
  if (key === undefined) return;
  const value = source[key];
  if (value === undefined) return;
  // A namespace already picked whole holds every path inside it.
  if (rest.length === 0 || target[key] === value) {
    target[key] = value;
    return;
  }
  const child = (target[key] ??= {}) as MessageTree;
  copyPath(child, value as MessageTree, rest);
}
