import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEVICE_COOKIE, type LoginClient, readCookie } from './login-throttle.service';
import type { SignInOutcome } from './auth.service';

/** The client address (as TRUST_PROXY resolves it) and the device cookie of a sign-in request. */
export function loginClient(req: FastifyRequest): LoginClient {
  return { address: req.ip, deviceCookie: readCookie(req.headers.cookie, DEVICE_COOKIE) };
}

/** Sends a sign-in step's body, setting the device cookie when the step completed a sign-in. */
export function answer<T>(reply: FastifyReply, outcome: SignInOutcome<T>): T {
  if (outcome.setCookie) void reply.header('Set-Cookie', outcome.setCookie);
  return outcome.body;
}
