import * as argon2 from 'argon2';

/**
 * argon2id at OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane).
 * The parameters are stored in each hash, so raising them later only affects new hashes.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same work as a real check, so an unknown email cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= argon2.hash('dummy-password-for-timing', OPTIONS);
  await verifyPassword(await dummyHash, password);
}
