import { buildDraft, createChecker, parseMessage, parsePolicy, type Checker } from '../../src/core';
import { DIRECTORY, P } from './rules/support/council';
import { checker, chat, email } from './rules/support/table';

/**
 * Which sentences named-employee-criticism's scorer is asked about: a sentence must point to a
 * member of staff the roster knows. These check the gate itself, whatever the learned weights
 * say, so they hold when the model is retrained.
 */
function accepted(message: Parameters<typeof parseMessage>[0], by: Checker = checker): string[] {
  const parsed = parseMessage(message);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const draft = buildDraft(parsed.value);
  const { units, masks } = by.gateMasks(draft);
  const mask = masks.get('named-employee-criticism');
  if (!(mask instanceof Uint8Array)) throw new Error(`expected a sentence mask, got ${String(mask)}`);
  return units.filter((_, k) => mask[k] === 1).map((u) => draft.text.slice(u.span.start, u.span.end).trim());
}

/** The test council with a second Baker on its staff: "Mr Baker" is then two people, and no surname alone says which. */
const twoBakers = (() => {
  const parsed = parsePolicy({ schemaVersion: 1, directory: { ...DIRECTORY, people: [...(DIRECTORY.people ?? []), { name: 'Tom Baker', email: 'tom.baker@glanrafon.gov.uk', role: 'officer' }] } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return createChecker(parsed.value);
})();

describe('named-employee-criticism: the sentences its scorer reads', () => {
  test('a title and a surname two officers share still points to a member of staff, in that sentence and the next, and not before it', () => {
    const got = accepted(
      email({ from: P.helen, to: [{ name: 'Resident', email: 'resident@example.com' }], subject: 'Rent', body: 'The rent office was shut again on Monday morning. Mr Baker has made a complete hash of the arrears. Nothing has happened for a year.' }),
      twoBakers,
    );
    expect(got).toContain('Mr Baker has made a complete hash of the arrears.');
    expect(got).toContain('Nothing has happened for a year.');
    expect(got).not.toContain('The rent office was shut again on Monday morning.');
  });

  test('a first name that is part of a place ("Rose Lane") points to no member of staff; the name alone still does', () => {
    const place = accepted(email({ from: P.helen, to: [P.mererid], subject: 'Potholes', body: 'The potholes on Rose Lane are a disgrace and nothing has been done for a year.' }));
    expect(place).toEqual([]);
    expect(accepted(chat({ from: P.helen, to: [P.mererid], body: "Mae'r tyllau ar Heol Owain yn warthus a does neb wedi gwneud dim ers blwyddyn." }))).toEqual([]);
    const person = accepted(email({ from: P.helen, to: [P.mererid], subject: 'Potholes', body: 'Rose has done nothing about the potholes for a year, which is a disgrace.' }));
    expect(person).toContain('Rose has done nothing about the potholes for a year, which is a disgrace.');
  });

  test('a one-word remark after a sentence naming an officer is read; a greeting is not', () => {
    const got = accepted(email({ from: P.helen, to: [P.mererid], subject: 'Canteen', body: 'Mr Baker,\n\nSaw Rose Baker in the canteen at eleven again. Useless.\n\nHelen' }));
    expect(got).toContain('Useless.');
    expect(got).not.toContain('Mr Baker,');
  });

  test('"you" in a councillor\'s message to a member of staff points to that officer', () => {
    const got = accepted(email({ from: P.helen, to: [P.rose], subject: 'Rent arrears', body: 'Rose,\n\nYou have made a complete hash of the Jenkins tenancy from start to finish.\n\nHelen' }));
    expect(got).toContain('You have made a complete hash of the Jenkins tenancy from start to finish.');
  });

  test('"you" to a resident or a contractor points to no member of staff', () => {
    expect(accepted(email({ from: P.helen, to: [P.resident], subject: 'Your complaint', body: 'You have made a complete hash of the form, I am afraid.' }))).toEqual([]);
    expect(accepted(email({ from: P.helen, to: [P.contractor], subject: 'Works', body: 'You have made a complete hash of the resurfacing.' }))).toEqual([]);
  });

  test('an officer copied in (not written to) is not "you"', () => {
    expect(accepted(email({ from: P.helen, to: [P.leader], cc: [P.rose], subject: 'Arrears', body: 'You have made a complete hash of the Jenkins tenancy.' }))).toEqual([]);
  });

  test('a full name written without capitals still names the officer', () => {
    const got = accepted(chat({ from: P.helen, to: [P.leader], body: 'honestly rose baker has lost the plot with the Jenkins file' }));
    expect(got).toEqual(['honestly rose baker has lost the plot with the Jenkins file']);
  });

  test('lower-case words that are no one\'s full name name nobody', () => {
    expect(accepted(chat({ from: P.helen, to: [P.leader], body: 'honestly the rose garden has lost the plot this year' }))).toEqual([]);
  });

  test('a surname only one member of staff has names them', () => {
    const got = accepted(chat({ from: P.helen, to: [P.leader], body: 'Baker has made a pig\'s ear of the Jenkins file again.' }));
    expect(got).toEqual(["Baker has made a pig's ear of the Jenkins file again."]);
  });

  test('a surname a councillor shares, or that no one has, names nobody', () => {
    // Shaw is Cllr Helen Shaw's surname; Jenkins is no one's on the roster.
    expect(accepted(chat({ from: P.catrin, to: [P.leader], body: 'Shaw has made a pig\'s ear of the Jenkins file again.' }))).toEqual([]);
    expect(accepted(chat({ from: P.helen, to: [P.leader], body: 'Jenkins has made a pig\'s ear of the file again.' }))).toEqual([]);
  });

  test('a first name carries into the sentences after it, as a full name does', () => {
    const got = accepted(chat({ from: P.helen, to: [P.leader], body: 'Mererid finally got back to me about the minutes. Three lines. Honestly that woman could not care less about any of it.' }));
    expect(got).toContain('Honestly that woman could not care less about any of it.');
  });

  test('a first name without a capital counts when the author writes without capitals', () => {
    const body = 'sent from my phone. mererid told the family they were not a priority. mererid has no manners whatsoever';
    expect(accepted(chat({ from: P.helen, to: [P.leader], body }))).toContain('mererid has no manners whatsoever');
    // Written with capitals, a lower-case "rose" is a flower, not Rose Baker.
    expect(accepted(chat({ from: P.helen, to: [P.leader], body: 'The garden is lovely. The rose by the gate has died again. It was a poor choice.' }))).toEqual([]);
  });

  test('an officer writing is never gated in, whoever they write to', () => {
    const parsed = parseMessage(email({ from: P.rose, to: [P.declan], subject: 'Rota', body: 'You have made a complete hash of the rota.' }));
    if (!parsed.ok) throw new Error('does not parse');
    const mask = checker.gateMasks(buildDraft(parsed.value)).masks.get('named-employee-criticism');
    expect(mask instanceof Uint8Array ? [...mask] : mask).toEqual([0]);
  });
});
