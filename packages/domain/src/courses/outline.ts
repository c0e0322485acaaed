import { z } from 'zod';
import { InstantSchema } from '../program/ids.js';
import { localizedTextInput } from '../program/localized-text.js';
import { CourseRecordIdSchema } from './ids.js';
import { ItemSchema } from './items/index.js';

/**
 * When a module opens to a learner: always; once module `moduleId` (an earlier one) is completed; from an
 * instant; or once the in-person class `itemId` (a class item of an earlier module) was attended.
 */
export const UnlockRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always') }),
  z.strictObject({ kind: z.literal('after_module'), moduleId: CourseRecordIdSchema }),
  z.strictObject({ kind: z.literal('from_date'), at: InstantSchema }),
  z.strictObject({ kind: z.literal('after_class'), itemId: CourseRecordIdSchema }),
]);
export type UnlockRule = z.infer<typeof UnlockRuleSchema>;

export const maxModules = 50;
export const maxItemsPerModule = 100;

export const ModuleSchema = z.strictObject({
  id: CourseRecordIdSchema,
  title: localizedTextInput({ max: 300 }),
  unlock: UnlockRuleSchema.default({ kind: 'always' }),
  items: z.array(ItemSchema).max(maxItemsPerModule),
});
export type Module = z.infer<typeof ModuleSchema>;

/**
 * A version's content: modules in order, each with items in order. Ids are unique across the outline,
 * and an unlock rule may only point back (to an earlier module, or to a class item of one), so no
 * module can wait on itself.
 */
export const OutlineSchema = z
  .strictObject({ modules: z.array(ModuleSchema).max(maxModules) })
  .superRefine((outline, ctx) => {
    const seen = new Set<string>();
    const earlierModules = new Set<string>();
    const earlierClasses = new Set<string>();
    outline.modules.forEach((module, m) => {
      if (seen.has(module.id)) ctx.addIssue({ code: 'custom', message: 'Each id is used once in a course', path: ['modules', m, 'id'] });
      seen.add(module.id);
      const rule = module.unlock;
      if (rule.kind === 'after_module' && !earlierModules.has(rule.moduleId)) {
        ctx.addIssue({ code: 'custom', message: 'A module can wait only for an earlier module', path: ['modules', m, 'unlock', 'moduleId'] });
      }
      if (rule.kind === 'after_class' && !earlierClasses.has(rule.itemId)) {
        ctx.addIssue({ code: 'custom', message: 'A module can wait only for a class of an earlier module', path: ['modules', m, 'unlock', 'itemId'] });
      }
      module.items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: 'Each id is used once in a course', path: ['modules', m, 'items', i, 'id'] });
        seen.add(item.id);
      });
      earlierModules.add(module.id);
      for (const item of module.items) if (item.kind === 'class') earlierClasses.add(item.id);
    });
  });
export type Outline = z.infer<typeof OutlineSchema>;
export type OutlineInput = z.input<typeof OutlineSchema>;

/** Every item of an outline with its module, in reading order. */
export function outlineItems(outline: Outline): Array<{ module: Module; item: Module['items'][number] }> {
  return outline.modules.flatMap((module) => module.items.map((item) => ({ module, item })));
}
