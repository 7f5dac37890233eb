// The baseline for `bench api`: a bare Fastify hello-world on the same machine, run as its own
// process like the app (started by bench/api.ts; PORT and HOST from the environment). With
// BENCH_DATABASE_URL it also answers GET /db with one `select 1` through a pg pool of the app's
// default size: the floor cost of one database round trip, for reading the app's figures.
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

const dbUrl = process.env.BENCH_DATABASE_URL;
const pool = dbUrl ? new pg.Pool({ connectionString: dbUrl, max: 10 }) : null;
if (pool)
  app.get('/db', async () => {
    const { rows } = await pool.query<{ one: number }>('select 1 as one');
    return { one: rows[0]?.one };
  });

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
await app.listen({ port, host });
process.stdout.write(`bare fastify listening on http://${host}:${port}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void app
      .close()
      .then(() => pool?.end())
      .then(() => process.exit(0));
  });
