import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logger';
import {
  AccountTier,
  CasePriority,
  CaseStatus,
  DealStage,
  DocumentStatus,
  Role,
  Visibility,
} from '../../common/graphql/enums';
import { FeedDispatcher } from '../feed/feed-dispatcher.service';
import { FollowsService } from '../follows/follows.service';
import { Employee } from '../people/entities/employee.entity';
import { PeopleService } from '../people/people.service';
import { Account } from '../records/entities/account.entity';
import { Deal } from '../records/entities/deal.entity';
import { RecordsService } from '../records/records.service';
import { DemoActions } from './demo-actions.service';
import {
  CASE_SUBJECTS,
  DEAL_NAMES,
  DEMO_ACCOUNTS,
  DEMO_DOMAIN,
  DEMO_EMPLOYEES,
  DEMO_PASSWORD,
  DEMO_TEAMS,
  DOCUMENT_TITLES,
  DemoTeamKey,
  pick,
  seededRandom,
} from './demo-org';
import { Progress } from './progress';

const COUNTS = { deals: 60, cases: 40, documents: 20, history: 40 };

/** Seeds the demo org once, on the first demo start, through the same services as the API. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly people: PeopleService,
    private readonly records: RecordsService,
    private readonly follows: FollowsService,
    private readonly actions: DemoActions,
    private readonly dispatcher: FeedDispatcher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const accounts = await this.db.getRepository(Account).count();
    if (accounts > 0) {
      this.logger.info({ accounts }, 'demo org already seeded');
      return false;
    }
    await this.seed();
    return true;
  }

  private async seed(): Promise<void> {
    const random = seededRandom(20261123);
    const total = DEMO_TEAMS.length + DEMO_EMPLOYEES.length + DEMO_ACCOUNTS.length + COUNTS.deals + COUNTS.cases + COUNTS.documents + DEMO_EMPLOYEES.length + COUNTS.history;
    const progress = new Progress('Seeding demo org', total);

    const teams = new Map<DemoTeamKey, string>();
    for (const team of DEMO_TEAMS) {
      teams.set(team.key, (await this.people.createTeam({ name: team.name, handle: team.handle })).id);
      progress.tick(`team ${team.name}`);
    }
    const staff: Array<Employee & { team: DemoTeamKey }> = [];
    for (const e of DEMO_EMPLOYEES) {
      const employee = await this.people.createEmployee({
        email: `${e.handle}@${DEMO_DOMAIN}`,
        name: e.name,
        handle: e.handle,
        title: e.title,
        password: DEMO_PASSWORD,
        role: Role.MEMBER,
        teamIds: [teams.get(e.team) as string],
      });
      staff.push({ ...employee, team: e.team });
      progress.tick(`employee ${e.name}`);
    }
    const of = (team: DemoTeamKey) => staff.filter((e) => e.team === team);

    const accounts: Account[] = [];
    for (const a of DEMO_ACCOUNTS) {
      const owner = pick(random, of('sales'));
      const account = await this.records.createAccount(owner, {
        name: a.name,
        industry: a.industry,
        tier: pick(random, Object.values(AccountTier)),
        visibility: a.private ? Visibility.PRIVATE : Visibility.PUBLIC,
        owningTeamId: a.private ? teams.get('sales') : undefined,
      });
      accounts.push(account);
      progress.tick(`account ${a.name}`);
    }
    const childVisibility = (account: Account) => account.visibility;
    const ownerOf = (id: string) => staff.find((s) => s.id === id) ?? staff[0];

    const deals: Deal[] = [];
    for (let i = 0; i < COUNTS.deals; i++) {
      const account = accounts[i % accounts.length];
      const dealName = i < accounts.length ? DEAL_NAMES[0] : pick(random, DEAL_NAMES.slice(1));
      const name = `${shortName(account.name)} ${dealName}`;
      const deal = await this.records.createDeal(ownerOf(account.ownerId), {
        accountId: account.id,
        name,
        stage: i === 0 ? DealStage.NEGOTIATION : pick(random, Object.values(DealStage).slice(0, 4)),
        amount: Math.round((5_000 + random() * 245_000) / 500) * 500,
        closeDate: futureDate(random),
        visibility: childVisibility(account),
      });
      deals.push(deal);
      progress.tick(`deal ${name}`);
    }
    for (let i = 0; i < COUNTS.cases; i++) {
      const account = pick(random, accounts);
      const subject = pick(random, CASE_SUBJECTS);
      // Support engineers are not in the sales team that private accounts belong to.
      const creator = account.visibility === Visibility.PRIVATE ? ownerOf(account.ownerId) : pick(random, of('support'));
      await this.records.createCase(creator, {
        accountId: account.id,
        subject,
        status: pick(random, [CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.PENDING_CUSTOMER]),
        priority: pick(random, Object.values(CasePriority)),
        visibility: childVisibility(account),
      });
      progress.tick(`case ${subject}`);
    }
    for (let i = 0; i < COUNTS.documents; i++) {
      const deal = deals[(i * 3) % deals.length];
      const doc = pick(random, DOCUMENT_TITLES);
      const title = `${deal.name} ${doc.title}`;
      const creator = deal.visibility === Visibility.PRIVATE ? ownerOf(deal.ownerId) : pick(random, of('solutions'));
      await this.records.createDocument(creator, {
        title,
        kind: doc.kind as never,
        dealId: deal.id,
        status: pick(random, [DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW]),
        visibility: deal.visibility,
      });
      progress.tick(`document ${title}`);
    }

    const publicAccounts = accounts.filter((a) => a.visibility === Visibility.PUBLIC);
    for (const employee of staff) {
      for (let k = 0; k < 4; k++) await this.follows.follow(employee.id, pick(random, publicAccounts).id);
      await this.follows.follow(employee.id, pick(random, staff.filter((s) => s.id !== employee.id)).id);
      progress.tick(`follows of ${employee.name}`);
    }
    // Ana, the rep of the story, follows Acme Renewal and Globex.
    await this.follows.follow(staff[0].id, deals[0].id);
    await this.follows.follow(staff[0].id, accounts[1].id);

    for (let i = 0; i < COUNTS.history; i++) {
      await this.actions.doSomething(random);
      progress.tick('history');
    }
    await this.dispatcher.drainNow();
    progress.finish(
      `${DEMO_EMPLOYEES.length} employees in ${DEMO_TEAMS.length} teams, ${accounts.length} accounts, ${COUNTS.deals} deals, ${COUNTS.cases} cases, ${COUNTS.documents} documents`,
    );
  }
}

/** "Acme Corp" → "Acme", "Los Pollos Hermanos" stays whole: how reps name their deals. */
function shortName(accountName: string): string {
  return accountName.replace(/\s+(Corp|Inc|& Co|Company|Bank|Foods|Labs|Systems|Imports|Logistics|Trading|Airlines|Brewing|Energy|Health|Confectionery|Dynamic|Industries|Worldwide)$/, '');
}

function futureDate(random: () => number): string {
  const date = new Date(Date.now() + Math.floor(15 + random() * 200) * 86_400_000);
  return date.toISOString().slice(0, 10);
}
