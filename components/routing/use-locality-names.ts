"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LocalityNames } from "@/lib/reference/postal-codes/postal-codes";
import { postalCodeRegion } from "@/lib/reference/postal-codes/postal-code-regions";
import type { LocalityOf } from "@/lib/routing/competent-region-rule";
import type { LocalityNamesAction } from "./which-region-state";

/**
 * The names of the localities of the postal codes on the form, asked of the server as codes are
 * typed, each code once (the browser has no postal-code table). Until a name arrives, or when
 * asking failed, the code has none and the page names the place by its postal code; a failed
 * code is asked again when the codes next change.
 */
export function useLocalityNames(postalCodes: string[], initial: LocalityNames, ask: LocalityNamesAction): LocalityOf {
  const [names, setNames] = useState(initial);
  const asked = useRef(new Set(Object.keys(initial)));
  // Only codes that exist have a name: "200" on the way to "2000" asks nothing.
  const wanted = postalCodes.filter((code) => postalCodeRegion(code)?.geographic).join(",");
  useEffect(() => {
    const missing = wanted.split(",").filter((code) => code !== "" && !asked.current.has(code));
    if (missing.length === 0) return;
    for (const code of missing) asked.current.add(code);
    ask(missing).then(
      (found) => setNames((known) => ({ ...known, ...found })),
      () => {
        for (const code of missing) asked.current.delete(code);
      },
    );
  }, [wanted, ask]);
  return useCallback((postalCode: string) => names[postalCode] ?? {}, [names]);
}
