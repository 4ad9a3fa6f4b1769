import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RULE_SCENARIOS, type RuleScenarioId } from '@ct/domain';
import { EXPORT_LANGS, type ExportLang } from './hardship-export';

export const HARDSHIP_SPLITS = ['year', 'quarter'] as const;

/**
 * The query of GET /api/stats/hardship(.csv|.xlsx). The months themselves are checked by the domain's
 * period rules (whole calendar quarters only, from ≤ to, at most 30 years), which name the offending field.
 */
export class HardshipQueryDto {
  @ApiProperty({ example: '2025-01', description: "First month of filing, YYYY-MM: a quarter's first month (01, 04, 07, 10)" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiProperty({ example: '2025-12', description: "Last month of filing, YYYY-MM, inclusive: a quarter's last month (03, 06, 09, 12)" })
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

  @ApiPropertyOptional({ enum: EXPORT_LANGS, description: 'Language of the CSV and workbook headers (default en)' })
  @IsOptional()
  @IsIn(EXPORT_LANGS)
  lang?: ExportLang;
}
