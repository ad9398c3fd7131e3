import { DEMO_PASSWORD } from "../../prisma/demo-accounts";

/**
 * Signing in over plain HTTP, as the sign-in form does, for scripts that drive a running portal
 * without a browser (the embedded smoke test, the upload benchmark).
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Keeps the cookies a response sets, as a browser would. */
  remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      this.cookies.set(name.trim(), value.join("="));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Signs `email` in at the portal at `base`; answers the jar holding the session cookie. */
export async function signInOverHttp(base: string, email: string, password = DEMO_PASSWORD): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  jar.remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  jar.remember(signIn);
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header() } })).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== email) throw new Error(`no session after sign-in (HTTP ${signIn.status})`);
  return jar;
}
