import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { cache } from "react";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { isDatabaseUnavailable, noteIfDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { endSession, findActiveSessionWithActor } from "@/lib/auth/sessions";
import { sessionPolicy } from "@/lib/auth/session-policy";
import { isLocale } from "@/lib/i18n/locales";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { signInWithLink } from "@/lib/auth/worker-accounts";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    /** The server-side session (lib/auth/sessions.ts) this cookie stands for. */
    sid?: string;
  }
}

/** Refused because of too many failed attempts; the sign-in form says how long to wait. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = "too-many-attempts";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right, but the account's address is not verified yet (organisation sign-up). */
export class EmailNotVerified extends CredentialsSignin {
  code = "email-not-verified";
}

/** Lets a browser that signed in to an account before keep signing in there while strangers are slowed down. */
const DEVICE_COOKIE = "wib-device";
const DEVICE_COOKIE_DAYS = 180;

/**
 * The server-side session behind a cookie and its actor, looked up once per request: the jwt
 * callback below checks it, and getActor (app/_server/session.ts) takes the actor from the same
 * lookup instead of reading the account again. React's cache() is scoped to the request being
 * rendered; outside a render (route handlers) each call reads anew.
 */
export const activeSession = cache((sessionId: string | undefined) => findActiveSessionWithActor(sessionId, new Date(), sessionPolicy()));

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The cookie is only a signed pointer to the server-side session, which decides (idle timeout,
  // lifetime, signed out); its own expiry is the session's longest possible lifetime.
  session: { strategy: "jwt", maxAge: sessionPolicy().maxHours * 60 * 60 },
  // Auth.js's cookie format, with the key derived from the secret once per process instead of twice per request.
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const jar = await cookies();
        const result = await signInWithPassword(credentials, {
          clientAddress: clientAddressFrom(request.headers),
          deviceToken: jar.get(DEVICE_COOKIE)?.value ?? null,
        });
        if (result.ok) {
          jar.set(DEVICE_COOKIE, result.deviceToken, {
            httpOnly: true,
            sameSite: "lax",
            secure: process.env.NODE_ENV === "production" && new URL(request.url).protocol === "https:",
            path: "/",
            maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
          });
          return { ...result.user, sessionId: result.sessionId };
        }
        if (result.reason === "too-many-attempts") throw new TooManySignInAttempts(result.retryAfterSeconds);
        if (result.reason === "email-not-verified") throw new EmailNotVerified();
        return null;
      },
    }),
    // A worker's e-mailed link (docs/decisions/worker-sign-in.md): the page the link opens posts its
    // token here; the token works once.
    Credentials({
      id: "email-link",
      credentials: { token: {}, locale: {} },
      async authorize(credentials) {
        const result = await signInWithLink(credentials.token, isLocale(credentials.locale) ? credentials.locale : "nl");
        return result.ok ? { ...result.user, sessionId: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, sid: user.sessionId };
      // Every use of the cookie asks the server whether its session is still in force; a signed-out,
      // idle or expired session makes the cookie worthless even though its signature is valid.
      let session;
      try {
        session = await activeSession(token.sid);
      } catch (error) {
        // next-auth answers "no session" for any error here; noting an unreachable database lets
        // getActor (app/_server/session.ts) tell that from a signed-out visitor.
        noteIfDatabaseUnavailable(error);
        throw error;
      }
      return session && session.userId === token.sub ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message) await endSession(message.token?.sid, new Date());
    },
  },
  // A wrong password is an expected answer, not an error worth a stack trace in the log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      if (isDatabaseUnavailable(error)) return void console.warn("[auth] database unavailable");
      console.error(error);
    },
  },
});
