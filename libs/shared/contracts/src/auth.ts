import type { Role } from './roles';

export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  displayName?: string | null;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface LoginResponse extends TokenPair {
  user: AuthUser;
}

/** A user as the `users` resource returns it. The password (and its hash) is never returned. */
export interface UserRecord {
  id: string;
  email: string;
  role: Role;
  displayName: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

/** Body of an API error: a stable machine code and a human message. Never personal data. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  field?: string;
}

/** Login's answer when a second factor is needed: prove it (`required`) or enroll one first (`enroll`). */
export interface MfaStepResponse {
  mfa: 'required' | 'enroll';
  mfaToken: string;
  /** For `required`: the factors the user has (TOTP code, passkey, recovery code). */
  methods?: ('totp' | 'passkey' | 'recovery')[];
}

export type LoginResult = LoginResponse | MfaStepResponse;

export interface TotpSetupResponse {
  secret: string;
  otpauthUrl: string;
  /** The otpauth URL as a QR code (PNG data URL) to scan with an authenticator app. */
  qrCode: string;
}

/** One sign-in session as its owner sees it. */
export interface SessionRecord {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  address: string | null;
  current: boolean;
}

/** The caller's own sign-in factors. */
export interface FactorsSummary {
  totp: boolean;
  recoveryCodesLeft: number;
  passkeys: { id: string; name: string; createdAt: string; lastUsedAt: string | null }[];
  /** Whether the caller's role must use a second factor. */
  required: boolean;
}

/** A user created without a password: the single-use link to hand over (valid 72 hours). */
export interface InviteResponse {
  inviteUrl: string;
  expiresAt: string;
}

/** `GET /api/auth/options`, public: what the sign-in page shows before anyone signs in. */
export interface SignInOptions {
  /** Demo data and demo users (never in production). */
  demo: boolean;
  /** Roles that must use a second factor (empty: none). */
  secondFactorRoles: Role[];
}
