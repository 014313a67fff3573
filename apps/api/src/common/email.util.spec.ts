import { normalizeEmail } from './email.util';

describe('normalizeEmail', () => {
  it('gives every spelling of one address one key', () => {
    const plain = 'ilker@example.test';
    for (const variant of ['İlker@example.test', 'ILKER@EXAMPLE.TEST', '  ilker@example.test ', 'ｉｌｋｅｒ@example.test']) {
      expect(normalizeEmail(variant)).toBe(plain);
    }
  });

  it('keeps the dotless ı distinct: it is another letter, not a case of i', () => {
    expect(normalizeEmail('ılker@example.test')).not.toBe('ilker@example.test');
  });

  it('is stable: normalising twice changes nothing', () => {
    for (const email of ['İSTANBUL@Örnek.test', 'Straße@example.test', 'K\u212Aelvin@example.test']) {
      expect(normalizeEmail(normalizeEmail(email))).toBe(normalizeEmail(email));
    }
  });
});
