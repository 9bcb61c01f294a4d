/** Every code the directory refuses with (directory.refusals.ts); the directory's table test covers each one. */
export const DIRECTORY_REFUSAL_CODES = [
  // any record
  'DIRECTORY_RECORD_EXISTS',
  'DIRECTORY_RECORD_NOT_FOUND',
  'INVALID_RECORD_CODE',
  'INVALID_VALUE',
  'INVALID_PERIOD',
  // units and the tree
  'PARENT_REQUIRED',
  'UNIT_NOT_ACTIVE',
  'UNIT_CYCLE',
  'UNIT_CLOSED',
  'LEVEL_NOT_FOR_KIND',
  'LEVEL_ABOVE_PARENT',
  'DISTRICT_LEVEL_ABOLISHED',
  'SIGNING_UNIT_NOT_ANCESTOR',
  'UNIT_HAS_OPEN_CASES',
  'UNIT_HAS_ACTIVE_CHILDREN',
  // councils, terms and seats
  'COUNCIL_UNKNOWN',
  'COUNCIL_LEVEL_MISMATCH',
  'TERMS_OVERLAP',
  'TERM_NOT_FOUND',
  'DATE_OUTSIDE_TERM',
  'NO_CHAIR',
  'SEAT_HELD_TWICE',
  'MEMBER_SEATED_TWICE',
  'MEMBER_NOT_SEATED',
  // campaigns
  'CAMPAIGN_CLOSED',
  'CAMPAIGN_NOT_OPEN',
  'AWARD_NOT_OFFERED',
  'AWARD_NOT_IN_COMPETENCE',
  'COUNCIL_NOT_OF_UNIT',
  // clusters and blocs
  'LEADER_NOT_MEMBER',
  'UNIT_IN_OTHER_CLUSTER',
  // people on seats
  'SEAT_FROM_COUNCIL',
  'SEAT_OVERLAPS',
  'SEAT_NOT_FOUND',
] as const;
export type DirectoryRefusalCode = (typeof DIRECTORY_REFUSAL_CODES)[number];
