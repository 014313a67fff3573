import { AppError } from './errors/app-error';

/**
 * How many items a list answers: a whole number from 1 to `max`, else BAD_USER_INPUT naming the
 * argument (`first` or `last`). The one rule every paged field shares.
 */
export function assertPageSize(value: number, max: number, field = 'first'): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw AppError.badInput(field, `must be between 1 and ${max}`);
  return value;
}
