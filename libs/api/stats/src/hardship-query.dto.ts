import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RULE_SCENARIOS, type RuleScenarioId } from '@ct/domain';

export const HARDSHIP_SPLITS = ['year', 'quarter'] as const;

/**
 * The query of GET /api/stats/hardship(.csv). The months themselves are checked by the domain's
 * period rules (whole months only, from ≤ to, at most 30 years), which name the offending field.
 */
export class HardshipQueryDto {
  @ApiProperty({ example: '2025-01', description: 'First month of filing, YYYY-MM (a day is refused)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiProperty({ example: '2025-12', description: 'Last month of filing, YYYY-MM, inclusive' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ enum: HARDSHIP_SPLITS, description: 'Also give the figures per year or quarter of filing' })
  @IsOptional()
  @IsIn(HARDSHIP_SPLITS)
  split?: (typeof HARDSHIP_SPLITS)[number];

  @ApiPropertyOptional({ enum: RULE_SCENARIOS, description: 'proposed-365: the same clients if the I-765 could be filed only at day 365' })
  @IsOptional()
  @IsIn(RULE_SCENARIOS)
  scenario?: RuleScenarioId;
}
