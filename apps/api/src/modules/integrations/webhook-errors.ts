import { AppError, ErrorCode } from '../../common/errors/app-error';

/** 401 for a missing or bad signature: nothing was read, nothing was written. */
export function badSignature(header: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, `${header}: missing or does not match the body; sign the exact bytes you send`);
}

/** A connector without its secret (production without the variable) is off. */
export function connectorOff(variable: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `This connector is off: set ${variable} to turn it on.`);
}

export function parseJson(raw: Buffer | undefined): unknown {
  if (!raw || raw.length === 0) throw AppError.badInput('body', 'is empty; send a JSON document');
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw AppError.badInput('body', 'is not valid JSON');
  }
}
