/** Same values as the contracts' URGENCIES; repeated because the domain library depends on nothing. */
export type RequestUrgency = 'low' | 'medium' | 'high' | 'urgent';
export type OfferType = 'room' | 'couch' | 'flat_share' | 'whole_flat';
export type OfferCost = 'free' | 'reduced' | 'market';

/** What a volunteer may see of a housing request: nothing that identifies the client. */
export interface HousingRequest {
  id?: string;
  region: string;
  neededFrom: string; // 'YYYY-MM-DD'
  neededUntil: string | null; // inclusive; null = open-ended
  householdSize: number;
  languages: string[];
  constraints: {
    /** The household brings pets: only a home that explicitly allows pets will do. */
    pets?: boolean;
    /** true: someone smokes (prefers a home that allows it); false: wants a smoke-free home; unset: no preference. */
    smoking?: boolean;
    /** Needs an accessible home (health-related: never explained to volunteers, see redactForVolunteer). */
    accessibility?: boolean;
  };
  urgency?: RequestUrgency;
}

export interface HousingOffer {
  id?: string;
  region: string;
  type: OfferType;
  /** Remaining beds: the caller subtracts current placements. */
  capacity: number;
  availableFrom: string; // 'YYYY-MM-DD'
  availableUntil: string | null; // inclusive; null = open-ended
  cost: OfferCost;
  languages: string[];
  houseRules: { petsAllowed?: boolean; smokingAllowed?: boolean; accessible?: boolean };
}

export type MatchCriterion =
  | 'region'
  | 'dates'
  | 'capacity'
  | 'pets'
  | 'accessibility'
  | 'language'
  | 'cost'
  | 'smoking'
  | 'needs';

export type MatchPartCode =
  | 'REGION_MISMATCH'
  | 'DATES_NO_OVERLAP'
  | 'DATES_FULL'
  | 'DATES_PARTIAL'
  | 'CAPACITY_TOO_SMALL'
  | 'CAPACITY_EXACT'
  | 'CAPACITY_SPARE'
  | 'PETS_NOT_ALLOWED'
  | 'PETS_ALLOWED'
  | 'ACCESSIBILITY_NOT_MET'
  | 'ACCESSIBILITY_MET'
  | 'NEEDS_NOT_MET'
  | 'LANGUAGE_SHARED'
  | 'LANGUAGE_NONE'
  | 'LANGUAGE_UNKNOWN'
  | 'COST_FREE'
  | 'COST_REDUCED'
  | 'COST_MARKET'
  | 'SMOKING_NO_PREFERENCE'
  | 'SMOKING_FITS'
  | 'SMOKING_CONFLICT'
  | 'SMOKING_UNKNOWN';

export type MatchPartParams = Record<string, string | number | boolean | null | string[]>;

/** One line of the explanation: English `text` for logs and the API, `code` + `params` for translation. */
export interface MatchPart {
  criterion: MatchCriterion;
  points: number;
  max: number;
  code: MatchPartCode;
  params: MatchPartParams;
  text: string;
  /** This part alone makes the match impossible. */
  blocking: boolean;
  /** Reveals something health-related about the client: redact before a volunteer sees it. */
  sensitive: boolean;
}

export interface MatchResult {
  eligible: boolean;
  /** Integer 0–100: the sum of the parts' points (0 when not eligible). */
  score: number;
  parts: MatchPart[];
}
