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
