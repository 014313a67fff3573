import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AppConfig } from '../../config/app-config';
import { normalizeEmail } from '../../common/email.util';
import { AppError } from '../../common/errors/app-error';
import { Employee } from '../people/entities/employee.entity';
import { PeopleService } from '../people/people.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';

interface TokenClaims {
  sub: string;
  ver: number;
  exp: number;
}

export interface Session {
  employee: Employee;
  /** The token version it was signed with: logout and password changes move it on. */
  tokenVersion: number;
  expiresAt: Date;
}

export const MIN_PASSWORD_LENGTH = 10;

// Verifying against a fixed hash for unknown emails keeps login timing the same either way.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$0wQ0xWUuF0Bk0UQ5vx3aCMO3MZLvmcrCnSZbuvlqRqA';

@Injectable()
export class AuthService {
  /**
   * The signing secret as a key object, made once: given a string, jsonwebtoken first tries to
   * parse it as a PEM public key and throws, on every request and socket handshake.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly config: AppConfig,
    private readonly people: PeopleService,
    private readonly limits: RateLimitsService,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
  }

  /** Signs in; failures are counted per email and address, and too many block for a while. */
  async login(email: string, password: string, address = 'unknown'): Promise<{ token: string; employee: Employee }> {
    // The same spelling the lookup uses: every way of writing one address spends one budget.
    const attemptKey = `${address}|${normalizeEmail(email)}`;
    await this.limits.assertNotBlocked('loginFailures', attemptKey);
    await this.limits.assertNotBlocked('loginFailuresPerAddress', address);
    const found = await this.people.findWithPasswordByEmail(email);
    const ok = await argon2.verify(found?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!found || !ok || !found.active) {
      const spend = (name: 'loginFailures' | 'loginFailuresPerAddress', key: string) =>
        this.limits.consume(name, key).catch(() => undefined); // already blocked: the next attempt says so
      await Promise.all([spend('loginFailures', attemptKey), spend('loginFailuresPerAddress', address)]);
      throw AppError.unauthenticated('Wrong email or password. Check both and try again.');
    }
    await this.limits.reset('loginFailures', attemptKey);
    const employee: Partial<Employee> = { ...found };
    delete employee.passwordHash;
    return { token: this.sign(found), employee: employee as Employee };
  }

  sign(employee: Pick<Employee, 'id' | 'tokenVersion'>): string {
    const claims: Omit<TokenClaims, 'exp'> = { sub: employee.id, ver: employee.tokenVersion };
    return jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtl as jwt.SignOptions['expiresIn'],
      issuer: 'tidings',
    });
  }

  /** The employee a token speaks for, or UNAUTHENTICATED. */
  async verify(token: string | undefined): Promise<Employee> {
    return (await this.session(token)).employee;
  }

  async session(token: string | undefined): Promise<Session> {
    if (!token) throw AppError.unauthenticated();
    let claims: TokenClaims;
    try {
      claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'tidings' }) as TokenClaims;
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw AppError.unauthenticated(expired ? 'Your session expired. Sign in again.' : 'That token is not valid. Sign in again.');
    }
    const employee = await this.people.findById(claims.sub);
    if (!employee || !employee.active || employee.tokenVersion !== claims.ver) {
      throw AppError.unauthenticated('That session has ended. Sign in again.');
    }
    return { employee, tokenVersion: claims.ver, expiresAt: new Date(claims.exp * 1000) };
  }

  /** A fresh token for a signed-in employee, so clients keep short-lived tokens alive. */
  refresh(employee: Employee): string {
    return this.sign(employee);
  }

  /** Ends every session of the employee: all their tokens stop working, open sockets close. */
  async logout(employee: Employee): Promise<void> {
    await this.people.revokeTokens(employee.id);
  }

  async changePassword(employee: Employee, current: string, next: string): Promise<string> {
    const found = await this.people.findWithPasswordByEmail(employee.email);
    if (!found || !(await argon2.verify(found.passwordHash, current).catch(() => false))) {
      throw AppError.badInput('currentPassword', 'is not your current password');
    }
    if (next.length < MIN_PASSWORD_LENGTH) {
      throw AppError.badInput('newPassword', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const updated = await this.people.setPassword(employee.id, await argon2.hash(next));
    return this.sign(updated);
  }

  static bearer(header: string | string[] | undefined): string | undefined {
    const value = Array.isArray(header) ? header[0] : header;
    const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
    return match?.[1];
  }
}
