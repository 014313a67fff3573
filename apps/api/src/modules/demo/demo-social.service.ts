import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { PeopleService } from '../people/people.service';
import { RecordsService } from '../records/records.service';
import { handleKey, handlesFromKeys } from '../records';
import { pick } from './demo-org';
import { DEMO_ANSWERS, DEMO_FOLLOW_UPS, DEMO_MENTION_TEXTS, DEMO_PERSONAS, DEMO_UNMATCHED_TEXTS, DemoIntent, DemoPersona } from './demo-personas';
import { DemoWebhooks } from './demo-webhooks.service';

const KNOWN = DEMO_PERSONAS.filter((p) => p.account !== null);
const STRANGERS = DEMO_PERSONAS.filter((p) => p.account === null);

interface DemoAccount {
  id: string;
  name: string;
  watch_keywords: string[];
  social_handles: string[];
}

interface Complaint {
  persona: DemoPersona;
  account: DemoAccount;
  externalId: string;
  answered: boolean;
}

/**
 * The demo's social stream: praise, questions and complaints about the demo customers, posted by their
 * known personas (and a few strangers) through the signed generic connector, with now and then a
 * follow-up complaint by someone who complained before. Authors are outside people, never employees.
 */
@Injectable()
export class DemoSocial {
  /** Recent complaints, newest last, for follow-ups by the same persona. */
  private readonly complaints: Complaint[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly records: RecordsService,
    private readonly people: PeopleService,
    private readonly webhooks: DemoWebhooks,
    private readonly config: AppConfig,
  ) {}

  /** A first handful right after start, so the inbox has one of each kind, an unmatched one included. */
  async starterSet(random: () => number): Promise<string[]> {
    const done: string[] = [];
    for (const intent of ['COMPLAINT', 'QUESTION', 'PRAISE', 'COMPLAINT'] as const) done.push(await this.fromPersona(random, pick(random, KNOWN), intent));
    done.push(await this.aboutNobody(random));
    return done;
  }

  /** One social event: mostly a known persona, sometimes a stranger, sometimes a follow-up complaint. */
  async mention(random: () => number): Promise<string> {
    const roll = random();
    if (roll < 0.15 && this.complaints.length > 0) return this.followUp(random);
    const waiting = this.complaints.filter((c) => !c.answered);
    if (roll < 0.35 && waiting.length > 0) return this.answer(pick(random, waiting), random);
    if (roll < 0.5) return this.fromStranger(random);
    const persona = pick(random, KNOWN);
    const intentRoll = random();
    const intent: DemoIntent = intentRoll < 0.35 ? 'PRAISE' : intentRoll < 0.65 ? 'QUESTION' : 'COMPLAINT';
    return this.fromPersona(random, persona, intent);
  }

  private async fromPersona(random: () => number, persona: DemoPersona, intent: DemoIntent): Promise<string> {
    const account = await this.accountOf(persona);
    if (!account) return `no account ${persona.account} for @${persona.handle}`;
    const externalId = await this.post(persona, pick(random, DEMO_MENTION_TEXTS[intent]).replace('{name}', account.name));
    if (intent === 'COMPLAINT' && externalId) {
      this.complaints.push({ persona, account, externalId, answered: false });
      if (this.complaints.length > 20) this.complaints.shift();
    }
    return `@${persona.handle} (${intent.toLowerCase()}) about ${account.name}`;
  }

  private async followUp(random: () => number): Promise<string> {
    const earlier = pick(random, this.complaints);
    await this.post(earlier.persona, pick(random, DEMO_FOLLOW_UPS).replace('{name}', earlier.account.name), earlier.externalId);
    return `@${earlier.persona.handle} followed up on their complaint about ${earlier.account.name}`;
  }

  /**
   * Our public answer, from the company's own handle on that network (SOCIAL_OWN_HANDLES, with handles
   * of its own in demo mode), in reply to the complaint: it stops the case's response clock, as a
   * reply through a connector does. Some complaints stay unanswered a while, so clocks also go at
   * risk and breach.
   */
  private async answer(complaint: Complaint, random: () => number): Promise<string> {
    complaint.answered = true;
    const handle = this.config.integrations.ownHandles.find((h) => h.network === complaint.persona.network)?.handle;
    if (!handle) return `no own handle on ${complaint.persona.network} to answer from`;
    const name = complaint.persona.name?.split(' ')[0] ?? complaint.persona.handle;
    const own: DemoPersona = { network: complaint.persona.network, handle, name: 'Tidings Care', followers: 18_400, verified: true, account: null };
    await this.post(own, pick(random, DEMO_ANSWERS).replace('{name}', name), complaint.externalId);
    return `we answered @${complaint.persona.handle}`;
  }

  /** A stranger: half the time about a customer by name (keyword match), else about nobody in particular. */
  private async fromStranger(random: () => number): Promise<string> {
    if (random() < 0.5) return this.aboutNobody(random);
    const persona = pick(random, STRANGERS);
    const accounts = await this.publicAccounts();
    if (accounts.length === 0) return 'no account for a stranger';
    const account = pick(random, accounts);
    await this.ensureProfile(account, null);
    const intent = pick(random, ['PRAISE', 'QUESTION', 'COMPLAINT'] as const);
    await this.post(persona, pick(random, DEMO_MENTION_TEXTS[intent]).replace('{name}', account.name));
    return `stranger @${persona.handle} (${intent.toLowerCase()}) about ${account.name}`;
  }

  private async aboutNobody(random: () => number): Promise<string> {
    const persona = pick(random, STRANGERS);
    await this.post(persona, pick(random, DEMO_UNMATCHED_TEXTS));
    return `@${persona.handle} posted about nobody in particular`;
  }

  /** Posts through the signed generic connector; the external id, or null when the connector is off. */
  private async post(persona: DemoPersona, text: string, replyToId?: string): Promise<string | null> {
    const externalId = `demo-${randomUUID()}`;
    const sent = await this.webhooks.send(
      '/api/integrations/social/generic',
      {
        externalId,
        network: persona.network,
        author: { handle: persona.handle, name: persona.name, followers: persona.followers, verified: persona.verified },
        text,
        url: `https://social.example/${persona.network}/${persona.handle}/${externalId}`,
        postedAt: new Date().toISOString(),
        lang: 'en',
        ...(replyToId ? { replyToId } : {}),
      },
      'SOCIAL_WEBHOOK_SECRET',
    );
    return sent ? externalId : null;
  }

  private async accountOf(persona: DemoPersona): Promise<DemoAccount | null> {
    const [account] = await this.db.query<DemoAccount[]>(
      `SELECT id, name, watch_keywords, social_handles FROM accounts WHERE name = $1 AND visibility = 'PUBLIC' LIMIT 1`,
      [persona.account],
    );
    if (!account) return null;
    await this.ensureProfile(account, persona);
    return account;
  }

  private publicAccounts(): Promise<DemoAccount[]> {
    return this.db.query(`SELECT id, name, watch_keywords, social_handles FROM accounts WHERE visibility = 'PUBLIC' ORDER BY id LIMIT 30`);
  }

  /**
   * The demo customers list their own name as a keyword and their people's handles, as a real admin
   * would set them up, so mentions find their account. (Profile fields write no feed activity; their
   * social cases go to the demo's default social team, Support Tier 2.)
   */
  private async ensureProfile(account: DemoAccount, persona: DemoPersona | null): Promise<void> {
    const key = persona ? handleKey(persona.network, persona.handle) : null;
    const needsKeyword = !account.watch_keywords.includes(account.name);
    const needsHandle = key !== null && !account.social_handles.includes(key);
    if (!needsKeyword && !needsHandle) return;
    const admin = await this.people.firstAdmin();
    if (!admin) return;
    const keywords = needsKeyword ? [...account.watch_keywords, account.name] : account.watch_keywords;
    const handles = needsHandle ? [...account.social_handles, key] : account.social_handles;
    await this.records.updateAccount(admin, account.id, {
      watchKeywords: keywords,
      socialHandles: handlesFromKeys(handles),
    });
    account.watch_keywords = keywords;
    account.social_handles = handles;
  }
}
