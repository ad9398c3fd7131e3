import { z } from "zod";
// Installs the catalog error map, which is zod core's configuration and so serves this build too.
import "./zod-mini";

/**
 * zod's classic build (methods: `z.string().trim().max(100)`), for the schemas only the server
 * runs (route inputs, stored payloads, events). A schema the browser runs is written with
 * ./zod-mini instead: importing this module from a client component ships the classic build whole
 * (~30 KiB gzipped). Both builds share the catalog error map (./zod-mini).
 */
export { z };
