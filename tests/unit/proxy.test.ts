import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy, { config } from "@/proxy";

const base = "http://portal.test";
const ACTION = "7f" + "0".repeat(40);

function post(path: string, body: BodyInit, headers: Record<string, string>): NextRequest {
  return new NextRequest(`${base}${path}`, { method: "POST", headers: { host: "portal.test", ...headers }, body });
}

describe("proxy.ts in front of the portal", () => {
  it("answers a malformed path encoding 400 with a page in the path's language, and a long path 414", async () => {
    const broken = await proxy(new NextRequest(`${base}/fr/%C0%AF`, { headers: { accept: "text/html" } }));
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("Cette adresse est illisible");
    const long = await proxy(new NextRequest(`${base}/en/${"a".repeat(5000)}`));
    expect(long.status).toBe(414);
    expect(long.headers.get("link")).toBeNull();
  });

  it("answers a cross-site server action 403 and an oversize one 413, in the language asked for", async () => {
    const crossSite = await proxy(post("/en/sign-in", "[]", { origin: "https://evil.example", "next-action": ACTION }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain("sent from another website");
    const big = " ".repeat(1024 * 1024 + 1);
    const tooLarge = await proxy(post("/nl/sign-in", big, { origin: base, "next-action": ACTION, "content-length": String(big.length) }));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("hoogstens 1024 KiB");
  });

  it("answers an action body React cannot decode 400, and lets a plausible one through to the page", async () => {
    for (const body of ["", "null", "1", "[".repeat(5000) + "]".repeat(5000), '["$Q1"]', '["$F1"]', '["$Z1"]']) {
      const response = await proxy(post("/en/sign-in", body, { origin: base, "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }));
      expect(response.status, body.slice(0, 12)).toBe(400);
    }
    const plausible = await proxy(post("/en/sign-in", '[{"submission":0,"fieldErrors":[]},"$K1"]', { origin: base, "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }));
    expect(plausible.status).toBe(200);
    expect(plausible.headers.get("content-security-policy")).toContain("script-src");
  });

  it("runs on route handlers only for a path with a percent-encoding, so that uploads are never buffered", () => {
    // Both sources are regular expressions as they stand.
    const matchers = config.matcher.map((source) => new RegExp(`^${source}$`));
    const runs = (path: string) => matchers.some((matcher) => matcher.test(path));
    expect(runs("/api/dossiers/00000000-0000-4000-8000-000000000000/documents")).toBe(false);
    expect(runs("/api/dossiers/%E0%A4%A/documents")).toBe(true);
    expect(runs("/en/sign-in")).toBe(true);
  });
});
