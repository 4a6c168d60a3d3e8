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

export function credentialFacts(c: Credential): FactRow[] {
  const { exam, eligibility, fees } = c;
  return [
    { label: 'Issuing body', text: c.body.value, fact: c.body },
    { label: 'Exam questions', text: exam.questions.value === null ? NOT_KNOWN : `${exam.questions.value} questions`, fact: exam.questions },
    { label: 'Exam time', text: duration(exam.minutes.value), fact: exam.minutes },
    { label: 'Where you sit it', text: delivery(exam.delivery.value), fact: exam.delivery },
    { label: 'Books', text: yesNo(exam.openBook.value, 'Open book (approved code books)', 'Closed book'), fact: exam.openBook },
    { label: 'Eligibility', text: eligibility.notes.value, fact: eligibility.notes },
    { label: 'Membership', text: yesNo(eligibility.membershipRequired.value, 'Required to sit the exam', 'Not required'), fact: eligibility.membershipRequired },
    { label: 'Exam fee (member)', text: money(fees.member.value), fact: fees.member },
    { label: 'Exam fee (non-member)', text: money(fees.nonMember.value), fact: fees.nonMember },
  ];
}

/** One line for a credential card: format and cost, saying when a figure is unknown. */
export function credentialSummary(c: Credential): string {
  const parts: string[] = [];
  const q = c.exam.questions.value;
  const m = c.exam.minutes.value;
  parts.push(q !== null && m !== null ? `${q} questions in ${duration(m)}` : 'Exam format not known');
  const member = c.fees.member.value;
  const nonMember = c.fees.nonMember.value;
  if (member !== null) parts.push(`${formatUsd(member)} member fee`);
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
