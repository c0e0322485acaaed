/**
 * The callers the abuse suite speaks as: anonymous, each demo role by browser session, and an API token
 * with every scope. Fuzzed mutations may sign a caller out, deactivate them, lock their account or revoke
 * the token; `heal()` notices and puts each caller back (writing the database directly where the API cannot).
 */
import { tokenScopes } from '@gorod/domain';
import { DEMO_PASSWORD, demoAccounts } from '../auth/demo-accounts.js';
import type { Agent } from '../testing/agent.js';
import type { TestServer } from '../testing/test-server.js';

export const callerNames = ['anonymous', 'learner', 'instructor', 'organizer', 'token'] as const;
export type CallerName = (typeof callerNames)[number];

const sessionEmails = {
  learner: 'learner@example.org',
  instructor: 'instructor@example.org',
  organizer: 'organizer@example.org',
} as const satisfies Record<string, (typeof demoAccounts)[number]['email']>;
type SessionCaller = keyof typeof sessionEmails;
const rolesOf = (name: SessionCaller) => [...demoAccounts.find((a) => a.email === sessionEmails[name])!.roles].sort();

// Heal sign-ins come from their own address, so fuzzed failures never throttle them.
const HEAL_ADDRESS = '192.0.2.1';

export class CallerPool {
  private sessions = {} as Record<SessionCaller, Agent>;
  private tokenSecret = '';
  heals = 0;

  constructor(private readonly api: TestServer) {}

  async start(): Promise<this> {
    for (const name of Object.keys(sessionEmails) as SessionCaller[]) await this.signIn(name);
    await this.newToken();
    return this;
  }

  /** The agent for one call. Anonymous and token callers are fresh each time, so no session cookie sticks to them. */
  agent(name: CallerName): Agent {
    if (name === 'anonymous') return this.api.agent();
    if (name === 'token') return this.api.agent(this.tokenSecret);
    return this.sessions[name];
  }

  /** Puts back every caller a fuzzed mutation may have changed: signed out, someone else, deactivated, locked. */
  async heal(): Promise<void> {
    for (const name of Object.keys(sessionEmails) as SessionCaller[]) {
      const me = await this.sessions[name].call('auth.me', 'query');
      if (me.status !== 200 || me.body.result.data.email !== sessionEmails[name]) await this.signIn(name);
      else if (me.body.result.data.roles.join() !== rolesOf(name).join()) await this.restoreRoles(name, me.body.result.data.id);
    }
    if ((await this.api.agent(this.tokenSecret).call('auth.me', 'query')).status !== 200) await this.newToken();
  }

  private async signIn(name: SessionCaller): Promise<void> {
    const email = sessionEmails[name];
    const db = this.api.server.db;
    await db.updateTable('users').set({ deactivated_at: null }).where('email', '=', email).execute();
    await db.deleteFrom('sign_in_failures').where('key', 'in', [`account:${email}`, `address:${HEAL_ADDRESS}`]).execute();
    const agent = this.api.agent();
    agent.headers['x-forwarded-for'] = HEAL_ADDRESS;
    await agent.signIn(email, DEMO_PASSWORD);
    agent.headers = {};
    this.sessions[name] = agent;
    this.heals += 1;
  }

  private async restoreRoles(name: SessionCaller, userId: string): Promise<void> {
    const db = this.api.server.db;
    await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    await db.insertInto('user_roles').values(rolesOf(name).map((role) => ({ user_id: userId, role }))).execute();
    this.heals += 1;
  }

  private async newToken(): Promise<void> {
    const created = await this.sessions.learner.client.tokens.create.mutate({ name: 'abuse suite', scopes: [...tokenScopes] });
    this.tokenSecret = created.secret;
  }
}
