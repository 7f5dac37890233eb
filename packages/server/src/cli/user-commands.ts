import { formatIssues, makeScope, ROLES, SCOPE_LEVELS, UserCreate } from '@sigap/domain';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../features/audit/audit-log.js';
import { createUser } from '../features/identity/users-service.js';
import { institutions } from '../features/institutions/schema.js';
import { say, withContext } from './run.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter, Ctrl-D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function userCommands(program: Command) {
  program
    .command('user')
    .description('Users')
    .command('add')
    .description('Create a user; the password is read from standard input')
    .requiredOption('--email <email>')
    .requiredOption('--name <full name>')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .requiredOption('--institution <code>', 'institution code, e.g. KEMENPPPA')
    .option(
      '--scope <scope>',
      `${SCOPE_LEVELS.join(' | ')}[:region code], e.g. province:33`,
      'national',
    )
    .option('--no-must-change-password', 'do not ask for a new password at first sign-in')
    .action(
      async (opts: {
        email: string;
        name: string;
        role: string;
        institution: string;
        scope: string;
        mustChangePassword: boolean;
      }) => {
        const password = await readStdin();
        const [level, region] = opts.scope.split(':');
        await withContext(async (ctx) => {
          const [inst] = await ctx.database.db
            .select({ id: institutions.id })
            .from(institutions)
            .where(eq(institutions.code, opts.institution.toUpperCase()));
          if (!inst) throw new Error(`unknown institution code ${opts.institution}`);
          const parsed = UserCreate.safeParse(
            {
              email: opts.email,
              fullName: opts.name,
              role: opts.role,
              institutionId: inst.id,
              scopeLevel: level,
              scopeRegionCode: region ?? null,
              password,
              mustChangePassword: opts.mustChangePassword,
            },
            { reportInput: true },
          );
          if (!parsed.success) {
            const lines = formatIssues(parsed.error.issues as never, 'en').map(
              (f) => `  ${f.path}: ${f.message}`,
            );
            throw new Error(`invalid user:\n${lines.join('\n')}`);
          }
          makeScope(parsed.data.scopeLevel, parsed.data.scopeRegionCode);
          const user = await createUser(ctx, null, SYSTEM_ACTOR, parsed.data);
          say(
            `created ${user.email} (${user.role}, ${user.scope.level}${user.scope.regionCode ? ` ${user.scope.regionCode}` : ''})`,
          );
        });
      },
    );
}
