import type { z } from 'zod';
import { appRouter } from '../router.js';

export interface ProcedureUnderTest {
  path: string;
  type: 'query' | 'mutation';
  /** The input parser, or undefined for a procedure without input. */
  input: z.core.$ZodType | undefined;
}

type RouterDef = { _def: { procedures: Record<string, { _def: { type: string; inputs: unknown[] } }> } };

/** Every procedure of the router, read from the router itself: a new one is fuzzed without anyone listing it. */
export function proceduresOf(router: RouterDef = appRouter as unknown as RouterDef): ProcedureUnderTest[] {
  return Object.entries(router._def.procedures).map(([path, procedure]) => {
    const { type, inputs } = procedure._def;
    if (inputs.length > 1) throw new Error(`${path} chains ${inputs.length} .input() parsers: teach src/abuse/procedures.ts to merge them`);
    if (type !== 'query' && type !== 'mutation') throw new Error(`${path} is a ${type}: teach the abuse suite to call it`);
    return { path, type, input: inputs[0] as z.core.$ZodType | undefined };
  });
}
