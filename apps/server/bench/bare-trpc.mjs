// (b) The framework's floor: the same host stack as Gorod (Fastify + @trpc/server's fastify adapter),
// one procedure, no error formatter, no middleware, no context — running Gorod's own `listCities`
// (Kysely, same dialect and pragmas via createDb) with Gorod's own input schema on the same DB file.
// Anything Gorod costs above this is Gorod's context, middleware, error handling and router size.
// env: DATABASE_URL (sqlite:<file>), PORT (0 = any free port). Prints `ready <port>` once listening.
import { setFlagsFromString } from 'node:v8';
import { createDb, listCities } from '@gorod/db';
import { apiPath, CityListInputSchema } from '@gorod/domain';
import { initTRPC } from '@trpc/server';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';

const db = createDb({ url: process.env.DATABASE_URL });
const t = initTRPC.create();
const router = t.router({
  cities: t.router({
    list: t.procedure.input(CityListInputSchema).query(({ input }) => listCities(db, input)),
  }),
});

const app = Fastify({ logger: false, routerOptions: { maxParamLength: 5000 } });
await app.register(fastifyTRPCPlugin, { prefix: apiPath, trpcOptions: { router } });
// The same V8 heap policy as Gorod's main.ts sets when serving, so the comparison is of code, not GC settings.
setFlagsFromString('--optimize-for-size');
await app.listen({ port: Number(process.env.PORT || 0), host: '127.0.0.1' });
console.log(`ready ${app.server.address().port}`);

const stop = async () => {
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
