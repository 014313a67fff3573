import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { SocialNetwork } from '../../common/graphql/enums';
import { AppError } from '../../common/errors/app-error';

@ObjectType({ description: 'A handle of the customer, or of one of its known people, on a social network.' })
export class SocialHandle {
  @Field(() => SocialNetwork)
  network: SocialNetwork;
  @Field({ description: 'Without the leading @.' })
  handle: string;
}

@InputType()
export class SocialHandleInput {
  @Field(() => SocialNetwork)
  network: SocialNetwork;
  @Field({ description: 'Without the leading @ (one is dropped if sent).' })
  handle: string;
}

/** Stored form of a handle: `x:acme_help`, lowercase, which matching compares with `&&`. */
export function handleKey(network: string, handle: string): string {
  return `${network.toLowerCase()}:${handle.replace(/^@/, '').toLowerCase()}`;
}

export function handlesFromKeys(keys: readonly string[]): SocialHandle[] {
  return keys.map((key) => {
    const [network, ...rest] = key.split(':');
    return { network: network.toUpperCase() as SocialNetwork, handle: rest.join(':') };
  });
}

const HANDLE = /^[a-z0-9._-]{1,100}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Validates and normalises the social side of an account input; undefined fields stay undefined. */
export function socialProfileFields(input: { socialHandles?: SocialHandleInput[] | null; domains?: string[] | null; watchKeywords?: string[] | null }): {
  socialHandles?: string[];
  domains?: string[];
  watchKeywords?: string[];
} {
  const out: { socialHandles?: string[]; domains?: string[]; watchKeywords?: string[] } = {};
  if (input.socialHandles != null) {
    if (input.socialHandles.length > 50) throw AppError.badInput('socialHandles', 'at most 50 handles');
    out.socialHandles = [
      ...new Set(
        input.socialHandles.map((h, i) => {
          const handle = h.handle.trim().replace(/^@/, '').toLowerCase();
          if (!HANDLE.test(handle)) throw AppError.badInput('socialHandles', `handle ${i + 1} ("${h.handle}") must be letters, digits, ".", "_" or "-"`);
          return handleKey(h.network, handle);
        }),
      ),
    ];
  }
  if (input.domains != null) {
    if (input.domains.length > 50) throw AppError.badInput('domains', 'at most 50 domains');
    out.domains = [
      ...new Set(
        input.domains.map((d) => {
          const domain = d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
          if (!DOMAIN.test(domain)) throw AppError.badInput('domains', `"${d}" is not a domain like example.com`);
          return domain;
        }),
      ),
    ];
  }
  if (input.watchKeywords != null) {
    if (input.watchKeywords.length > 50) throw AppError.badInput('watchKeywords', 'at most 50 keywords');
    out.watchKeywords = [
      ...new Set(
        input.watchKeywords.map((k) => {
          const keyword = k.trim().replace(/\s+/g, ' ');
          if (keyword.length < 2 || keyword.length > 100) throw AppError.badInput('watchKeywords', `"${k}" must be 2 to 100 characters`);
          return keyword;
        }),
      ),
    ];
  }
  return out;
}
