import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ClientRecord, IntakeResult, MilestoneRecord } from '@ct/contracts';
import { checkMilestones } from '@ct/domain';
import { APP_CONFIG, AppError, type AppConfig, type RequestUser, ValidationError, todayIn } from '@ct/api-core';
import { CasesService } from '../cases/cases.service';
import { ClientsService } from '../clients/clients.service';
import type { CreateCaseDto } from '../dto/case.dto';
import type { IntakeDto } from '../dto/intake.dto';
import { MilestoneEntity } from '../entities/milestone.entity';
import type { ClientChildService } from '../history/client-child.service';
import { MILESTONES } from '../history/child-services';

/** Names the part of the intake a refusal is about: `client.dateOfBirth`, `milestones[1].date`. */
async function prefixed<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.field) throw new AppError(error.code, `${prefix}.${error.message}`, `${prefix}.${error.field}`);
    throw error;
  }
}

/** Statuses that mean the I-589 is in: without its `I589_FILED` date the work-permit clock cannot start. */
const FILED_STATUSES = ['filed', 'interview_scheduled', 'in_court'];

/**
 * The one-screen intake: the client, the case and its first milestones in one transaction, through the
 * same services (and so the same checks, audit events and encryption) as the separate screens. Any
 * refusal leaves nothing behind; a refusal of a milestone names it (`milestones[1].date`).
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly cases: CasesService,
    @Inject(MILESTONES) private readonly milestones: ClientChildService<MilestoneEntity, MilestoneRecord>,
  ) {}

  async create(dto: IntakeDto, actor: RequestUser): Promise<IntakeResult> {
    if (dto.milestones?.length && !dto.case) throw new ValidationError('case', 'milestones need a case');
    // The milestones among themselves first, so that a contradiction names the milestone that breaks the order.
    const impossible = checkMilestones((dto.milestones ?? []).map((m, i) => ({ id: String(i), ...m })), todayIn(this.config.timeZone)).find((f) => f.severity === 'impossible');
    if (impossible) throw new ValidationError(`milestones[${impossible.milestoneId}].date`, impossible.message);
    return this.dataSource.transaction(async (manager) => {
      const client = await prefixed('client', () => this.clients.createIn(manager, dto.client, actor));
      const kase = dto.case ? await prefixed('case', () => this.cases.createIn(manager, { ...dto.case, clientId: client.id } as CreateCaseDto, actor)) : null;
      const saved: MilestoneEntity[] = [];
      // In date order, so each milestone is checked against those before it.
      const ordered = (dto.milestones ?? []).map((m, i) => ({ m, i })).sort((a, b) => a.m.date.localeCompare(b.m.date));
      for (const { m, i } of ordered) {
        saved.push(await prefixed(`milestones[${i}]`, () => this.milestones.createIn(manager, { ...m, caseId: kase?.id }, actor)));
      }
      const warnings: string[] = [];
      if (kase && FILED_STATUSES.includes(kase.status) && !saved.some((m) => m.type === 'I589_FILED')) warnings.push('FILED_WITHOUT_I589_DATE');
      return {
        client: (await this.clients.recordIn(manager, client, actor)) as ClientRecord,
        case: kase ? (await this.cases.toRecords([kase], actor, manager))[0] : null,
        milestones: await this.milestones.recordsIn(manager, saved, actor),
        warnings,
      };
    });
  }
}
