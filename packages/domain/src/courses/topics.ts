import { z } from 'zod';

/**
 * The forum's topics a course belongs to: опорные населённые пункты, малые города, креативная экономика,
 * туризм, ИИ в муниципальном управлении. Names for people live in the portal's catalogues
 * (`courses.topic.<id>`), so the ids stay stable for third parties.
 */
export const courseTopics = ['support_settlements', 'small_towns', 'creative_economy', 'tourism', 'ai_in_government'] as const;
export const CourseTopicSchema = z.enum(courseTopics);
export type CourseTopic = z.infer<typeof CourseTopicSchema>;
