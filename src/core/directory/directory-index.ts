import { emailDomain, hasCouncillorTitle, nameKey } from '../message/address';
import type { MailAddress, Role } from '../types';
import type { Directory, Person } from './directory-schema';
import { addressIndexOf } from './address-index';
import { personAtAddress } from './address-order';
import { NameFinder } from './name-finder';
import { finderIndex, keyOfPerson, peopleInKeyOrder, rosterAddressOrder, rosterParties, wordsOfPerson, writtenWords } from './roster-names';

/** Who someone is, as far as the council's roster and their address tell. */
export interface Party {
  address: MailAddress;
  person?: Person;
  /** The roster's role; otherwise a councillor title, a press domain, or undefined. */
  role?: Role;
  /** The address is on one of the council's own domains. */
  internal: boolean;
  press: boolean;
  personal: boolean;
  /** Outside the council: not internal (a name with no address that the roster knows counts as inside). */
  external: boolean;
  isGroup: boolean;
}

/** How many parties one index remembers (see describe): past it, it forgets them all and starts again. */
const MAX_DESCRIBED = 4096;

/** Outside addresses that are newsrooms whatever the domain: news@, newsdesk@, editor@ ... */
const NEWSROOM = /^(news|newsdesk|news\.desk|newsroom|editor|editorial|newyddion|stories|tips)@/i;

function isNewsroomAddress(email: string | undefined): boolean {
  return email !== undefined && NEWSROOM.test(email);
}

function domainIn(domain: string | undefined, set: ReadonlySet<string>): boolean {
  if (domain === undefined) return false;
  if (set.has(domain)) return true;
  // Subdomains count: mail.council.gov.uk is council.gov.uk.
  for (let i = domain.indexOf('.'); i >= 0; i = domain.indexOf('.', i + 1)) {
    if (set.has(domain.slice(i + 1))) return true;
  }
  return false;
}

/**
 * The person the map by address would give for this lower-cased address: the last one listed with it
 * (the map keeps the last of a repeated address). Only addresses that could lower-case to it are
 * lower-cased: those of its length, and shorter ones holding U+0130 (İ), the one character whose
 * lower case is longer (two code units).
 */
function personWithAddress(people: ReadonlyArray<Person>, wanted: string): Person | undefined {
  for (let i = people.length - 1; i >= 0; i--) {
    const email = people[i].email;
    if (email === undefined || email === '' || email.length > wanted.length) continue;
    if ((email.length === wanted.length || email.includes('\u0130')) && email.toLowerCase() === wanted) return people[i];
  }
  return undefined;
}

const INDEXES = new WeakMap<Directory, DirectoryIndex>();
/** Address lookups answered the same way before the map by address is built (a send looks up a handful). */
const MAX_ADDRESS_SCANS = 16;

/**
 * The roster, indexed once per policy: people by address (case-insensitive) and by
 * name, domains by kind, and a name finder for text.
 */
export class DirectoryIndex {
  /**
   * One index per roster object: a checker rebuilt for a rule edit (the console does this on every
   * keystroke) reuses the roster's index, and its name index once built, instead of indexing
   * 30,000 people again. A roster is never changed in place (a change is a new object), so
   * sharing is safe; the cache holds rosters weakly.
   */
  static for(directory: Directory): DirectoryIndex {
    let index = INDEXES.get(directory);
    if (!index) {
      index = new DirectoryIndex(directory);
      INDEXES.set(directory, index);
    }
    return index;
  }

  readonly directory: Directory;
  /**
   * Each lower-cased address to its person's index (the last person with it, as a scan from the end finds).
   * Built after MAX_ADDRESS_SCANS lookups: lower-casing and mapping 30,000 addresses was a fifth of a cold send's roster cost.
   */
  private byEmailMap: Map<string, number> | undefined;
  private addressScans = 0;
  /** Built on first use: most drafts never need a name looked up. */
  private nameFinder: NameFinder | undefined;
  private byNameMap: Map<string, number | number[]> | undefined;
  private readonly internal: ReadonlySet<string>;
  private readonly press: ReadonlySet<string>;
  private readonly personal: ReadonlySet<string>;
  /** Every party name in the roster, for rules about party politics. */
  readonly parties: string[];

  constructor(directory: Directory) {
    this.directory = directory;
    this.press = new Set(directory.pressDomains.map((d) => d.toLowerCase()));
    this.personal = new Set(directory.personalDomains.map((d) => d.toLowerCase()));
    this.internal = new Set(
      directory.internalDomains.length > 0 ? directory.internalDomains.map((d) => d.toLowerCase()) : this.domainsOfStaffAndMembers(directory),
    );
    // From the compiled roster when it lists them (its people may be made only as they are read), else
    // from every person, in an indexed loop (run on every cold first send, where for-of makes garbage).
    const listed = rosterParties(directory);
    if (listed) this.parties = listed.slice();
    else {
      const parties = new Set<string>();
      const people = directory.people;
      for (let i = 0; i < people.length; i++) {
        const party = people[i].party;
        if (party) parties.add(party);
      }
      this.parties = [...parties];
    }
  }

  /** Finds people named in text; the index behind it is built once, on first use. */
  get names(): NameFinder {
    return (this.nameFinder ??= new NameFinder(this.directory.people, (i) => wordsOfPerson(this.directory, i), writtenWords(this.directory), finderIndex(this.directory)));
  }

  /**
   * Each display-name key to the person with it (by index), or to all of them, in roster order, when
   * several share it. Speed only: a one-person list for each of 30,000 keys was 30,000 arrays made, and
   * kept, for the handful of display names a run looks up.
   */
  private get byName(): Map<string, number | number[]> {
    if (this.byNameMap === undefined) {
      const map = new Map<string, number | number[]>();
      const people = this.directory.people;
      for (let i = 0; i < people.length; i++) {
        // From the compiled roster when it carries the key, else nameKey(person.name).
        const key = keyOfPerson(this.directory, i);
        const held = map.get(key);
        if (held === undefined) map.set(key, i);
        else if (typeof held === 'number') map.set(key, [held, i]);
        else held.push(i);
      }
      this.byNameMap = map;
    }
    return this.byNameMap;
  }

  /** Builds the name and address indexes now (for surfaces that prefer to pay the cost at load, not on first use). */
  warmUp(): void {
    void this.names;
    void this.byName;
    void this.byAddressMap;
  }

  /**
   * A roster that names no internal domains still shows them: the addresses of its
   * councillors, officers and assistants, less personal and press ones.
   */
  private domainsOfStaffAndMembers(directory: Directory): string[] {
    const out = new Set<string>();
    for (const person of directory.people) {
      if (person.role === 'press') continue;
      const domain = emailDomain(person.email);
      if (domain && !domainIn(domain, this.personal) && !domainIn(domain, this.press)) out.add(domain);
    }
    return [...out];
  }

  get size(): number {
    return this.directory.people.length;
  }

  byAddress(email: string | undefined): Person | undefined {
    if (email === undefined) return undefined;
    const wanted = email.toLowerCase();
    // Made when the roster was validated (see address-index.ts): the same people the map below would give.
    const known = addressIndexOf(this.directory);
    if (known) {
      const i = known.get(wanted);
      return i === undefined ? undefined : this.directory.people[i];
    }
    // A compiled roster's people in address order: found by halving, no map built and no column read through.
    const ordered = rosterAddressOrder(this.directory);
    if (ordered) {
      const i = personAtAddress(ordered.order, ordered.email, wanted);
      return i === undefined ? undefined : this.directory.people[i];
    }
    if (this.byEmailMap === undefined && this.addressScans < MAX_ADDRESS_SCANS) {
      this.addressScans++;
      return personWithAddress(this.directory.people, wanted);
    }
    const i = this.byAddressMap.get(wanted);
    return i === undefined ? undefined : this.directory.people[i];
  }

  private get byAddressMap(): Map<string, number> {
    if (this.byEmailMap === undefined) {
      // Never for a compiled roster (its people are found by halving its address order, above).
      const map = new Map<string, number>();
      const people = this.directory.people;
      for (let i = 0; i < people.length; i++) {
        const email = people[i].email;
        if (email) map.set(email.toLowerCase(), i);
      }
      this.byEmailMap = map;
    }
    return this.byEmailMap;
  }

  /** People whose name (without titles, diacritics folded) is this display name; empty when none or unsure. */
  byDisplayName(name: string | undefined): Person[] {
    if (!name) return [];
    const key = nameKey(name);
    // A compiled roster carries everyone in key order (byKey): found by halving, no map built on a send.
    const inOrder = peopleInKeyOrder(this.directory, key);
    if (inOrder) return inOrder;
    const held = this.byName.get(key);
    if (held === undefined) return [];
    const people = this.directory.people;
    return typeof held === 'number' ? [people[held]] : held.map((i) => people[i]);
  }

  /**
   * Resolves an address to a person by email first, then by an unambiguous display name: on the
   * council's own domains, and on the personal ones the roster lists (a councillor writing from their
   * own Gmail is still that councillor; the address stays outside the council's mail). Never on any
   * other outside domain: a company's "Gareth Jones" is not the council's.
   */
  resolve(address: MailAddress): Person | undefined {
    const byMail = this.byAddress(address.email);
    if (byMail) return byMail;
    if (address.email !== undefined && !this.isInternalDomain(address.email) && !domainIn(emailDomain(address.email), this.personal)) return undefined;
    const named = this.byDisplayName(address.name);
    return named.length === 1 ? named[0] : undefined;
  }

  isInternalDomain(email: string | undefined): boolean {
    return domainIn(emailDomain(email), this.internal);
  }

  /**
   * Who an address is, as the roster says: worked out once per name and address while this index lives
   * (a mailbox checked on the command line, or a draft checked again as it is written, names the same few
   * people over and over; each look-up halves 30,000 addresses and, for a name alone, 30,000 names). The
   * answer depends on nothing else, and each caller gets its own object holding its own address.
   */
  describe(address: MailAddress): Party {
    const key = `${address.name ?? ''}\u0000${address.email ?? ''}\u0000${address.name === undefined ? 0 : 1}${address.email === undefined ? 0 : 1}`;
    const known = this.described.get(key);
    if (known !== undefined) return { ...known, address };
    const party = this.describeAfresh(address);
    if (this.described.size >= MAX_DESCRIBED) this.described.clear();
    this.described.set(key, party);
    return { ...party };
  }

  /** Parties described so far, by name and address (see describe). */
  private readonly described = new Map<string, Party>();

  private describeAfresh(address: MailAddress): Party {
    const person = this.resolve(address);
    const domain = emailDomain(address.email);
    const internalDomain = domainIn(domain, this.internal);
    const pressDomain = domainIn(domain, this.press);
    const personal = domainIn(domain, this.personal);
    let role: Role | undefined = person?.role;
    // No newsroom writes from the council's own domain: someone the roster lists as press there works
    // in the council's press office, and is one of its officers.
    if (role === 'press' && internalDomain) role = 'officer';
    if (role === undefined && (pressDomain || (!internalDomain && isNewsroomAddress(address.email)))) role = 'press';
    if (role === undefined && hasCouncillorTitle(address.name) && (internalDomain || domain === undefined)) role = 'councillor';
    // A name with no address counts as inside when the roster knows it as council staff or member.
    const internal = internalDomain || (domain === undefined && person !== undefined && person.role !== 'press');
    return {
      address,
      person,
      role,
      internal,
      press: role === 'press' || pressDomain,
      personal,
      external: !internal,
      isGroup: person?.isGroup === true,
    };
  }
}
