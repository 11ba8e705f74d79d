import type { Party } from '../directory/directory-index';
import { defineRule, type RawFinding, type RuleContext } from './rule-types';
import { bodyEvidence, isCouncillor, isOfficerLike, nameOf, recipientEvidence } from './helpers';

/**
 * An officer copying one councillor's correspondence to another without the first
 * knowing. Reads roles and structure, not words: who wrote the quoted thread, who
 * the new message goes to, and who is hidden in Bcc.
 */
export const silentCopy = defineRule({
  header: {
    id: 'silent-copy',
    title: { en: 'Silent copy to a councillor', cy: "Copi distaw i gynghorydd" },
    defaultSeverity: 'warn',
    ground: {
      en: 'Correspondence between a councillor and an officer is not copied to another councillor unless the original councillor is told. There are no "silent copies".',
      cy: "Nid yw gohebiaeth rhwng cynghorydd a swyddog yn cael ei chopïo at gynghorydd arall heb ddweud wrth y cynghorydd gwreiddiol. Does dim \"copïau distaw\".",
    },
    sources: ['001'],
    messages: {
      bcc: {
        en: '{who} is in Bcc, so {author} will not know another councillor has seen this. Copy openly, or not at all.',
        cy: "Mae {who} yn Bcc, felly fydd {author} ddim yn gwybod bod cynghorydd arall wedi gweld hyn. Copïwch yn agored, neu ddim o gwbl.",
      },
      forward: {
        en: "This passes {author}'s correspondence to {who} without {author} seeing it. Add {author} to Cc or tell them you have shared it.",
        cy: "Mae hyn yn rhannu gohebiaeth {author} gyda {who} heb i {author} ei gweld. Ychwanegwch {author} at Cc neu dywedwch wrthyn nhw eich bod wedi'i rhannu.",
      },
    },
    lists: {},
  },
  check(ctx: RuleContext): RawFinding<'bcc' | 'forward'>[] {
    const { draft, directory, sender, recipients } = ctx;
    // The protocol binds officers (and clerks); a councillor sharing their own mail is another matter.
    if (!isOfficerLike(sender) || isCouncillor(sender)) return [];

    // The councillors whose correspondence this is: authors of the quoted thread, and the
    // councillor an officer's quoted message was written to.
    // Each quoted author is looked up once: a pasted thread of thousands of header blocks must
    // not cost thousands of look-ups for each councillor in it (issue 9: bounded work).
    const authors = draft.quoted.map((q) => (q.author ? directory.describe(q.author) : undefined));
    const originals: Party[] = [];
    const add = (p: Party | undefined) => {
      if (!p || originals.length >= MAX_ORIGINALS) return;
      if (isCouncillor(p) && !p.isGroup && !originals.some((o) => samePerson(o, p))) originals.push(p);
    };
    draft.quoted.forEach((q, i) => {
      const author = authors[i];
      add(author);
      if (author && !isCouncillor(author) && q.to.length === 1) add(directory.describe(q.to[0]));
    });

    const open = recipients.filter((r) => r.field !== 'bcc');
    const openCouncillors = open.filter(isCouncillor);
    const findings: RawFinding<'bcc' | 'forward'>[] = [];

    // 1. Councillors hidden in Bcc, when this is correspondence with a councillor.
    const hidden = recipients.filter((r) => r.field === 'bcc' && isCouncillor(r));
    const correspondent = originals[0] ?? openCouncillors.find((r) => !r.isGroup);
    if (hidden.length > 0 && correspondent) {
      findings.push({
        messageId: 'bcc',
        data: { who: hidden.map(nameOf).join(', '), author: nameOf(correspondent) },
        evidence: hidden.map(recipientEvidence),
        fixes: [{ kind: 'move-to-cc', recipients: hidden.map((r) => r.address) }],
      });
    }

    // 2. A reply or forward that reaches another councillor while the original councillor is absent.
    const groupCopy = openCouncillors.some((r) => r.isGroup);
    for (const original of originals) {
      const present = open.some((r) => samePerson(r, original)) || groupCopy;
      if (present) continue;
      const others = recipients.filter((r) => isCouncillor(r) && !samePerson(r, original) && r.field !== 'bcc');
      if (others.length === 0) continue;
      const by = authors.findIndex((a) => a !== undefined && samePerson(a, original));
      const quote = draft.quoted[by >= 0 ? by : 0];
      findings.push({
        messageId: 'forward',
        data: { author: nameOf(original), who: others.map(nameOf).join(', ') },
        evidence: [...others.map(recipientEvidence), bodyEvidence(draft, { start: quote.start, end: quote.textStart })],
        fixes: [
          { kind: 'add-cc', recipients: [original.address] },
          {
            kind: 'insert-text',
            at: draft.newText.end,
            text: {
              en: `\nI have shared this with ${others.map(nameOf).join(', ')} and copied ${nameOf(original)} in.\n`,
              cy: `\nRwyf wedi rhannu hyn gyda ${others.map(nameOf).join(', ')} ac wedi anfon copi at ${nameOf(original)}.\n`,
            },
          },
        ],
      });
    }
    return findings;
  },
});

/**
 * The councillors whose correspondence a thread holds that are weighed, in the order they appear:
 * real threads name a handful; a pasted wall of header blocks naming hundreds is read no further,
 * so the work stays bounded (quoted messages times this, at most).
 */
const MAX_ORIGINALS = 50;

function samePerson(a: Party, b: Party): boolean {
  if (a.person && b.person) return a.person === b.person;
  const ea = a.address.email?.toLowerCase();
  const eb = b.address.email?.toLowerCase();
  if (ea && eb) return ea === eb;
  return !!a.address.name && a.address.name === b.address.name;
}
