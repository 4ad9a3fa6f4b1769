import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@ct/api-core';
import { HARDSHIP_SESSION_SETTINGS, type HardshipSplit, type HardshipSqlParams, type HardshipStatement, hardshipStatements } from './hardship.sql';
import { parseHardshipRows, type RawHardship } from './hardship-raw';

export interface StatementTiming {
  name: string;
  ms: number;
}

type StatementRows = { summary: Record<string, unknown>[]; counts: Record<string, unknown>[]; tables: Record<string, unknown>[] };

/**
 * At most `limit` reports at a time in this process. Each report holds two pooled connections at once,
 * taken one after the other: without a limit, enough simultaneous reports could each hold one and wait
 * forever for a second. Two reports use at most 4 of the 10 connections, and leave casework responsive.
 */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * Runs the hardship statements. On PostgreSQL they run at once on two connections that share one
 * snapshot (pg_export_snapshot), so both see exactly the same data and each gets a core. The embedded
 * database serializes connections (a transaction open on one blocks the others), so there they run
 * one after the other in a single read-only transaction.
 */
@Injectable()
export class HardshipRepository {
  private readonly gate = new Gate(2);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async load(split: HardshipSplit | null, params: HardshipSqlParams): Promise<{ raw: RawHardship; timings: StatementTiming[] }> {
    const [waits, housing] = hardshipStatements(split, params);
    const results = await this.gate.run(() => (this.config.embedded ? this.runSequentially([waits, housing]) : this.runInParallel([waits, housing])));
    const [w, h] = results.map((r) => r.rows);
    return { raw: parseHardshipRows(w, h), timings: results.map((r) => ({ name: r.name, ms: r.ms })) };
  }

  private async runSequentially(statements: HardshipStatement[]) {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      await this.begin(runner);
      const results = [];
      for (const statement of statements) results.push(await this.run(runner, statement));
      await runner.query('COMMIT');
      return results;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async runInParallel(statements: HardshipStatement[]) {
    const runners = statements.map(() => this.dataSource.createQueryRunner('slave'));
    const begun: QueryRunner[] = [];
    try {
      await this.begin(runners[0]);
      begun.push(runners[0]);
      const [{ snapshot }] = (await runners[0].query('SELECT pg_export_snapshot() AS snapshot')) as { snapshot: string }[];
      for (const runner of runners.slice(1)) {
        await this.begin(runner, snapshot);
        begun.push(runner);
      }
      const results = await Promise.all(statements.map((statement, i) => this.run(runners[i], statement)));
      await Promise.all(runners.map((r) => r.query('COMMIT')));
      return results;
    } catch (error) {
      await Promise.all(begun.map((r) => r.query('ROLLBACK').catch(() => undefined)));
      throw error;
    } finally {
      await Promise.all(runners.map((r) => r.release()));
    }
  }

  private async begin(runner: QueryRunner, snapshot?: string): Promise<void> {
    await runner.connect();
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The snapshot id comes from PostgreSQL itself, never from a request; checked before it is quoted.
    if (snapshot !== undefined) {
      if (!/^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i.test(snapshot)) throw new Error('unexpected snapshot id');
      await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    }
    for (const setting of HARDSHIP_SESSION_SETTINGS) await runner.query(setting);
  }

  private async run(runner: QueryRunner, statement: HardshipStatement): Promise<{ name: string; ms: number; rows: StatementRows }> {
    const started = process.hrtime.bigint();
    const rows = (await runner.query(statement.text, statement.values)) as StatementRows[];
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { name: statement.name, ms, rows: rows[0] };
  }
}
