// The statistics response types live in the shared contracts, with the API that produces them.
export type {
  CountFigure,
  DistributionFigure,
  HardshipBucket,
  HardshipFigures,
  HardshipReport,
  ShareFigure,
  StatsScenario,
  StatsSplit,
  StillWaitingFigure,
  TableFigure,
  TableFigureCell,
  WaitFigure,
} from '@ct/contracts';
export { OUTCOME_KEYS, PROFESSION_NOT_RECORDED, PROFESSION_OTHER } from '@ct/contracts';
