import type {
  EducationalOccupationalProgram,
  ItemList,
  Organization,
  PostalAddress,
  WithContext,
  EducationalOrganization,
} from 'schema-dts';
import type { ContractDocument, Institution, Member, Program } from '../contract/types.js';
import type { ProgramMode } from '../contract/vocabulary.js';

/*
 * schema.org JSON-LD for what a widget shows, from a validated document: programs as an ItemList of
 * EducationalOccupationalProgram, members as one of Organization. Only what the data publishes is
 * said (no outcome figure: those need their cohort and source beside them). Google has paused its
 * job-training result, so this serves meaning and other consumers, not a promised rich result.
 */

/** schema.org's words for the delivery of a program as a whole (educationalProgramMode). */
const MODE_WORDS: Record<ProgramMode, string> = { 'in-person': 'onsite', online: 'online', hybrid: 'blended' };

/** An array only when there is more than one value: schema.org takes either. */
const oneOrMore = <T>(values: T[]): T | T[] => (values.length === 1 ? values[0]! : values);

function address(institution: Institution): PostalAddress {
  const a = institution.address;
  return {
    '@type': 'PostalAddress',
    ...(a.streetAddress && { streetAddress: a.streetAddress }),
    addressLocality: a.locality,
    addressRegion: a.region,
    ...(a.postalCode && { postalCode: a.postalCode }),
    addressCountry: a.country ?? 'US',
  };
}

function provider(institution: Institution): EducationalOrganization {
  return {
    '@type': 'EducationalOrganization',
    name: institution.name,
    ...(institution.url && { url: institution.url }),
    ...(institution.logo && { logo: institution.logo }),
    address: address(institution),
  };
}

/** One program as schema.org describes it; its college, when the document has it, as the provider. */
export function programJsonLd(program: Program, institution: Institution | undefined): EducationalOccupationalProgram {
  return {
    '@type': 'EducationalOccupationalProgram',
    name: program.name,
    ...(program.url && { url: program.url }),
    ...(program.description && { description: program.description }),
    ...(institution && { provider: provider(institution) }),
    educationalCredentialAwarded: {
      '@type': 'EducationalOccupationalCredential',
      name: program.credential.name,
      credentialCategory: program.credential.category,
    },
    ...(program.certifications?.length && { occupationalCredentialAwarded: oneOrMore(program.certifications) }),
    ...(program.timeToComplete && { timeToComplete: program.timeToComplete }),
    ...(program.numberOfCredits !== undefined && { numberOfCredits: program.numberOfCredits }),
    ...(program.modes?.length && { educationalProgramMode: oneOrMore(program.modes.map((mode) => MODE_WORDS[mode])) }),
    ...(program.startDates?.length && { startDate: oneOrMore(program.startDates) }),
    ...(program.prerequisites?.length && { programPrerequisites: oneOrMore(program.prerequisites) }),
    ...(program.occupations?.length && {
      occupationalCategory: oneOrMore(
        program.occupations.map((o) => ({
          '@type': 'CategoryCode' as const,
          codeValue: o.soc,
          name: o.title,
          inCodeSet: {
            '@type': 'CategoryCodeSet' as const,
            name: 'Standard Occupational Classification (SOC)',
            url: 'https://www.bls.gov/soc/',
          },
        })),
      ),
    }),
    ...(program.cost && {
      offers: {
        '@type': 'Offer',
        price: program.cost.amount,
        priceCurrency: program.cost.currency,
        ...(program.cost.description && { description: program.cost.description }),
      },
    }),
  };
}

/** One member organisation. */
export function memberJsonLd(member: Member): Organization {
  return {
    '@type': 'Organization',
    name: member.name,
    ...(member.url && { url: member.url }),
    ...(member.logo && { logo: member.logo }),
    ...(member.description && { description: member.description }),
    ...(member.region && { areaServed: member.region }),
  };
}

function itemList(name: string | undefined, items: (EducationalOccupationalProgram | Organization)[]): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(name && { name }),
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
  };
}

/** The programs of a document (or those given, in their order), as one ItemList. */
export function programsJsonLd(doc: ContractDocument, programs: readonly Program[] = doc.programs ?? []): WithContext<ItemList> {
  const colleges = new Map((doc.institutions ?? []).map((i) => [i.id, i]));
  return itemList(
    doc.publisher?.name,
    programs.map((p) => programJsonLd(p, colleges.get(p.institution))),
  );
}

/** The members of a document (or those given), as one ItemList. */
export function membersJsonLd(doc: ContractDocument, members: readonly Member[] = doc.members ?? []): WithContext<ItemList> {
  return itemList(doc.publisher?.name, members.map(memberJsonLd));
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` is escaped so that no value
 * can close the script element (`</script>`) or open a comment, whatever the page does with it.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
