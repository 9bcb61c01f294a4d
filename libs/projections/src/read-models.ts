import { CampaignRecord } from './directory/campaign.entity';
import { CouncilRecord } from './directory/council.entity';
import { UnitRecord } from './directory/unit.entity';
import { CreateReadModels1763900000100 } from './migrations/1763900000100-create-read-models';
import { RulesDirectoryQueue1764000000000 } from './migrations/1764000000000-rules-directory-queue';
import { ProjectionCheckpoints1764100000100 } from './migrations/1764100000100-projection-checkpoints';
import { InboxPartitionIndexes1764200000000 } from './migrations/1764200000000-inbox-partition-indexes';
import { DirectoryEventSourced1764300000000 } from './migrations/1764300000000-directory-event-sourced';
import { DocumentChunks1764400000000 } from './migrations/1764400000000-document-chunks';
import { DocumentTemplates1764500000000 } from './migrations/1764500000000-document-templates';
import { CaseNumbers1764510000000 } from './migrations/1764510000000-case-numbers';
import { PaperworkDrafts1764520000000 } from './migrations/1764520000000-paperwork-drafts';
import { Initiatives1764600000000 } from './migrations/1764600000000-initiatives';
import { InboxHeldTasks1764700000000 } from './migrations/1764700000000-inbox-held-tasks';
import { ClusterScoring1764800000000 } from './migrations/1764800000000-cluster-scoring';
import { ReportFacts1764810000000 } from './migrations/1764810000000-report-facts';
import { CampaignRegistrations1764805000000 } from './migrations/1764805000000-campaign-registrations';
import { NominationView } from './nominations/nomination.entity';
import { CasesProjection } from './cases/cases.projection';
import { BulkFilingsProjection } from './bulk/bulk-filings.projection';
import { DirectoryProjection } from './directory/directory.projection';
import { InitiativesProjection } from './initiatives/initiatives.projection';
import { ReportFactsProjection } from './reports/report-facts.projection';
import { ClusterScoringsProjection } from './cluster-scoring/cluster-scorings.projection';
import { RegistrationsProjection } from './campaigns/registrations.projection';

export const READ_MODEL_ENTITIES = [NominationView, CouncilRecord, UnitRecord, CampaignRecord];
export const READ_MODEL_MIGRATIONS = [
  CreateReadModels1763900000100,
  RulesDirectoryQueue1764000000000,
  ProjectionCheckpoints1764100000100,
  InboxPartitionIndexes1764200000000,
  DirectoryEventSourced1764300000000,
  DocumentChunks1764400000000,
  DocumentTemplates1764500000000,
  CaseNumbers1764510000000,
  PaperworkDrafts1764520000000,
  Initiatives1764600000000,
  InboxHeldTasks1764700000000,
  ClusterScoring1764800000000,
  CampaignRegistrations1764805000000,
  ReportFacts1764810000000,
];

/** Every read model written in the append's own transaction (docs/architecture.md §2). */
export function inlineProjections() {
  return [
    new CasesProjection(),
    new BulkFilingsProjection(),
    new DirectoryProjection(),
    new InitiativesProjection(),
    new ReportFactsProjection(),
    new ClusterScoringsProjection(),
    new RegistrationsProjection(),
  ];
}
