import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID, ValidateIf } from 'class-validator';

/** Bulk reassignment: the listed clients, or every client of one caseworker, go to another caseworker. */
export class ReassignClientsDto {
  @ApiPropertyOptional({ type: [String], description: 'client ids (at most 1000); or give fromCaseworkerId' })
  @ValidateIf((o: ReassignClientsDto) => o.fromCaseworkerId === undefined)
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  clientIds?: string[];

  @ApiPropertyOptional({ description: "move every client of this caseworker" }) @IsOptional() @IsUUID() fromCaseworkerId?: string;

  @ApiProperty() @IsUUID() caseworkerId: string;
}

/** Admins merge a duplicate into the record that stays. */
export class MergeClientsDto {
  @ApiProperty({ description: 'the record that stays' }) @IsUUID() keepId: string;
  @ApiProperty({ description: 'the duplicate: its cases, milestones, history, needs and notes move to keepId, then it is removed' }) @IsUUID() mergeId: string;
}
