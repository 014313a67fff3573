import { bestMatch, domainCandidates } from './social-matcher';

const acme = { id: 'acc_a', socialHandles: ['x:acme'], domains: ['acme.example'], watchKeywords: ['Roadrunner'] };
const globex = { id: 'acc_g', socialHandles: ['x:globex', 'facebook:1001'], domains: ['globex.example'], watchKeywords: ['hammock'] };
const base = { network: 'x', authorHandle: 'someone', mentionedHandles: [], urls: [], text: 'hello' };

describe('matching a mention to a customer', () => {
  it('prefers the author handle over a keyword', () => {
    const m = bestMatch({ ...base, authorHandle: 'globex', text: 'our roadrunner order' }, [acme, globex]);
    expect(m).toEqual({ accountId: 'acc_g', confidence: 0.95, reasons: ['author'] });
  });

  it('matches an @mention, a domain in a link and a whole-word keyword', () => {
    expect(bestMatch({ ...base, mentionedHandles: ['acme'] }, [acme, globex])?.accountId).toBe('acc_a');
    expect(bestMatch({ ...base, urls: ['https://shop.globex.example/cart'] }, [acme, globex])?.reasons).toEqual(['domain']);
    expect(bestMatch({ ...base, text: 'my new Hammock!' }, [acme, globex])?.accountId).toBe('acc_g');
    expect(bestMatch({ ...base, text: 'hammocks' }, [acme, globex])).toBeNull();
  });

  it('combines signals for one account and keeps handles to their network', () => {
    const m = bestMatch({ ...base, mentionedHandles: ['acme'], urls: ['https://acme.example'] }, [acme]);
    expect(m?.confidence).toBeGreaterThan(0.85);
    expect(bestMatch({ ...base, network: 'facebook', authorHandle: 'acme' }, [acme])).toBeNull();
  });

  it('lists parent domains of a link', () => {
    expect(domainCandidates(['https://www.a.b.example/x', 'not a url'])).toEqual(['a.b.example', 'b.example']);
  });
});
