import { ProgramIdSchema } from '../../program/ids.js';
import { defineItemKind } from './define.js';

/**
 * An in-person class: a program session of kind `course_class`. Only attendance completes it, and
 * attendance comes from the door's check-in (`class.attended`, made by the server, never by a learner);
 * an enrolled learner's class also joins their agenda.
 */
export const classItem = defineItemKind({
  kind: 'class',
  fields: { sessionId: ProgramIdSchema },
  events: ['item.opened', 'class.attended'],
  completes: (event) => event.kind === 'class.attended',
});
