import { existsSync } from 'node:fs';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { type AppConfig, clipUserAgent, runWithRequestContext } from '@ct/api-core';
import { AppModule } from './app.module';
import { captureSecurityHeaders, hardenedFastifyOptions, installJsonBodyParser } from './http-hardening';
import { completeDocument } from './openapi/complete-document';

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole HTTP application: the API under /api, its docs, and the back office at /. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit: BODY_LIMIT, ...hardenedFastifyOptions() });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    bufferLogs: true,
  });
  installJsonBodyParser(app, BODY_LIMIT);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // MUI (emotion) injects style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // TLS is the reverse proxy's job; upgrading here would break plain-http local runs.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  // Only the spreadsheet import reads multipart bodies (streamed, its own 10 MB limit per file); the 1 MB
  // JSON limit above stays for every other route.
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5, parts: 6 } });

  const fastify = app.getHttpAdapter().getInstance();
  // Source address (as TRUST_PROXY resolves it) and user agent for every audit event of this request.
  fastify.addHook('onRequest', (request, _reply, done) => {
    runWithRequestContext({ address: request.ip ?? null, userAgent: clipUserAgent(request.headers['user-agent']) }, done);
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api')) {
      void reply.header('Cache-Control', 'no-store');
      void reply.header('Access-Control-Expose-Headers', 'Content-Range');
    }
    reply.removeHeader('X-Powered-By');
    return payload;
  });

  const document = completeDocument(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Case tracker API')
      .setDescription('Casework, housing matching and anonymized hardship statistics. Resources follow react-admin simple REST.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  ));
  SwaggerModule.setup('api/docs', app, document);

  if (existsSync(config.backofficeDir)) {
    // Hash routing in the back office: only / and /assets/* are ever requested from here. Files are sent
    // precompressed (brotli, else gzip, written by the back office build); hashed assets never change, so
    // browsers keep them for a year, while index.html is revalidated on every visit to pick up a new build.
    await app.register(fastifyStatic, {
      root: config.backofficeDir,
      prefix: '/',
      decorateReply: false,
      index: ['index.html'],
      // One route per built file instead of a catch-all, so that no /api path (an unknown route, an
      // over-long id) ever falls through to the file server: those keep the API's own 404 and 414.
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        const hashed = /[\\/]assets[\\/]/.test(path);
        void reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  await app.init();
  await captureSecurityHeaders(app);
  return app;
}
