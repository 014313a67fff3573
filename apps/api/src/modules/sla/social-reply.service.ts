import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error';
import { ActivityKind } from '../../common/graphql/enums';
import { subjectKindOf } from '../../common/ids';
import { cleanText } from '../../common/text.util';
import { AccessService } from '../access/access.service';
import { Clock } from '../clock/clock.service';
import { ActivityWriter } from '../feed/activity-writer.service';
import { Employee } from '../people/entities/employee.entity';
import { Case } from '../records/entities/case.entity';
import { CASE_SPEC } from '../records';
import { RecordsService } from '../records/records.service';
import { SlaClocksService } from './sla-clocks.service';
import { SlaService } from './sla.service';

const MAX_REPLY = 10_000;
const MAX_URL = 2048;

/** Networks by host, for the activity's words; any other host is named as it is. */
const NETWORK_HOSTS: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)(x|twitter)\.com$/, 'X'],
  [/(^|\.)facebook\.com$/, 'Facebook'],
  [/(^|\.)instagram\.com$/, 'Instagram'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
];

/**
 * `logSocialReply`: an agent says on the case what they replied in public. The case gets a SYSTEM
 * activity by that agent ("Replied on X: …" and the link), and its running response clock stops,
 * in one transaction.
 */
@Injectable()
export class SocialReplyService {
  constructor(
    private readonly writer: ActivityWriter,
    private readonly access: AccessService,
    private readonly records: RecordsService,
    private readonly clocks: SlaClocksService,
    private readonly sla: SlaService,
    private readonly clock: Clock,
  ) {}

  async log(viewer: Employee, caseId: string, rawBody: string, rawUrl: string | null): Promise<Case> {
    if (subjectKindOf(caseId) !== 'CASE') throw AppError.badInput('caseId', `"${caseId}" is not a case id`);
    const body = cleanText(rawBody);
    if (body === '') throw AppError.badInput('body', 'is blank; type what was replied');
    if (body.length > MAX_REPLY) throw AppError.badInput('body', `is longer than ${MAX_REPLY} characters`);
    const url = rawUrl === null || rawUrl.trim() === '' ? null : parseUrl(rawUrl.trim());
    if (!(await this.access.canSee(viewer.id, caseId))) throw AppError.forbidden('You cannot open this case, so you cannot log a reply on it.');
    await this.writer.transaction(async (tx) => {
      const c = await this.clocks.caseForSla(tx, caseId);
      if (!c) throw AppError.forbidden('You cannot open this case, so you cannot log a reply on it.');
      await this.writer.append(tx, {
        kind: ActivityKind.SYSTEM,
        actorId: viewer.id,
        subjectId: caseId,
        relatedSubjectIds: [c.accountId, viewer.id],
        body: `Replied ${where(url)}: ${body}${url ? `\n${url.href}` : ''}`,
      });
      await this.sla.agentResponse(tx, { caseId, at: this.clock.now(), employeeId: viewer.id });
    });
    return this.records.findVisible(viewer.id, CASE_SPEC, caseId);
  }
}

function parseUrl(raw: string): URL {
  let url: URL | null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || raw.length > MAX_URL) {
    throw AppError.badInput('url', `must be an http(s) link of at most ${MAX_URL} characters, like https://x.com/acme/status/1`);
  }
  return url;
}

function where(url: URL | null): string {
  if (!url) return 'publicly';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return `on ${NETWORK_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? host}`;
}
