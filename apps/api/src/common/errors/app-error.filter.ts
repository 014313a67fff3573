import { ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError, HTTP_STATUS } from './app-error';

/**
 * Domain errors are answers, not incidents: passed to GraphQL as they are (formatGraphqlError
 * shapes them) or sent as JSON with their HTTP status, and never logged as server errors.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code])
      .json({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } });
  }
}
