import type { NominationView, Task } from '../../api/types';

/** What a task's form is given: the task, its case as read, and what to do once done (a message for the person). */
export interface TaskFormProps {
  task: Task;
  nomination: NominationView;
  onDone: (message: string) => void;
}
