import { hkdf } from "@panva/hkdf";
import { EncryptJWT, base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "@auth/core/jwt";

// The session cookie's JWE, in Auth.js's own format (`@auth/core/jwt`: "dir" with A256CBC-HS512,
// the key derived from the secret by HKDF with the cookie's name as salt, its JWK thumbprint as
// `kid`), so cookies issued before and after this module read alike. Auth.js derives the key and
// its thumbprint anew for every encode and decode — twice per signed-in request, each a round trip
// through libuv's thread pool — although they depend only on the secret and the cookie's name: here
// they are derived once per process and kept (docs/decisions/back-office-benchmark.md).

const ALGORITHM = "dir";
const ENCRYPTION = "A256CBC-HS512";
/** The encryptions Auth.js's decode accepts: its own, and A256GCM of tokens from older versions. */
const KEY_LENGTHS: Record<string, number> = { "A256CBC-HS512": 64, A256GCM: 32 };
const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

interface DerivedKey {
  key: Uint8Array;
  thumbprint: string;
}

const derivedKeys = new Map<string, Promise<DerivedKey>>();

/** The key Auth.js derives for `secret` and `salt` and the encryption `enc`, with its thumbprint; computed once per process. */
function derivedKey(enc: string, secret: string, salt: string): Promise<DerivedKey> {
  const length = KEY_LENGTHS[enc];
  if (!length) return Promise.reject(new Error("Unsupported JWT Content Encryption Algorithm"));
  const cacheKey = JSON.stringify([enc, secret, salt]);
  let derived = derivedKeys.get(cacheKey);
  if (!derived) {
    derived = (async () => {
      const key = await hkdf("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length);
      return { key, thumbprint: await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${key.byteLength << 3}` as "sha256" | "sha512") };
    })();
    // A failed derivation is not kept: the next request tries again.
    derived.catch(() => derivedKeys.delete(cacheKey));
    derivedKeys.set(cacheKey, derived);
  }
  return derived;
}

const secretsOf = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]);

/** Auth.js's `jwt.encode`, with the derived key kept. The first secret encrypts (the others only decrypt, for rotation). */
export async function encodeSessionToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt }: JWTEncodeParams): Promise<string> {
  const { key, thumbprint } = await derivedKey(ENCRYPTION, secretsOf(secret)[0]!, salt);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: ALGORITHM, enc: ENCRYPTION, kid: thumbprint })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

/** Auth.js's `jwt.decode`, with the derived keys kept: the secret whose key's thumbprint is the token's `kid` decrypts it. */
export async function decodeSessionToken({ token, secret, salt }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt<JWT>(
    token,
    async ({ kid, enc }) => {
      for (const candidate of secretsOf(secret)) {
        const { key, thumbprint } = await derivedKey(enc, candidate, salt);
        if (kid === undefined || kid === thumbprint) return key;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: 15, keyManagementAlgorithms: [ALGORITHM], contentEncryptionAlgorithms: [ENCRYPTION, "A256GCM"] },
  );
  return payload;
}
