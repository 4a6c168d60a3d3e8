// A credential's key facts as rows of text, each with its source and status,
// for the credential cards and the facts table.
import type { Credential, Fact } from '../domain/catalog';
import { formatUsd } from '../ui/format';

export interface FactRow {
  label: string;
  text: string;
  fact: Fact<unknown>;
}

const NOT_KNOWN = 'Not known';

function money(value: number | null): string {
  return value === null ? NOT_KNOWN : formatUsd(value);
}

function duration(minutes: number | null): string {
  if (minutes === null) return NOT_KNOWN;
  const hours = minutes / 60;
  return Number.isInteger(hours) ? `${hours} hours` : `${minutes} minutes`;
}

function delivery(ways: string[]): string {
  if (ways.length === 0) return NOT_KNOWN;
  const words = ways.map((w) => (w === 'online-proctored' ? 'online with a live proctor' : 'at a test center'));
  return words.join(' or ');
}

function yesNo(value: boolean | null, yes: string, no: string): string {
  return value === null ? NOT_KNOWN : value ? yes : no;
}

function questionsText(c: Credential): string {
  const q = c.exam.questions.value;
  if (q === null) return NOT_KNOWN;
  const cases = c.exam.cases?.value ?? null;
  return cases ? `${q} multiple-choice questions plus ${cases} coding cases` : `${q} questions`;
}

function ceuText(c: Credential): string {
  const { ceus, cycleYears, ceusMultiple } = c.renewal;
  if (ceus.value === null) return NOT_KNOWN;
  const cycle = cycleYears.value === 1 ? 'every year' : cycleYears.value === null ? 'each cycle' : `every ${cycleYears.value} years`;
  const more = ceusMultiple?.value ? `; ${ceusMultiple.value} with two or more ${c.bodyId} credentials` : '';
  return `${ceus.value} CEUs ${cycle}${more}`;
}

export function credentialFacts(c: Credential): FactRow[] {
  const { exam, eligibility, fees } = c;
  const membersOnly = eligibility.membershipRequired.value === true;
  const feeRows: FactRow[] = membersOnly
    ? [
        { label: 'Exam fee (one attempt)', text: money(fees.member.value), fact: fees.member },
        { label: 'Exam fee with one retake', text: money(fees.retakeFee.value), fact: fees.retakeFee },
        { label: 'Non-member price', text: 'None: membership is required to take the exam', fact: fees.nonMember },
      ]
    : [
        { label: 'Exam fee (member)', text: money(fees.member.value), fact: fees.member },
        { label: 'Exam fee (non-member)', text: money(fees.nonMember.value), fact: fees.nonMember },
        { label: 'Retake', text: fees.retakeIncluded.value === true ? 'Included' : 'A new fee (see note)', fact: fees.retakeIncluded },
      ];
  return [
    { label: 'Issuing body', text: c.body.value, fact: c.body },
    { label: 'Exam questions', text: questionsText(c), fact: exam.questions },
    { label: 'Exam time', text: duration(exam.minutes.value), fact: exam.minutes },
    { label: 'Where you sit it', text: delivery(exam.delivery.value), fact: exam.delivery },
    { label: 'Books', text: yesNo(exam.openBook.value, 'Open book (approved code books)', 'Closed book'), fact: exam.openBook },
    { label: 'Eligibility', text: eligibility.notes.value, fact: eligibility.notes },
    { label: 'Membership', text: yesNo(eligibility.membershipRequired.value, 'Required to sit the exam', 'Not required'), fact: eligibility.membershipRequired },
    ...feeRows,
    { label: 'Keeping it (CEUs)', text: ceuText(c), fact: c.renewal.ceus },
    ...(c.membershipRenewal
      ? [{ label: 'Membership', text: `Renew every year; revoked ${c.membershipRenewal.value.revokedAfterDays} days after an unpaid renewal`, fact: c.membershipRenewal as Fact<unknown> }]
      : []),
  ];
}

/** One line for a credential card: format and cost, saying when a figure is unknown. */
export function credentialSummary(c: Credential): string {
  const parts: string[] = [];
  const q = c.exam.questions.value;
  const m = c.exam.minutes.value;
  const cases = c.exam.cases?.value ?? null;
  parts.push(q !== null && m !== null ? `${q} questions${cases ? ` + ${cases} cases` : ''} in ${duration(m)}` : 'Exam format not known');
  const member = c.fees.member.value;
  const nonMember = c.fees.nonMember.value;
  if (member !== null) parts.push(c.eligibility.membershipRequired.value === true ? `${formatUsd(member)} exam fee (members only)` : `${formatUsd(member)} member fee`);
  else if (nonMember !== null) parts.push(`${formatUsd(nonMember)} fee`);
  else parts.push('Fee not known');
  return parts.join(' · ');
}

export const STATUS_LABEL: Record<string, string> = {
  verified: 'Verified',
  unverified: 'Unverified',
  estimate: 'Estimate',
  unknown: 'Unknown',
};
