/** The error codes clients rely on (API contract); one filter maps them to GraphQL and HTTP. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  static notFound(what = 'record'): AppError {
    // One message whether the thing is missing or hidden: no existence oracle.
    return new AppError(ErrorCode.NOT_FOUND, `That ${what} does not exist or you do not have access to it.`);
  }

  static badInput(field: string, message: string): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);
  }

  static forbidden(message = 'You are not allowed to do that.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in first: send a valid token as "Authorization: Bearer <token>".'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(field: string, message: string): AppError {
    return new AppError(ErrorCode.CONFLICT, `${field}: ${message}`, field);
  }
}
