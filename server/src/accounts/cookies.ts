import type { Request, Response } from 'express';
import { SESSION_COOKIE } from './sessions.js';

export function setSessionCookie(req: Request, res: Response, sid: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
