import { contentDisposition, displayFileName, fileNameProblem } from './file-name.util';

describe('file names', () => {
  it('refuses direction controls, control characters and paths, naming the problem', () => {
    expect(fileNameProblem('invoice\u202Efdp.exe')).toContain('U+202E');
    expect(fileNameProblem('a\u2066b.pdf')).toContain('U+2066');
    expect(fileNameProblem('a\nb.pdf')).toContain('control characters');
    expect(fileNameProblem('../etc/passwd')).toContain('path');
    expect(fileNameProblem('C:\\temp\\x.pdf')).toContain('path');
    expect(fileNameProblem('')).toContain('no file name');
    expect(fileNameProblem('Offer (final) – v2.pdf')).toBeNull();
  });

  it('cleans names for display', () => {
    expect(displayFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(displayFileName('a/b\\c')).toBe('a_b_c');
  });

  it('writes an attachment header with an ASCII fallback and the exact name (RFC 5987)', () => {
    expect(contentDisposition('Angebot “Müller”.pdf')).toBe(`attachment; filename="Angebot _M_ller_.pdf"; filename*=UTF-8''Angebot%20%E2%80%9CM%C3%BCller%E2%80%9D.pdf`);
    expect(contentDisposition('a"b;c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%3Bc.pdf`);
  });
});
