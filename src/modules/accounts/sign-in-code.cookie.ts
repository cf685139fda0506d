// The short-lived cookie that names a sign-in waiting for its second-factor code (sign-in-code.service.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CODE_STEP_MINUTES } from './sign-in.service.js';

export const CODE_COOKIE = 'lotse_sign_in';

export function setCodeCookie(app: FastifyInstance, reply: FastifyReply, challenge: string): FastifyReply {
  const secure = app.config.publicUrl.startsWith('https://');
  return reply.setCookie(CODE_COOKIE, challenge, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: CODE_STEP_MINUTES * 60 });
}
