import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportDryRun, ImportJobRecord, ImportPreview, ImportRowResult, ImportSettings } from '@ct/contracts';
import { APP_CONFIG, AppError, type AppConfig, NotFoundError, type RequestUser, ValidationError, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { CasesService, type ClientChildService, ClientsService, MILESTONES } from '@ct/api-casework';
import { applyRemembered, rememberable, suggestMapping } from '../mapping/synonyms';
import { readSpreadsheet } from '../parsing/read-spreadsheet';
import { cellText } from '../parsing/sheet';
import { ImportJobEntity } from './entities/import-job.entity';
import { ImportMappingEntity } from './entities/import-mapping.entity';
import { ImportRowKeyEntity } from './entities/import-row-key.entity';
import { type ImportPlan, ImportPlanner, summarize } from './import-planner';
import { storedResult } from './import-reports';

/** One import at a time across every app instance: duplicates are re-checked under it. */
const IMPORT_LOCK = 0x1e0f_14;
/**
 * Dry runs and imports a user may start in an hour. Each one tells whether thousands of A-numbers are in
 * the tracker, so a stolen login must not turn it into an enumeration oracle.
 */
export const IMPORT_CHECKS_PER_HOUR = 60;
/** An import still "running" this long after it started died with its process (its transaction rolled back). */
const STALE_AFTER_MINUTES = 60;

/**
 * Spreadsheet import: preview, dry run, the import itself (all or nothing, in one transaction, through the
 * casework services so that every client, case and milestone is created, checked and audited as by hand),
 * its progress and report, and each user's remembered mapping. The file is only ever held in memory.
 */
@Injectable()
export class ImportsService implements OnModuleInit {
  private readonly logger = new Logger(ImportsService.name);
  /** Rows written so far by the imports running in this process. */
  private readonly progress = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly planner: ImportPlanner,
    private readonly audit: AuditService,
    private readonly clients: ClientsService,
    private readonly cases: CasesService,
    @Inject(MILESTONES) private readonly milestones: ClientChildService<{ id: string; clientId: string }, unknown>,
  ) {}

  async preview(file: Buffer, sheet: string | undefined, actor: RequestUser): Promise<ImportPreview> {
    const workbook = await readSpreadsheet(file, sheet);
    const { headers, rows } = workbook.table;
    const saved = await this.dataSource.getRepository(ImportMappingEntity).findOneBy({ userId: actor.id });
    const remembered = saved ? applyRemembered(headers, saved.mapping) : null;
    const suggested = suggestMapping(headers);
    if (remembered) {
      // Columns the last import did not have keep their suggestion, unless their field is taken already.
      const taken = new Set(Object.values(remembered));
      for (const [column, field] of Object.entries(suggested)) if (!(column in remembered) && !taken.has(field)) remembered[column] = field;
    }
    return {
      format: workbook.format,
      sheets: workbook.sheets,
      sheet: workbook.sheet,
      headers,
      rowCount: rows.length,
      sample: rows.slice(0, 5).map((r) => r.cells.map(cellText)),
      suggested,
      remembered: remembered && Object.keys(remembered).length ? remembered : null,
      dateOrder: saved?.dateOrder ?? 'auto',
    };
  }

  async dryRun(file: Buffer, settings: ImportSettings, actor: RequestUser): Promise<ImportDryRun> {
    await this.assertWithinRate(actor);
    const plan = await this.planner.plan(this.dataSource.manager, file, settings, actor, todayIn(this.config.timeZone));
    await this.audit.record({ actor, action: 'read', resource: 'imports', details: { dryRun: true, ...plan.summary } });
    return { summary: plan.summary, rows: plan.rows.map((r) => r.result), ambiguousDateColumns: plan.ambiguousDateColumns };
  }

  /**
   * Checks the file as the dry run does and refuses it while any row has an error; otherwise records the
   * job and starts writing in the background, answering at once so that the caller can poll the progress.
   */
  async start(file: Buffer, settings: ImportSettings, actor: RequestUser): Promise<ImportJobRecord> {
    await this.assertWithinRate(actor);
    const plan = await this.planner.plan(this.dataSource.manager, file, settings, actor, todayIn(this.config.timeZone));
    if (plan.ambiguousDateColumns.length > 0) throw new ValidationError('settings.dateOrder', 'some dates can be read as month/day or day/month: choose the date order');
    if (plan.summary.error > 0) throw new ValidationError('file', `${plan.summary.error} row(s) have errors; the dry run lists them`);
    const job = await this.dataSource.transaction(async (manager) => {
      const entity = await manager.save(
        manager.create(ImportJobEntity, { id: randomUUID(), createdById: actor.id, caseworkerId: plan.caseworkerId, status: 'running', total: plan.summary.create, summary: null, report: null, failure: null, finishedAt: null }),
      );
      await this.remember(manager, plan, settings, actor);
      await this.audit.record({ actor, action: 'create', resource: 'imports', recordId: entity.id, details: { phase: 'started', ...plan.summary } }, manager);
      return entity;
    });
    this.progress.set(job.id, 0);
    const run = this.run(job, plan, actor).finally(() => {
      this.progress.delete(job.id);
      this.running.delete(run);
    });
    this.running.add(run);
    return this.toRecord(job);
  }

  async get(id: string, actor: RequestUser): Promise<ImportJobRecord> {
    return this.toRecord(await this.find(id, actor));
  }

  async report(id: string, actor: RequestUser): Promise<ImportRowResult[]> {
    const job = await this.find(id, actor);
    if (job.status === 'running') throw new AppError('CONFLICT', 'the import is still running');
    await this.audit.record({ actor, action: 'export', resource: 'imports', recordId: id });
    return job.report ?? [];
  }

  /** Counted from the audit trail, so that every app instance sees the same count. */
  private async assertWithinRate(actor: RequestUser): Promise<void> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE actor_id = $1 AND resource = 'imports' AND created_at > now() - interval '1 hour'
          AND (details->>'dryRun' = 'true' OR details->>'phase' = 'started')`,
      [actor.id],
    );
    if (n >= IMPORT_CHECKS_PER_HOUR) throw new AppError('TOO_MANY_ATTEMPTS', `at most ${IMPORT_CHECKS_PER_HOUR} import checks an hour; try again later`);
  }

  /** Imports left "running" by a process that stopped: their transaction rolled back, nothing was created. */
  async onModuleInit(): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE import_jobs SET status = 'failed', finished_at = now(), failure = '{"code":"INTERRUPTED","message":"the server stopped during the import; nothing was created"}'::jsonb
          WHERE status = 'running' AND created_at < now() - make_interval(mins => $1)`,
        [STALE_AFTER_MINUTES],
      )
      .catch(() => undefined);
  }

  /** Waits for the imports running in this process (graceful shutdown, tests, the benchmark). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async find(id: string, actor: RequestUser): Promise<ImportJobEntity> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy(actor.role === 'admin' ? { id } : { id, createdById: actor.id });
    if (!job) throw new NotFoundError('import');
    return job;
  }

  private async remember(manager: EntityManager, plan: ImportPlan, settings: ImportSettings, actor: RequestUser): Promise<void> {
    await manager.upsert(ImportMappingEntity, { userId: actor.id, mapping: rememberable(plan.workbook.table.headers, settings.mapping), dateOrder: settings.dateOrder }, ['userId']);
  }

  /** All or nothing: one transaction for every client, case and milestone of the file. */
  private async run(job: ImportJobEntity, plan: ImportPlan, actor: RequestUser): Promise<void> {
    const started = Date.now();
    try {
      const results = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        // Re-checked under the lock: another import may have created some of these since the dry run.
        await this.planner.markDuplicates(manager, plan.rows, plan.aNumberColumn);
        let done = 0;
        const keys: { key: string; clientId: string }[] = [];
        for (const row of plan.rows) {
          if (row.result.outcome !== 'create') continue;
          const client = await this.clients.createIn(manager, row.dto, actor);
          keys.push({ key: row.rowKey, clientId: client.id });
          if (row.mapped.caseKind) {
            const kase = await this.cases.createIn(manager, { clientId: client.id, kind: row.mapped.caseKind }, actor);
            for (const m of [...row.mapped.milestones].sort((a, b) => a.date.localeCompare(b.date))) {
              await this.milestones.createIn(manager, { caseId: kase.id, type: m.type, date: m.date }, actor);
            }
          }
          row.result.clientId = client.id;
          row.result.clientCode = client.code;
          this.progress.set(job.id, ++done);
        }
        // The rows' keys in a few statements rather than one per row.
        for (let i = 0; i < keys.length; i += 1000) await manager.insert(ImportRowKeyEntity, keys.slice(i, i + 1000));
        const summary = summarize(plan.rows.map((r) => r.result));
        await this.audit.record({ actor, action: 'create', resource: 'imports', recordId: job.id, details: { phase: 'done', ...summary } }, manager);
        return summary;
      });
      await this.dataSource.getRepository(ImportJobEntity).update(
        { id: job.id },
        { status: 'done', summary: results, report: plan.rows.map((r) => storedResult(r.result)), finishedAt: new Date() },
      );
      this.logger.log(`import ${job.id} done in ${Date.now() - started} ms: ${results.create} clients`);
    } catch (error) {
      // Nothing was written. The reason is kept without any value of the file.
      const failure = error instanceof AppError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: 'the import failed; nothing was created' };
      this.logger.warn(`import ${job.id} failed (${error instanceof Error ? error.name : 'error'}); nothing was created`);
      await this.dataSource
        .getRepository(ImportJobEntity)
        .update({ id: job.id }, { status: 'failed', failure, report: plan.rows.map((r) => storedResult({ ...r.result, clientId: undefined, clientCode: undefined })), finishedAt: new Date() })
        .catch(() => undefined);
      await this.audit.record({ actor, action: 'create', resource: 'imports', recordId: job.id, details: { phase: 'failed', code: failure.code } }).catch(() => undefined);
    }
  }

  private toRecord(job: ImportJobEntity): ImportJobRecord {
    const processed = job.status === 'running' ? (this.progress.get(job.id) ?? 0) : job.status === 'done' ? job.total : 0;
    return {
      id: job.id,
      status: job.status,
      total: job.total,
      processed,
      summary: job.summary,
      failure: job.failure,
      caseworkerId: job.caseworkerId,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    };
  }
}
