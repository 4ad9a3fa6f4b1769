import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoginResponse, Role } from '@ct/contracts';
import { adminQuery, databaseUrl, templateDatabase } from './postgres';
import { API_MAIN, REPO_ROOT, TEST_ADMIN, TEST_SECRETS } from './test-env';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed-JSON tests. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  baseUrl: string;
  databaseUrl: string;
  admin: { email: string; password: string };
  /** Everything the API process printed, to show when a test fails. */
  output(): string;
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  login(email: string, password: string): Promise<LoginResponse>;
  /** Creates a user through the API as the admin and returns a logged-in session for it. */
  createUser(role: Role, overrides?: { email?: string; password?: string; displayName?: string }): Promise<LoginResponse & { password: string }>;
  adminToken(): Promise<string>;
  databaseName: string;
  /** Stops the API process and keeps the database (to start another app on it). */
  stop(): Promise<void>;
  /** Stops the API process and drops the database it created. */
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`API exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`API did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

let counter = 0;

/**
 * Starts the built API (dist/apps/api/main.js) as a real process on a fresh PostgreSQL database cloned
 * from the migrated template, serving the built back office, with a bootstrap admin.
 */
export async function startTestApp(opts: { env?: Record<string, string>; databaseName?: string } = {}): Promise<TestApp> {
  const ownsDatabase = !opts.databaseName;
  const dbName = opts.databaseName ?? `ct_t_${process.pid}_${counter++}_${randomBytes(3).toString('hex')}`;
  if (ownsDatabase) await adminQuery(`CREATE DATABASE ${dbName} TEMPLATE ${templateDatabase()}`);
  const url = databaseUrl(dbName);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'],
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_ATTEMPTS_PER_MINUTE: '10000',
      // Suites sign in with a password; second-factor tests set MFA_REQUIRED_ROLES themselves.
      MFA_REQUIRED_ROLES: '',
      // No scheduled jobs unless a test asks for them: their writes would race the test's own.
      JOBS_TICK_SECONDS: '0',
      BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
      ...TEST_SECRETS,
      ERASURE_LEDGER: join(tmpdir(), `ct-erasure-${dbName}.log`),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  const close = async () => {
    await stop();
    if (ownsDatabase) await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  };

  try {
    await waitForHealth(baseUrl, child, output, 30000);
  } catch (error) {
    await close();
    throw error;
  }

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (static files, CSV)
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  }

  async function login(email: string, password: string): Promise<LoginResponse> {
    const res = await request<LoginResponse>('POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login failed with ${res.status}: ${res.text}`);
    return res.body;
  }

  let adminSession: Promise<LoginResponse> | undefined;
  const adminToken = async () => {
    adminSession ??= login(TEST_ADMIN.email, TEST_ADMIN.password);
    return (await adminSession).accessToken;
  };

  let userCounter = 0;
  async function createUser(role: Role, overrides: { email?: string; password?: string; displayName?: string } = {}) {
    const email = overrides.email ?? `${role}${++userCounter}-${randomBytes(2).toString('hex')}@test.example.org`;
    const password = overrides.password ?? `password-${role}-${randomBytes(4).toString('hex')}`;
    const res = await request('POST', '/api/users', {
      token: await adminToken(),
      body: { email, password, role, displayName: overrides.displayName ?? `Test ${role} ${userCounter}` },
    });
    if (res.status !== 201) throw new Error(`creating a ${role} failed with ${res.status}: ${res.text}`);
    return { ...(await login(email, password)), password };
  }

  return { baseUrl, databaseUrl: url, databaseName: dbName, admin: TEST_ADMIN, output, request, login, createUser, adminToken, stop, close };
}
