import { format, subDays, addDays } from 'date-fns';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { goTo } from './screens';
import { createPlanThroughUi } from './helpers';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

interface PracticeExam {
  date: string;
  minutes: string;
  questions: string;
  correct: string;
  sections?: { title: string; questions: string; correct: string }[];
  note?: string;
}

async function fillPracticeExam(dialog: Locator, exam: PracticeExam): Promise<void> {
  await dialog.getByLabel('Date taken').fill(exam.date);
  await dialog.getByLabel('Time used').fill(exam.minutes);
  await dialog.getByLabel('Questions', { exact: true }).fill(exam.questions);
  await dialog.getByLabel('Correct answers').fill(exam.correct);
  for (const section of exam.sections ?? []) {
    await dialog.getByLabel(`${section.title}: questions`).fill(section.questions);
    await dialog.getByLabel(`${section.title}: correct`).fill(section.correct);
  }
  if (exam.note !== undefined) await dialog.getByLabel('Note (optional)').fill(exam.note);
}

async function logPracticeExam(page: Page, exam: PracticeExam): Promise<void> {
  await page.getByRole('button', { name: 'Log a practice exam' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Log a practice exam' });
  await fillPracticeExam(dialog, exam);
  await dialog.getByRole('button', { name: 'Save practice exam' }).click();
  await expect(dialog).toBeHidden();
}

function attemptRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Practice exams, most recent first' }).locator('tbody tr');
}

const ICD = 'ICD-10-CM diagnosis coding';
const CPT = 'CPT procedures and E/M';

test('without a plan the screen sends the user to create one', async ({ page }) => {
  await openApp(page, 'readiness');
  await expect(page.getByRole('heading', { level: 1, name: 'Exam readiness' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create your plan' })).toHaveAttribute('href', '#/new');
});

test('log two practice exams, see the verdict and weak areas, add review milestones and find them on the timeline', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await goTo(page, 'Exam readiness');
  await expect(page.getByRole('heading', { level: 2, name: 'Log your first practice exam' })).toBeVisible();
  // The real exam's pace and the code-book year are there before any attempt.
  await expect(page.getByText('Real exam: 100 questions in 240 min = 2.4 min/question.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Code books' }).getByText(/^Get the \d{4} code books$/).first()).toBeVisible();

  await logPracticeExam(page, {
    date: iso(subDays(now, 7)),
    minutes: '4:00',
    questions: '100',
    correct: '60',
    sections: [
      { title: ICD, questions: '20', correct: '10' },
      { title: CPT, questions: '30', correct: '25' },
    ],
    note: 'Practice exam A',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Practice exam logged: 60%' })).toBeAttached();
  const verdict = page.getByRole('region', { name: 'Not yet' });
  await expect(verdict).toContainText('Your latest score is more than 5 points below passing.');

  await logPracticeExam(page, {
    date: iso(now),
    minutes: '220',
    questions: '100',
    correct: '74',
    sections: [
      { title: ICD, questions: '20', correct: '13' },
      { title: CPT, questions: '30', correct: '26' },
    ],
  });
  const nearly = page.getByRole('region', { name: 'Nearly' });
  await expect(nearly).toContainText('Your latest practice exam passed; pass one more at exam pace to be ready.');
  await expect(nearly).toContainText('Pace 2.2 min/question against the real exam’s 2.4 min/question.');
  await expect(attemptRows(page)).toHaveCount(2);
  await expect(attemptRows(page).first()).toContainText('Passed');
  await expect(attemptRows(page).last()).toContainText('Below passing');

  // The score trend has a text alternative.
  const trend = page.getByRole('region', { name: 'Score trend' });
  await expect(trend.getByRole('img', { name: /Practice exam scores against the passing mark\. 2 practice exams; 1 at or above the 70% passing mark/ })).toBeVisible();
  await trend.getByText('Show the scores as a table').click();
  await expect(trend.getByRole('table')).toContainText('Below by 10 points');

  // Weak areas: ICD-10-CM pooled 23 of 40 = 57.5%, 12.5 points below 70% → 6 h; CPT (85%) is not weak.
  const weak = page.getByRole('region', { name: 'Weak areas' });
  await expect(weak.getByRole('heading', { level: 3, name: ICD })).toBeVisible();
  await expect(weak.getByRole('heading', { level: 3, name: CPT })).toHaveCount(0);
  await expect(weak).toContainText('57.5%: 12.5 points below passing');
  await expect(weak).toContainText('23 of 40 correct over 2 practice exams. Suggested review: add 6 h.');
  await expect(weak.getByRole('link', { name: 'ICD-10-CM diagnosis coding' })).toHaveAttribute('href', /#\/timeline\?milestone=/);

  await weak.getByRole('button', { name: 'Add review milestones' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 review milestone to your timeline.' })).toBeAttached();
  await expect(weak.getByText(`Review on your plan: Review: ${ICD}`, { exact: false })).toBeVisible();
  await expect(weak.getByRole('button', { name: 'Add review milestones' })).toHaveCount(0);

  await weak.getByRole('link', { name: 'Open the timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.getByRole('region', { name: 'Milestones' }).getByRole('button', { name: `Review: ${ICD}`, exact: true }).click();
  const panel = page.getByRole('complementary', { name: `Review: ${ICD}` });
  await expect(panel).toContainText(/Your recent practice exams scored 57.5% in this section/);
  await expect(panel).toContainText('6 h');
});

test('bad input is refused next to its field and nothing is saved', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await goTo(page, 'Exam readiness');
  await page.getByRole('button', { name: 'Log a practice exam' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Log a practice exam' });
  await fillPracticeExam(dialog, {
    date: iso(addDays(now, 3)),
    minutes: '-30',
    questions: '50',
    correct: '60',
    sections: [{ title: ICD, questions: '10', correct: '12' }],
  });
  await dialog.getByRole('button', { name: 'Save practice exam' }).click();

  await expect(dialog.getByText('60 correct is more than the 50 questions in the exam.', { exact: true })).toBeVisible();
  await expect(dialog.getByText('The time used cannot be negative.', { exact: true })).toBeVisible();
  // In the user's locale (en-US here), like every date the app shows.
  await expect(dialog.getByText(/^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4} is in the future\. Log a practice exam on or before today \([A-Z][a-z]{2}, /)).toBeVisible();
  await expect(dialog.getByText('12 correct is more than the 10 questions in this section.', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Date taken')).toBeFocused();
  await expect(dialog.getByLabel('Correct answers')).toHaveAttribute('aria-invalid', 'true');

  // Fix everything but the total: still refused, nothing saved.
  await dialog.getByLabel('Date taken').fill(iso(now));
  await dialog.getByLabel('Time used').fill('120');
  await dialog.getByLabel(`${ICD}: correct`).fill('6');
  await dialog.getByRole('button', { name: 'Save practice exam' }).click();
  await expect(dialog.getByText('60 correct is more than the 50 questions in the exam.', { exact: true })).toBeVisible();
  await expect(dialog.getByText('The time used cannot be negative.', { exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Log your first practice exam' })).toBeVisible();
});

test('edit a practice exam, delete it and bring it back with Undo', async ({ page, now }) => {
  await createPlanThroughUi(page);
  await goTo(page, 'Exam readiness');
  await logPracticeExam(page, { date: iso(now), minutes: '200', questions: '100', correct: '72' });
  await expect(attemptRows(page)).toHaveCount(1);
  await expect(attemptRows(page).first()).toContainText('72%');

  await page.getByRole('button', { name: /^Edit practice exam of / }).click();
  const edit = page.getByRole('dialog', { name: 'Edit practice exam' });
  await expect(edit.getByLabel('Correct answers')).toHaveValue('72');
  await expect(edit.getByLabel('Time used')).toHaveValue('3:20');
  await edit.getByLabel('Correct answers').fill('81');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(attemptRows(page).first()).toContainText('81%');

  await page.getByRole('button', { name: /^Delete practice exam of / }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Log your first practice exam' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(attemptRows(page)).toHaveCount(1);
  await expect(attemptRows(page).first()).toContainText('81%');
});
