import { Module } from '@nestjs/common';
import { CouncilModule } from '../council/council.module';
import { PaperworkModule } from '../paperwork/paperwork.module';
import { InboxService } from './inbox.service';
import { SavedViews } from './saved-views.service';
import { TaskCompletion } from './task-completion.service';
import { TaskHandover } from './task-handover.service';
import { TaskHolders } from './task-holders';
import { TasksController } from './tasks.controller';

/** The reviewers' inbox and its saved views; a task's actions are Updates on its case. */
@Module({
  imports: [CouncilModule, PaperworkModule],
  controllers: [TasksController],
  providers: [InboxService, SavedViews, TaskCompletion, TaskHolders, TaskHandover],
})
export class TasksModule {}
