import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

export const TOO_MANY_ATTEMPTS = "too-many-attempts";

/** Refused because of too many failed attempts; its code tells the sign-in form which message to show. */
class TooManySignInAttempts extends CredentialsSignin {
  code = TOO_MANY_ATTEMPTS;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const check = await verifyCredentials(credentials);
        if (check.ok) return check.user;
        if (check.reason === "too-many-attempts") throw new TooManySignInAttempts();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  // A wrong password is an expected answer, not an error worth a stack trace in the log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
