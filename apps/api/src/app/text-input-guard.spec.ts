import { parse } from 'graphql';
import { badTextIn } from './text-input-guard';

describe('text input guard', () => {
  const doc = parse('mutation($e: String!, $i: PostInput!) { login(email: $e, password: "ok") { token } post(input: $i) { id } }');

  it('names the argument a variable fills, and the input field inside it', () => {
    expect(badTextIn(doc, { e: 'a\u0000b', i: { subjectId: 'acc_1', body: 'fine' } })).toBe('email');
    expect(badTextIn(doc, { e: 'a@b.test', i: { subjectId: 'acc_1', body: 'half \ud83d' } })).toBe('input.body');
    expect(badTextIn(doc, { e: 'a@b.test', i: { subjectId: 'acc_1', body: 'whole \ud83d\ude00 and é' } })).toBeNull();
  });

  it('checks literals in the document, inside input objects and lists too', () => {
    expect(badTextIn(parse('{ topic(name: "x\\u0000") { id } }'), {})).toBe('name');
    expect(badTextIn(parse('mutation { createTeam(input: { name: "T", handle: "t", memberIds: ["a", "\\u0000"] }) { id } }'), {})).toBe('input.memberIds');
    expect(badTextIn(parse('query($n: String = "\\u0000") { topic(name: $n) { id } }'), {})).toBe('n');
  });
});
