/** What matching needs of an account: its social side. */
export interface AccountProfile {
  id: string;
  /** `network:handle` keys. */
  socialHandles: string[];
  domains: string[];
  watchKeywords: string[];
}

export interface MentionSignals {
  network: string;
  authorHandle: string;
  mentionedHandles: string[];
  urls: string[];
  text: string;
}

export interface Match {
  accountId: string;
  confidence: number;
  /** Why, strongest first: "author", "@mention", "domain", "keyword". */
  reasons: string[];
}

/**
 * How sure each kind of evidence makes us that a post is about (or by) a customer. The author being
 * one of the customer's own handles is nearly certain; naming one of their handles is strong; a
 * link to their domain is good; a keyword is the weakest (a product name can be a common word).
 */
export const SIGNAL_CONFIDENCE = { author: 0.95, mention: 0.85, domain: 0.75, keyword: 0.6 } as const;

/** Hosts a URL's domain can match: `blog.acme.example` also matches `acme.example`. */
export function domainCandidates(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of urls) {
    let host: string;
    try {
      host = new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      continue;
    }
    const parts = host.split('.');
    for (let i = 0; i < parts.length - 1; i++) out.add(parts.slice(i).join('.'));
  }
  return [...out];
}

function keywordIn(text: string, keyword: string): boolean {
  const escaped = keyword.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

/**
 * The best account for a mention, or null. Independent signals for one account combine
 * (1 − Π(1 − c)), so an author handle plus a domain beats either alone; the highest confidence
 * wins, ties going to the account with more signals, then the lower id (stable).
 */
export function bestMatch(mention: MentionSignals, accounts: readonly AccountProfile[]): Match | null {
  const network = mention.network.toLowerCase();
  const author = `${network}:${mention.authorHandle.toLowerCase()}`;
  const named = new Set(mention.mentionedHandles.map((h) => `${network}:${h.toLowerCase()}`));
  const hosts = new Set(domainCandidates(mention.urls));
  const matches: Match[] = [];
  for (const account of accounts) {
    const found: Array<[string, number]> = [];
    if (account.socialHandles.includes(author)) found.push(['author', SIGNAL_CONFIDENCE.author]);
    if (account.socialHandles.some((h) => named.has(h))) found.push(['@mention', SIGNAL_CONFIDENCE.mention]);
    if (account.domains.some((d) => hosts.has(d))) found.push(['domain', SIGNAL_CONFIDENCE.domain]);
    if (account.watchKeywords.some((k) => keywordIn(mention.text, k))) found.push(['keyword', SIGNAL_CONFIDENCE.keyword]);
    if (found.length === 0) continue;
    const miss = found.reduce((p, [, c]) => p * (1 - c), 1);
    matches.push({ accountId: account.id, confidence: Math.min(0.99, Math.round((1 - miss) * 1000) / 1000), reasons: found.map(([r]) => r) });
  }
  matches.sort((a, b) => b.confidence - a.confidence || b.reasons.length - a.reasons.length || (a.accountId < b.accountId ? -1 : 1));
  return matches[0] ?? null;
}
