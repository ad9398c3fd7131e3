"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and while the page hydrates, true once React runs the page in the browser.
 * What depends on it renders the same on the server and in the hydrating browser, then changes:
 * a form shows all its conditional fields without JavaScript and hides the unneeded ones with it
 * (GOV.UK's conditional reveal), and posts its secondary buttons only when nothing else can act.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
