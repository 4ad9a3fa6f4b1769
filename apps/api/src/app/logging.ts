import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@ct/api-core';

interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

/**
 * Structured JSON logs with nothing personal in them: a request is logged as method, path (query
 * string dropped: list filters may carry a name) and status; headers and bodies are never logged,
 * and credentials are redacted should anything log them anyway.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.logLevel,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.body',
          '*.password',
          '*.refreshToken',
          '*.accessToken',
          '*.email',
          '*.firstName',
          '*.lastName',
          '*.aNumber',
        ],
        censor: '[redacted]',
      },
      serializers: {
        // The calendar feed's secret token is in its path (calendar programs cannot send headers).
        req: (req: LoggedRequest) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0].replace(/^(\/api\/calendar\/feed\/)[^/]+/, '$1[redacted]') }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req: LoggedRequest) => (req.url ?? '').startsWith('/api/health') },
      customProps: () => ({ service: 'case-tracker-api' }),
    },
  };
}
